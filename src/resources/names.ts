/**
 * URN → entity (name) resolution with the `q=urns` finder: de-duplicated, batched into as few requests as
 * LinkedIn's limits allow, and cached (found and not-found alike) in the client's store for 7 days — shared by every
 * client on the same store — with a per-client near cache in front of it.
 *
 * Concurrent lookups of the same URN share one request (a "flight"), and a flight outlives any one caller: a
 * caller's abort or `timeoutMs` ends that caller's wait only. The flight is sent with the client's own deadline
 * and retries, and is cancelled only when no caller waits for it any more.
 *
 * Lookups also coalesce (DataLoader-style): URNs that no cache entry or flight covers are queued for a short
 * window ({@link COALESCE_WINDOW_MS}) opened by the first of them, and every call arriving within it shares the
 * batches sent when it closes. So parallel `insights.get({ resolveNames: true })` calls whose answers arrive
 * together cost one `q=urns` request, not one each.
 *
 * The store is read when the window closes, inside the flight (so a URN being read is joined like one being
 * fetched); only the URNs it does not hold are requested, and the answer is written back. The near cache (bounded,
 * same TTL) is what lets a call whose names this client already holds answer at once, without a window or a store
 * round trip.
 */
import type { components } from "../../generated/schema.js";
import type { CallOptions } from "../http/transport.js";
import { encode, encodeString } from "../restli.js";
import type { ClientCache } from "../store/cache.js";
import { STORE_TTL_MS } from "../store/keys.js";
import { urn, UrnError } from "../urn.js";
import { awaitShared, resourceCall, type ResourceContext } from "./request.js";
import { badShape, object, objects } from "./shape.js";

/** One targeting entity: `{ name, urn, facetUrn }` — what a URN resolves to (and what every finder lists). */
export type AdTargetingEntity = components["schemas"]["AdTargetingEntity"];

/** At most this many URNs per request (LinkedIn's finder page limit). */
export const MAX_URNS_PER_REQUEST = 100;
/** Budget for the encoded `List(…)` of one request, below the ~4 KB query limit (longer ones are tunnelled). */
export const MAX_LIST_LENGTH = 3_500;
/** Entries kept in a client's near cache; the oldest are dropped first. */
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

/**
 * How long (ms) URNs wait for other calls before their batches are sent. Small: a look-up is a network round
 * trip of tens to hundreds of milliseconds, so a few more cost little and let near-simultaneous calls share.
 */
export const COALESCE_WINDOW_MS = 3;

export type NameResolver = (list: readonly string[], options?: CallOptions) => Promise<Map<string, AdTargetingEntity>>;

/** Internal tuning of a resolver (tests use it to drive the window without real waits). */
export interface NameResolverOptions {
  /** The coalescing window in ms; default {@link COALESCE_WINDOW_MS}. */
  windowMs?: number;
  /** Runs `run` after `ms`; returns nothing. Default: `setTimeout`. */
  schedule?: (run: () => void, ms: number) => void;
  /** The client's store (names are kept there for 7 days). Without it, the near cache alone (tests). */
  cache?: ClientCache | undefined;
}

/** A name as the store keeps it: the entity, or `null` for a URN LinkedIn does not know. */
interface StoredName {
  entity: AdTargetingEntity | null;
}

/** The entity (or null) stored for `u`, or undefined when the value is not a stored name of `u` (then ignored). */
function readStoredName(value: unknown, u: string): AdTargetingEntity | null | undefined {
  if (typeof value !== "object" || value === null || !("entity" in value)) return undefined;
  const { entity } = value as { entity: unknown };
  if (entity === null) return null;
  if (typeof entity !== "object") return undefined;
  const e = entity as Record<string, unknown>;
  if (e.urn !== u || (e.name !== undefined && typeof e.name !== "string")) return undefined;
  if (e.facetUrn !== undefined && typeof e.facetUrn !== "string") return undefined;
  return e as AdTargetingEntity;
}

/**
 * One call's wait: its URNs, and the flights covering them once the window closed (`ready` then resolves).
 * `left` is set when the caller stopped waiting (answer, error, abort or timeout).
 */
interface Ticket {
  readonly urns: readonly string[];
  readonly headers: CallOptions["headers"];
  readonly ready: Promise<void>;
  readonly open: () => void;
  flights: Flight[] | undefined;
  left: boolean;
}

