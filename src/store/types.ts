/**
 * The store: where a client keeps what is worth not asking LinkedIn twice (facet lists, names, `find`'s listings,
 * version probes) and what it must not ask again today (a spent daily quota). Shared by every client given the
 * same store: one Redis for many workers, one directory for the command line.
 */

/** Options of {@link Store.set}. */
export interface StoreSetOptions {
  /** How long the value lives, in ms (a whole number ≥ 1). The store drops it afterwards. */
  ttlMs: number;
}

/**
 * A key-value store of JSON values with a time to live. Every method may be async; none may throw for a missing
 * key (`get` answers `undefined`). Keys are short ASCII strings without secrets (tokens are hashed); values are
 * what `JSON.stringify` can write, and a store may hand back a copy.
 *
 * The client never trusts a store: an operation that throws, or takes longer than 250 ms, counts as a miss (a
 * warning once per client, never a failed API call), and a value of the wrong shape is ignored and overwritten.
 *
 * Built in: `memoryStore()` (the default, per client), `redisStore(client)` (node-redis v4+ or ioredis) and, for
 * the command line, a file store. Any object with these three methods fits.
 */
export interface Store {
  /** The value stored under `key`, or `undefined` when there is none (or it expired). */
  get(key: string): Promise<unknown | undefined>;
  /** Stores `value` (JSON) under `key` for `ttlMs` milliseconds, replacing what was there. */
  set(key: string, value: unknown, options: StoreSetOptions): Promise<void>;
  /** Removes `key` (nothing happens when it is absent). */
  delete(key: string): Promise<void>;
}
