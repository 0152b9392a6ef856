/**
 * URN → entity (name) resolution with the `q=urns` finder: de-duplicated, batched into as few requests as
 * LinkedIn's limits allow, and cached per client (found and not-found alike). Concurrent lookups of the same
 * URN share one request.
 */
import type { CallOptions } from "../http/transport.js";
import { encode, encodeString } from "../restli.js";
import { urn, UrnError } from "../urn.js";
import type { AdTargetingEntity } from "./entities.js";
import { requestInit, type ResourceContext, unwrap } from "./request.js";
import { object, objects, optionalString } from "./shape.js";

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

export function createNameResolver(ctx: ResourceContext): NameResolver {
  const cache = new Map<string, AdTargetingEntity | null>();
  const pending = new Map<string, Promise<void>>();

  const remember = (key: string, value: AdTargetingEntity | null) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  };

  const fetchBatch = async (batch: string[], options?: CallOptions): Promise<void> => {
    // Without queryVersion=QUERY_USES_URNS LinkedIn answers the legacy format (`value`, no `urn`), and no name
    // would ever be found.
    const result = await ctx.api.GET("/adTargetingEntities", {
      params: { query: { q: "urns", urns: encode(batch), queryVersion: "QUERY_USES_URNS" } },
      ...requestInit(ctx, options),
    });
    const answer = { method: "GET", response: result.response };
    const elements = objects(answer, object(answer, unwrap(result, "GET"), "$").elements, "$.elements");
    const found = new Map<string, AdTargetingEntity>();
    elements.forEach((e, i) => {
      const u = optionalString(answer, e.urn, `$.elements[${i}].urn`);
      optionalString(answer, e.name, `$.elements[${i}].name`);
      if (u !== undefined) found.set(u, e as AdTargetingEntity);
    });
    for (const u of batch) remember(u, found.get(u) ?? null);
  };

  return async (list, options) => {
    if (!Array.isArray(list)) throw new UrnError("resolve expects an array of URNs.", String(list));
    const unique = [...new Set(list)];
    for (const u of unique) urn.parse(u); // a malformed one throws a UrnError naming it, before any request
    const missing = unique.filter((u) => !cache.has(u) && !pending.has(u));
    for (const batch of batchUrns(missing)) {
      const p = fetchBatch(batch, options).finally(() => batch.forEach((u) => pending.delete(u)));
      batch.forEach((u) => pending.set(u, p));
    }
    await Promise.all(unique.map((u) => pending.get(u)));
    const out = new Map<string, AdTargetingEntity>();
    for (const u of unique) {
      const entity = cache.get(u);
      if (entity) out.set(u, entity);
    }
    return out;
  };
}