/** One shared `q=urns` request and how many callers wait for it. */
interface Flight {
  readonly batch: readonly string[];
  readonly done: Promise<void>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

export function createNameResolver(ctx: ResourceContext, tuning: NameResolverOptions = {}): NameResolver {
  const windowMs = tuning.windowMs ?? COALESCE_WINDOW_MS;
  const schedule = tuning.schedule ?? ((run: () => void, ms: number) => void setTimeout(run, ms));
  const store = tuning.cache;
  const now = store ? () => store.now() : Date.now;
  /** Tickets waiting for the window to close; the window is open while this is non-empty. */
  let queue: Ticket[] = [];
  /** The near cache: URN → entity (or null: unknown to LinkedIn) and when it expires. */
  const near = new Map<string, { entity: AdTargetingEntity | null; expiresAt: number }>();
  /** URN → the flight that is fetching it. */
  const flights = new Map<string, Flight>();

  const remember = (key: string, value: AdTargetingEntity | null, expiresAt = now() + STORE_TTL_MS.name) => {
    near.delete(key);
    if (near.size >= CACHE_SIZE) near.delete(near.keys().next().value as string);
    near.set(key, { entity: value, expiresAt });
  };
  /** The near cache's entry, if any and fresh. */
  const known = (key: string) => {
    const entry = near.get(key);
    if (entry !== undefined && entry.expiresAt <= now()) near.delete(key);
    else return entry;
    return undefined;
  };

  const fetchBatch = async (batch: readonly string[], options: CallOptions): Promise<void> => {
    let missing: readonly string[] = batch;
    let version = "";
    if (store) {
      // The store first (another client may have asked): only what it lacks is requested.
      version = await store.version(options.headers);
      const values = await Promise.all(batch.map((u) => store.store.get(store.keys.name(version, u))));
      const lacking: string[] = [];
      batch.forEach((u, i) => {
        const stored = readStoredName(values[i], u);
        if (stored === undefined) lacking.push(u);
        else remember(u, stored);
      });
      if (lacking.length === 0) return;
      missing = lacking;
    }
    // Without queryVersion=QUERY_USES_URNS LinkedIn answers the legacy format (`value`, no `urn`), and no name
    // would ever be found.
    const call = resourceCall(ctx, options);
    const result = await ctx.api.GET("/adTargetingEntities", {
      params: { query: { q: "urns", urns: encode(missing), queryVersion: "QUERY_USES_URNS" } },
      ...call.init,
    });
    const answer = { method: "GET", response: result.response };
    const elements = objects(answer, object(answer, call.unwrap(result, "GET"), "$").elements, "$.elements");
    const found = new Map<string, AdTargetingEntity>();
    for (let i = 0; i < elements.length; i++) {
      const { urn: u, name } = elements[i]!;
      if (u !== undefined && typeof u !== "string") badShape(answer, `$.elements[${i}].urn`, "a string", u);
      if (name !== undefined && typeof name !== "string") badShape(answer, `$.elements[${i}].name`, "a string", name);
      if (u !== undefined) found.set(u, elements[i] as AdTargetingEntity);
    }
    for (const u of missing) remember(u, found.get(u) ?? null);
    if (store) {
      await Promise.all(
        missing.map((u) => {
          const value: StoredName = { entity: found.get(u) ?? null };
          return store.store.set(store.keys.name(version, u), value, STORE_TTL_MS.name);
        }),
      );
    }
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

  /** Gives the ticket its flights (each counts it as a waiter) and lets it go on. */
  const board = (ticket: Ticket) => {
    const mine = new Set<Flight>();
    for (const u of ticket.urns) {
      const flight = flights.get(u);
      if (flight) mine.add(flight);
    }
    ticket.flights = [...mine];
    for (const f of ticket.flights) f.waiters++;
    ticket.open();
  };

  /** Closes the window: one set of batches for the URNs of every ticket still waiting, then boards them all. */
  const flush = () => {
    const tickets = queue.filter((t) => !t.left);
    queue = [];
    // Calls with different extra headers do not share a request; a URN already in flight is joined as is.
    const byHeaders = new Map<string, { headers: CallOptions["headers"]; urns: Set<string> }>();
    for (const t of tickets) {
      const key = t.headers ? JSON.stringify(Object.entries(t.headers).sort()) : "";
      let group = byHeaders.get(key);
      if (!group) byHeaders.set(key, (group = { headers: t.headers, urns: new Set() }));
      for (const u of t.urns) if (!known(u) && !flights.has(u)) group.urns.add(u);
    }
    for (const { headers, urns } of byHeaders.values()) {
      for (const batch of batchUrns([...urns].filter((u) => !flights.has(u)))) start(batch, headers);
    }
    for (const t of tickets) board(t);
  };

  const ticket = (urns: readonly string[], headers: CallOptions["headers"]): Ticket => {
    let open!: () => void;
    const ready = new Promise<void>((resolve) => (open = resolve));
    return { urns, headers, ready, open, flights: undefined, left: false };
  };

  /**
   * Waits for the ticket's flights (after the window, if it is queued), until the caller's signal aborts or its
   * `timeoutMs` passes; then leaves them, cancelling any flight nobody waits for any more.
   */
  const wait = async (mine: Ticket, options: CallOptions | undefined): Promise<void> => {
    try {
      const flights = mine.ready.then(() => Promise.all(mine.flights!.map((f) => f.done)));
      await awaitShared(flights, options, "GET /adTargetingEntities?q=urns");
    } finally {
      mine.left = true; // still queued: the window skips it
      for (const f of mine.flights ?? []) {
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
    const mine = ticket(unique, options?.headers);
    if (unique.some((u) => !known(u) && !flights.has(u))) {
      // Something to fetch: wait in the window with the calls arriving during it.
      if (queue.length === 0) schedule(flush, windowMs);
      queue.push(mine);
      await wait(mine, options);
    } else {
      board(mine);
      if (mine.flights!.length > 0) await wait(mine, options);
      else mine.left = true;
    }
    const out = new Map<string, AdTargetingEntity>();
    for (const u of unique) {
      const entity = near.get(u)?.entity;
      if (entity) out.set(u, entity);
    }
    return out;
  };
}
