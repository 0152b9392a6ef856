// redisStore against a real redis-server, through both clients users have: node-redis v4 (`set(k, v, { PX })`) and
// ioredis (`set(k, v, "PX", ms)`), told apart by shape. Keys prefixed, TTLs in Redis (PTTL), values JSON.
import { Redis } from "ioredis";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, redisStore, type Store } from "../../src/index.js";
import { REDIS_KEY_PREFIX } from "../../src/store/redis.js";
import { inCi, redisPresent, type RunningRedis, startRedis } from "../support/redis.js";

describe.skipIf(!redisPresent)("redisStore on a real Redis", () => {
  let redis: RunningRedis;
  let nodeRedis: ReturnType<typeof createClient>;
  let ioredis: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    nodeRedis = createClient({ url: redis.url, socket: { reconnectStrategy: false } });
    nodeRedis.on("error", () => undefined);
    await nodeRedis.connect();
    ioredis = new Redis(redis.port, "127.0.0.1", { lazyConnect: true, retryStrategy: () => null });
    ioredis.on("error", () => undefined);
    await ioredis.connect();
  });
  afterAll(async () => {
    await nodeRedis?.quit().catch(() => undefined);
    ioredis?.disconnect();
    await redis?.stop();
  });

  const clients = () =>
    [
      ["node-redis", redisStore(nodeRedis)],
      ["ioredis", redisStore(ioredis)],
    ] as [string, Store][];

  it.each(["node-redis", "ioredis"])("%s: set, get, delete; keys prefixed; the TTL is Redis's (PTTL)", async (name) => {
    const store = clients().find(([n]) => n === name)![1];
    const key = `test:${name}:a`;
    await store.set(key, { list: [1, "two"], nested: { ok: true } }, { ttlMs: 60_000 });
    expect(await store.get(key)).toEqual({ list: [1, "two"], nested: { ok: true } });
    expect(await nodeRedis.get(REDIS_KEY_PREFIX + key)).toBe('{"list":[1,"two"],"nested":{"ok":true}}');
    const pttl = await nodeRedis.pTTL(REDIS_KEY_PREFIX + key);
    expect(pttl).toBeGreaterThan(59_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
    expect(await nodeRedis.exists(REDIS_KEY_PREFIX + key)).toBe(0);
  });

  it("what one client writes the other reads (the same layout)", async () => {
    const [a, b] = clients().map(([, store]) => store) as [Store, Store];
    await a.set("shared", ["x"], { ttlMs: 10_000 });
    expect(await b.get("shared")).toEqual(["x"]);
  });

  it("a key expires when its TTL passes (30 ms)", async () => {
    const store = redisStore(nodeRedis);
    await store.set("short", 1, { ttlMs: 30 });
    expect(await store.get("short")).toBe(1);
    await new Promise((r) => setTimeout(r, 45));
    expect(await store.get("short")).toBeUndefined();
  });

  it("a value that is not JSON reads as absent; a custom prefix is used", async () => {
    await nodeRedis.set(`${REDIS_KEY_PREFIX}garbage`, "{not json");
    expect(await redisStore(ioredis).get("garbage")).toBeUndefined();
    const custom = redisStore(nodeRedis, { prefix: "app1:" });
    await custom.set("k", 2, { ttlMs: 10_000 });
    expect(await nodeRedis.get("app1:k")).toBe("2");
  });

  it("refuses what is not a Redis client", () => {
    expect(() => redisStore({} as never)).toThrow(ConfigurationError);
    expect(() => redisStore(null as never)).toThrow(/node-redis v4\+ .* or ioredis/);
  });
});

describe.runIf(!redisPresent && inCi)("redisStore on a real Redis, in CI", () => {
  it("needs redis-server: CI must run the Redis tests", () => {
    throw new Error("/usr/bin/redis-server is missing: .ci/run installs it (apt-get install -y redis-server).");
  });
});
