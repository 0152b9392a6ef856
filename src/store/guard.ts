/**
 * A store the client can lean on without trusting it: every operation is bounded in time, a failure (a throw, a
 * rejection, or no answer within the bound) counts as a miss for that operation, the first failure is reported once
 * per client, and after a failure the store is left alone for a while so that a Redis that is down does not add
 * the bound to every call. The API call itself never fails because of the store.
 */
import { describeError } from "../internal/describe.js";
import type { Store } from "./types.js";

/** Longest a store operation may take before it counts as failed, in ms. */
export const STORE_TIMEOUT_MS = 250;
/** How long the store is skipped after a failure, in ms. */
export const STORE_PAUSE_MS = 30_000;

/** The client's view of its store: never throws, never waits longer than {@link STORE_TIMEOUT_MS}. */
export interface GuardedStore {
  /** The value, or `undefined` for a miss, a failure or a paused store. */
  get(key: string): Promise<unknown>;
  /** Stores the value for `ttlMs`; a failure is swallowed (reported once). */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Removes the key; a failure is swallowed (reported once). */
  delete(key: string): Promise<void>;
}

/** Options of {@link guardStore}. */
export interface GuardOptions {
  /** Called once, with the first failure's description (no value, no secret). */
  warn: (message: string) => void;
  /** Clock for the pause, in ms. */
  now: () => number;
  timeoutMs?: number | undefined;
  pauseMs?: number | undefined;
}

const TIMED_OUT = Symbol("timed out");

/** Wraps a store the client was given: bounded, fail-soft, reported once, paused after a failure. */
export function guardStore(store: Store, options: GuardOptions): GuardedStore {
  const timeoutMs = options.timeoutMs ?? STORE_TIMEOUT_MS;
  const pauseMs = options.pauseMs ?? STORE_PAUSE_MS;
  let warned = false;
  let pausedUntil = -Infinity;

  const fail = (operation: string, problem: string): undefined => {
    pausedUntil = options.now() + pauseMs;
    if (!warned) {
      warned = true;
      options.warn(
        `The cache store failed (${operation}: ${problem}); this client carries on without it — calls go to LinkedIn ` +
          `and quota state is not shared — and retries it after ${Math.round(pauseMs / 1000)} s. Further failures are not ` +
          `reported. Check the store (e.g. that Redis is up and the client connected).`,
      );
    }
    return undefined;
  };

  async function run<T>(operation: string, act: () => Promise<T>): Promise<T | undefined> {
    if (options.now() < pausedUntil) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const pending = Promise.resolve().then(act);
      pending.catch(() => undefined); // a late rejection after the bound goes unheard
      const result = await Promise.race([
        pending,
        new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs))),
      ]);
      if (result === TIMED_OUT) return fail(operation, `no answer within ${timeoutMs} ms`);
      return result;
    } catch (error) {
      return fail(operation, describeError(error));
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  return {
    get: (key) => run("get", () => store.get(key)),
    async set(key, value, ttlMs) {
      await run("set", () => store.set(key, value, { ttlMs }));
    },
    async delete(key) {
      await run("delete", () => store.delete(key));
    },
  };
}

/**
 * The client's own memory store needs no guard (it cannot hang or fail, and a timer per operation is most of what
 * the guard costs): the same interface, passed straight through.
 */
export function trustedStore(store: Store): GuardedStore {
  return {
    get: (key) => store.get(key),
    set: (key, value, ttlMs) => store.set(key, value, { ttlMs }),
    delete: (key) => store.delete(key),
  };
}
