/**
 * URN → entity (name) resolution with the `q=urns` finder: de-duplicated, batched into as few requests as
 * LinkedIn's limits allow, and cached per client (found and not-found alike).
 *
 * Concurrent lookups of the same URN share one request (a "flight"), and a flight outlives any one caller: a
 * caller's abort or `timeoutMs` ends that caller's wait only. The flight is sent with the client's own deadline
 * and retries, and is cancelled only when no caller waits for it any more.
 */
import { TimeoutError } from "../http/errors.js";
import type { CallOptions } from "../http/transport.js";
import { encode, encodeString } from "../restli.js";
import { urn, UrnError } from "../urn.js";
import type { AdTargetingEntity } from "./entities.js";
import { requestInit, type ResourceContext, unwrap } from "./request.js";
import { badShape, object, objects } from "./shape.js";

/** At most this many URNs per request (LinkedIn's finder page limit). */
export const MAX_URNS_PER_REQUEST = 100;
/** Budget for the encoded `List(…)` of one request, below the ~4 KB query limit (longer ones are tunnelled). */
export const MAX_LIST_LENGTH = 3_500;
/** Entries kept in a client's cache; the oldest are dropped first. */
export const CACHE_SIZE = 10_000;

/** Splits URNs into batches of at most {@link MAX_URNS_PER_REQUEST} whose encoded list fits {@link MAX_LIST_LENGTH}. */
export function batchUrns(list: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let length = "List()".length;
  for (const u of list) {
    const cost = encodeString(u).length + 1;
    if (current.length > 0 && (current.length >= MAX_URNS_PER_REQUEST || length + cost > MAX_LIST_LENGTH)) {
      batches.push(current);
      current = [];
      length = "List()".length;
    }
    current.push(u);
    length += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export type NameResolver = (list: readonly string[], options?: CallOptions) => Promise<Map<string, AdTargetingEntity>>;

/** One shared `q=urns` request and how many callers wait for it. */
interface Flight {
  readonly batch: readonly string[];
  readonly done: Promise<void>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

export function createNameResolver(ctx: ResourceContext): NameResolver {
  const cache = new Map<string, AdTargetingEntity | null>();
  /** URN → the flight that is fetching it. */
  const flights = new Map<string, Flight>();

  const remember = (key: string, value: AdTargetingEntity | null) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  };

  const fetchBatch = async (batch: readonly string[], options: CallOptions): Promise<void> => {
    // Without queryVersion=QUERY_USES_URNS LinkedIn answers the legacy format (`value`, no `urn`), and no name
    // would ever be found.
    const result = await ctx.api.GET("/adTargetingEntities", {
      params: { query: { q: "urns", urns: encode(batch), queryVersion: "QUERY_USES_URNS" } },
      ...requestInit(ctx, options),
    });
    const answer = { method: "GET", response: result.response };
    const elements = objects(answer, object(answer, unwrap(result, "GET"), "$").elements, "$.elements");
    const found = new Map<string, AdTargetingEntity>();
    for (let i = 0; i < elements.length; i++) {
      const { urn: u, name } = elements[i]!;
      if (u !== undefined && typeof u !== "string") badShape(answer, `$.elements[${i}].urn`, "a string", u);
      if (name !== undefined && typeof name !== "string") badShape(answer, `$.elements[${i}].name`, "a string", name);
      if (u !== undefined) found.set(u, elements[i] as AdTargetingEntity);
    }
    for (const u of batch) remember(u, found.get(u) ?? null);
  };

  /** Forgets a flight's URNs (so the next caller starts afresh) unless another flight took them over. */
  const forget = (flight: Flight) => {
    for (const u of flight.batch) if (flights.get(u) === flight) flights.delete(u);
  };

  const start = (batch: readonly string[], headers: CallOptions["headers"]): Flight => {
    const controller = new AbortController();
    const flight: Flight = { batch, controller, waiters: 0, settled: false, done: Promise.resolve() };
    const done = fetchBatch(batch, { signal: controller.signal, headers }).finally(() => {
      flight.settled = true;
      forget(flight);
    });
    done.catch(() => undefined); // each waiter observes the outcome; an abandoned flight's abort goes unheard
    Object.assign(flight, { done });
    for (const u of batch) flights.set(u, flight);
    return flight;
  };

  /** Waits for every flight, until the caller's signal aborts or its `timeoutMs` passes; then leaves them. */
  const wait = async (mine: readonly Flight[], options: CallOptions | undefined): Promise<void> => {
    for (const f of mine) f.waiters++;
    const { signal, timeoutMs } = options ?? {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    try {
      const gates: Promise<unknown>[] = [Promise.all(mine.map((f) => f.done))];
      if (signal || timeoutMs !== undefined) {
        gates.push(
          new Promise<never>((_, reject) => {
            if (signal?.aborted) return reject(signal.reason);
            onAbort = () => reject(signal!.reason);
            signal?.addEventListener("abort", onAbort, { once: true });
            if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
              timer = setTimeout(
                () =>
                  reject(
                    new TimeoutError(`GET /adTargetingEntities?q=urns: no answer within ${timeoutMs} ms.`, {
                      method: "GET",
                      url: "/adTargetingEntities?q=urns",
                      timeoutMs,
                    }),
                  ),
                timeoutMs,
              );
            }
          }),
        );
      }
      await Promise.race(gates);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      if (onAbort) signal?.removeEventListener("abort", onAbort);
      for (const f of mine) {
        f.waiters--;
        if (f.waiters === 0 && !f.settled) {
          forget(f); // a caller arriving now starts a new flight instead of joining a cancelled one
          f.controller.abort();
        }
      }
    }
  };

  return async (list, options) => {
    if (!Array.isArray(list)) throw new UrnError("resolve expects an array of URNs.", String(list));
    const unique = [...new Set(list)];
    for (const u of unique) urn.parse(u); // a malformed one throws a UrnError naming it, before any request
    const missing = unique.filter((u) => !cache.has(u) && !flights.has(u));
    for (const batch of batchUrns(missing)) start(batch, options?.headers);
    const mine = new Set<Flight>();
    for (const u of unique) {
      const flight = flights.get(u);
      if (flight) mine.add(flight);
    }
    if (mine.size > 0) await wait([...mine], options);
    const out = new Map<string, AdTargetingEntity>();
    for (const u of unique) {
      const entity = cache.get(u);
      if (entity) out.set(u, entity);
    }
    return out;
  };
}
