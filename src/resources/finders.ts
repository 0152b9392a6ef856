/**
 * Which finders of `GET /adTargetingEntities` a facet offers, checked before any request: asking a facet for one it
 * lacks (typeahead on `seniorities`) would cost a request and LinkedIn's 400. The check uses only what the client
 * knows without asking — the facet list in its store (`li.facets.list()`), else the registry's `finders` for the
 * facets LinkedIn's samples list — and lets anything else through.
 */
import { ConfigurationError } from "../errors.js";
import type { CallOptions } from "../http/transport.js";
import type { ClientCache } from "../store/cache.js";
import { facetInfo, facetName } from "../targeting/index.js";
import { readStoredFacets } from "./facets.js";
import type { PagedIterable } from "./pagination.js";

/** The finder each entity helper sends, as `availableEntityFinders` names it. */
const FINDER_OF = { typeahead: "TYPEAHEAD", list: "AD_TARGETING_FACET", similar: "SIMILAR_ENTITIES" } as const;

/** An entity helper that pages through a finder. */
export type FinderHelper = keyof typeof FINDER_OF;

/** What to call instead, for a facet offering `finders`: its helpers, as code. */
function instead(finders: readonly string[], name: string): string {
  const calls = [
    finders.includes(FINDER_OF.list) && `li.entities.list({ facet: "${name}" })`,
    finders.includes(FINDER_OF.typeahead) && `li.entities.typeahead({ facet: "${name}", query })`,
    finders.includes(FINDER_OF.similar) && `li.entities.similar({ facet: "${name}", entities })`,
  ].filter((call): call is string => typeof call === "string");
  return calls.length > 0
    ? `use ${calls.join(" or ")} instead`
    : "no finder searches it: give its entities' URNs (li.entities.resolve names them)";
}

/**
 * The check of a client (its store, if any): resolves when the facet offers the helper's finder or nothing is known
 * of its finders; rejects with a ConfigurationError, saying what to use instead, when it is known not to.
 */
export function finderCheck(
  cache: ClientCache | undefined,
): (helper: FinderHelper, facet: string, headers: CallOptions["headers"]) => Promise<void> {
  /** The facet's finders as the client knows them without a request: its stored facet list, else the registry. */
  const known = async (facet: string, headers: CallOptions["headers"]): Promise<readonly string[] | undefined> => {
    const version = cache?.knownVersion(headers); // never probes: with "latest" not yet known, the store is skipped
    if (cache && version !== undefined) {
      const listed = readStoredFacets(await cache.store.get(cache.keys.facets(version)))?.find((f) => f.urn === facet);
      if (listed) return listed.availableEntityFinders;
    }
    return facetInfo(facet)?.finders;
  };
  return async (helper, facet, headers) => {
    const offered = await known(facet, headers);
    if (!offered || offered.includes(FINDER_OF[helper])) return;
    throw new ConfigurationError(
      `${helper}: ${facetName(facet)} offers no ${FINDER_OF[helper]} finder (its finders: ${offered.join(", ") || "none"}), ` +
        `so LinkedIn would answer 400; ${instead(offered, facetName(facet))}.`,
    );
  };
}

/** An iterable that runs `check` before its first request (an async check cannot throw when the iterable is made). */
export function checkedFirst<T>(check: () => Promise<void>, inner: PagedIterable<T>): PagedIterable<T> {
  return {
    async *pages() {
      await check();
      yield* inner.pages();
    },
    async *[Symbol.asyncIterator]() {
      await check();
      yield* inner;
    },
    async toArray() {
      await check();
      return inner.toArray();
    },
    async first() {
      await check();
      return inner.first();
    },
  };
}
