// Two worker processes, one Redis: each runs its own client (the built SDK, in a child process) against the same
// test server, through a different Redis client (node-redis and ioredis). What one learns costs the other no
// request (the test server's request log counts them); a daily quota spent by one makes the other fail fast
// without a request; keys carry the documented TTLs (PTTL) and no token, in keys or values.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TTL_MS } from "../../src/store/keys.js";
import { REDIS_KEY_PREFIX } from "../../src/store/redis.js";
import { dailyQuotaFault, startTestServer, type TestServer } from "../../src/testing/index.js";
import { builtCli } from "../cli/support.js";
import { inCi, redisPresent, type RunningRedis, startRedis } from "../support/redis.js";

const TOKEN_A = "worker-a-token-0123456789abcdef";
const TOKEN_B = "worker-b-token-fedcba9876543210";
const URNS = ["urn:li:geo:103644278", "urn:li:geo:101165590", "urn:li:function:10", "urn:li:seniority:8"];
const worker = new URL("./worker.mjs", import.meta.url).pathname;

interface Outcome {
  ok: boolean;
  names?: Record<string, string>;
  facets?: number;
  found?: string;
  error?: { name: string; failedFast?: boolean; scope?: string; resetsAt?: string; message: string };
}

describe.skipIf(!redisPresent)("two worker processes sharing one Redis", () => {
  let redis: RunningRedis;
  let server: TestServer;
  let sdk: string;
  beforeAll(async () => {
    [redis, server, sdk] = await Promise.all([
      startRedis(),
      startTestServer({ accessTokens: [TOKEN_A, TOKEN_B] }),
      builtCli().then((cli) => join(dirname(cli), "index.js")),
    ]);
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  function run(job: Record<string, unknown>): Promise<Outcome> {
    const args = JSON.stringify({ sdk, redisUrl: redis.url, baseUrl: server.url, ...job });
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [worker, args], { stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => {
        if (code !== 0 || stderr !== "") reject(new Error(`worker exited ${code}: ${stderr}`));
        else resolve(JSON.parse(stdout) as Outcome);
      });
    });
  }
  const count = () => server.requests.length;

  it("what the first resolved (facets, names, find's listing) costs the second no request", async () => {
    const steps = ["facets", "find", "resolve"];
    const before = count();
    const first = await run({ token: TOKEN_A, redisClient: "node-redis", steps, urns: URNS });
    const firstCost = count() - before;
    const second = await run({ token: TOKEN_B, redisClient: "ioredis", steps, urns: URNS });
    const secondCost = count() - before - firstCost;
    expect(first.ok && second.ok).toBe(true);
    expect(second.names).toEqual(first.names);
    expect(first.names!["urn:li:geo:103644278"]).toBe("United States");
    expect(second.found).toBe("urn:li:function:10");
    // First: the facet list, jobFunctions' listing, one q=urns batch. Second: nothing.
    expect(server.requests.slice(-firstCost).map((r) => `${r.path}?q=${r.query.q ?? ""}`)).toEqual([
      "/adTargetingFacets?q=",
      "/adTargetingEntities?q=adTargetingFacet",
      "/adTargetingEntities?q=urns",
    ]);
    expect(firstCost).toBe(3);
    expect(secondCost).toBe(0);
  });

  it("a daily quota spent in the first makes the second fail fast, with no request (application and member scope)", async () => {
    server.injectFault(dailyQuotaFault("application", { path: "/targetingAudienceInsights" }));
    let before = count();
    const first = await run({ token: TOKEN_A, quotaKey: "app-1", redisClient: "ioredis", steps: ["insights"] });
    expect(first.error).toMatchObject({ name: "QuotaExceededError", scope: "application", failedFast: false });
    expect(count() - before).toBe(1); // never retried
    before = count();
    // Another member of the same app (same quotaKey), another process, the other Redis client.
    const second = await run({ token: TOKEN_B, quotaKey: "app-1", redisClient: "node-redis", steps: ["insights"] });
    expect(second.error).toMatchObject({ name: "QuotaExceededError", scope: "application", failedFast: true });
    expect(second.error!.resetsAt).toBe(first.error!.resetsAt);
    expect(count() - before).toBe(0);

    server.injectFault(
      dailyQuotaFault("member", { path: "/adTargetingEntities", match: (r) => r.query.q === "typeahead" }),
    );
    before = count();
    const a1 = await run({ token: TOKEN_A, redisClient: "node-redis", steps: ["typeahead"] });
    const a2 = await run({ token: TOKEN_A, redisClient: "ioredis", steps: ["typeahead"] });
    expect(a1.error).toMatchObject({ scope: "member", failedFast: false });
    expect(a2.error).toMatchObject({ scope: "member", failedFast: true });
    expect(count() - before).toBe(1);
  });

  it("keys expire as documented (PTTL) and hold no token, in keys or values", async () => {
    const client = createClient({ url: redis.url, socket: { reconnectStrategy: false } });
    client.on("error", () => undefined);
    await client.connect();
    try {
      const keys = await client.keys(`${REDIS_KEY_PREFIX}*`);
      const kinds = new Map<string, number>();
      const untilMidnight = new Date().setUTCHours(24, 0, 0, 0) - Date.now();
      for (const key of keys) {
        const kind = key.slice(REDIS_KEY_PREFIX.length).split(":")[1]!;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const pttl = await client.pTTL(key);
        const expected =
          kind === "facets"
            ? STORE_TTL_MS.facets
            : kind === "name"
              ? STORE_TTL_MS.name
              : kind === "listing"
                ? STORE_TTL_MS.listing
                : untilMidnight;
        expect(pttl, key).toBeGreaterThan(expected - 60_000);
        expect(pttl, key).toBeLessThanOrEqual(expected + 1_000);
        const value = (await client.get(key)) ?? "";
        for (const secret of [TOKEN_A, TOKEN_B, TOKEN_A.slice(0, 12), TOKEN_B.slice(0, 12)]) {
          expect(key).not.toContain(secret);
          expect(value).not.toContain(secret);
        }
      }
      expect(Object.fromEntries(kinds)).toEqual({ facets: 1, listing: 1, name: URNS.length, quota: 2 });
    } finally {
      await client.quit();
    }
  });
});

describe.runIf(!redisPresent && inCi)("two worker processes sharing one Redis, in CI", () => {
  it("needs redis-server: CI must run the Redis tests", () => {
    throw new Error("/usr/bin/redis-server is missing: .ci/run installs it (apt-get install -y redis-server).");
  });
});
