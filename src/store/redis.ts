/**
 * `redisStore(client)`: the store on a Redis the application already runs, through the client it already has —
 * node-redis v4+ (`createClient()`) or ioredis (`new Redis()`), told apart by shape, so this package depends on
 * neither. Keys are prefixed, TTLs are Redis's own (`SET … PX`), values are JSON text.
 */
import { ConfigurationError } from "../errors.js";
import { hasMethods } from "../internal/objects.js";
import type { Store } from "./types.js";

/** Default key prefix of {@link redisStore}. */
export const REDIS_KEY_PREFIX = "linkedin-audience-insights:";

/**
 * What `redisStore` needs of a Redis client: `get`, `set` and `del` returning promises. node-redis v4+
 * (`set(key, value, { PX })`) and ioredis (`set(key, value, "PX", ms)`) both fit; the client's own types need no
 * cast.
 */
export interface RedisClientLike {
  /** Reads a key: resolves to its string value, or `null` when absent (anything but a string reads as absent). */
  get(key: string): Promise<unknown>;
  // Method syntax, so node-redis's `(key, value, { PX })` and ioredis's `(key, value, "PX", ms)` overloads both fit.
  /**
   * Writes a key with a lifetime in ms: called as `set(key, json, { PX: ms })` on node-redis and
   * `set(key, json, "PX", ms)` on ioredis (told apart by the client's shape).
   */
  set(...args: unknown[]): Promise<unknown>;
  /** Deletes a key. */
  del(key: string): Promise<unknown>;
}

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** Prepended to every key. Default `"linkedin-audience-insights:"`. */
  prefix?: string | undefined;
}

/** ioredis has `defineCommand` and a `status` string; node-redis has `isOpen`/`isReady` and neither of those. */
function isIoredis(client: object): boolean {
  const c = client as { defineCommand?: unknown; status?: unknown };
  return typeof c.defineCommand === "function" || typeof c.status === "string";
}

/**
 * A store on Redis, for many processes (workers) of one application: facet lists, names, version probes and spent
 * daily quotas learnt by one are known to all.
 *
 * ```ts
 * import { createClient } from "redis"; // node-redis v4+
 * const redis = createClient({ url: process.env.REDIS_URL });
 * await redis.connect();
 * const li = createLinkedInClient({ accessToken, store: redisStore(redis) });
 * ```
 *
 * With ioredis: `redisStore(new Redis(process.env.REDIS_URL))`. The client stays yours: connect it before use and
 * close it when done. Keys are `prefix` + the client's key (no secret: tokens are hashed), each with its TTL set in
 * Redis (`SET key value PX ttl`); values are JSON text. A value that is not JSON reads as absent.
 */
export function redisStore(client: RedisClientLike, options: RedisStoreOptions = {}): Store {
  if (!hasMethods(client, "get", "set", "del")) {
    throw new ConfigurationError(
      "redisStore needs a connected Redis client with get, set and del: node-redis v4+ (createClient()) or ioredis (new Redis()).",
    );
  }
  const prefix = options.prefix ?? REDIS_KEY_PREFIX;
  if (typeof prefix !== "string") throw new ConfigurationError("redisStore: prefix must be a string.");
  const ioredis = isIoredis(client);
  return {
    async get(key) {
      const text = await client.get(prefix + key);
      if (typeof text !== "string") return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined; // not ours, or damaged: reads as absent and is overwritten
      }
    },
    async set(key, value, { ttlMs }) {
      const json = JSON.stringify(value);
      if (json === undefined) return;
      const px = Math.max(1, Math.ceil(ttlMs));
      if (ioredis) await client.set(prefix + key, json, "PX", px);
      else await client.set(prefix + key, json, { PX: px });
    },
    async delete(key) {
      await client.del(prefix + key);
    },
  };
}
