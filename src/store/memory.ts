/**
 * `memoryStore()`: the default store, in this process's memory. Bounded (the least recently used entries go first),
 * TTLs honoured against an injectable clock, values kept as JSON text so a caller can never change what is stored
 * by changing what it got back (as with Redis).
 */
import { checkNumber } from "../internal/numbers.js";
import type { Store } from "./types.js";

/** Default `maxEntries` of {@link memoryStore}. */
export const MEMORY_STORE_MAX_ENTRIES = 20_000;

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /** Entries kept at most; past it the least recently used one is dropped. Default 20,000. */
  maxEntries?: number | undefined;
  /** The clock TTLs are measured with, in ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined;
}

interface Entry {
  json: string;
  expiresAt: number;
}

/**
 * A store in this process's memory: `createLinkedInClient({ store: memoryStore() })` is what a client gets when it
 * is given none. Give several clients the same one to share what they learn within one process; use
 * `redisStore(client)` to share across processes.
 */
export function memoryStore(options: MemoryStoreOptions = {}): Store {
  const max = checkNumber(options.maxEntries, "memoryStore: maxEntries", MEMORY_STORE_MAX_ENTRIES, {
    min: 1,
    whole: true,
  });
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting on each read makes its first key the least recently used.
  const entries = new Map<string, Entry>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry);
      return JSON.parse(entry.json) as unknown;
    },
    async set(key, value, { ttlMs }) {
      const json = JSON.stringify(value);
      entries.delete(key);
      if (json === undefined || !(ttlMs > 0)) return;
      entries.set(key, { json, expiresAt: now() + ttlMs });
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
