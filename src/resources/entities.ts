/**
 * `li.entities`: targeting entities (locations, titles, skills, …) — found by typeahead, listed per facet, found
 * by similarity (all paged lazily), resolved from URNs to names, or found by exact name (`find`).
 *
 * Every finder is sent with `queryVersion=QUERY_USES_URNS`: without it LinkedIn answers its legacy format
 * (`value` instead of `urn`). Page sizes follow each finder's limit (see `PageOptions.pageSize`).
 */
import { ConfigurationError, LinkedInError } from "../errors.js";
import type { CallOptions } from "../http/transport.js";
import { matchesAllWords, words } from "../internal/text.js";
import { createPaginator, type PagedIterable, type PageOptions, type PageQuery } from "./pagination.js";
import { encode } from "../restli.js";
import type { ClientCache } from "../store/cache.js";
import { STORE_TTL_MS } from "../store/keys.js";
import { facetName, facetUrn, type FacetRef } from "../targeting/index.js";
import { urn, UrnError } from "../urn.js";
import type { AdTargetingFacet, EntityType, FacetsResource } from "./facets.js";
import { checkedFirst, finderCheck, type FinderHelper } from "./finders.js";
import type { AdTargetingEntity, NameResolver } from "./names.js";
import { awaitShared, checkCallOptions, type ResourceContext } from "./request.js";

export type { AdTargetingEntity };
/** A field of an entity, for the `fields` projection. */
export type EntityField = keyof AdTargetingEntity;

/** The locale names are formatted for: `"en_US"`, or `{ language: "en", country: "US" }`. */
export type Locale =
  | string
  | {
      /** The language: an ISO 639 code of 2–3 lower-case letters, e.g. `"en"`. */
      readonly language: string;
      /** The country: an ISO 3166 code of 2 upper-case letters, e.g. `"US"`. Optional. */
      readonly country?: string | undefined;
    };

/** Options every entity finder takes. */
export interface FinderOptions<F extends EntityField = EntityField> extends PageOptions {
  /**
   * Only these fields of each entity (Rest.li projection, sent as `fields=name,urn`): smaller answers. The
   * elements' type narrows to them. Default: every field.
   */
  fields?: readonly F[] | undefined;
  /** The locale names are formatted for, sent as `locale=(language:en,country:US)`. Default: LinkedIn's. */
  locale?: Locale | undefined;
}

/** What `li.entities.typeahead` searches: a facet and the text typed so far, plus the finder options. */
export interface TypeaheadParams<F extends EntityField = EntityField> extends FinderOptions<F> {
  /** The facet to search in: a facet URN (`Facet.locations`) or name (`"locations"`). It must offer TYPEAHEAD. */
  facet: FacetRef;
  /** The text typed so far; matched against the start of words. Must not be empty. */
  query: string;
}

/** What `li.entities.list` lists: a facet's entities, optionally of one type, plus the finder options. */
export interface ListEntitiesParams<F extends EntityField = EntityField> extends FinderOptions<F> {
  /** The facet to list: a facet URN or name (`"seniorities"`). It must offer AD_TARGETING_FACET. */
  facet: FacetRef;
  /** Only entities of this type of the facet (e.g. `"COUNTRY"` for locations). */
  entityType?: EntityType | undefined;
}

/** What `li.entities.similar` starts from: entities of a facet, plus the finder options. */
export interface SimilarEntitiesParams<F extends EntityField = EntityField> extends FinderOptions<F> {
  /** The facet the entities belong to (e.g. `"employers"`). It must offer SIMILAR_ENTITIES. */
  facet: FacetRef;
  /** The entities to find similar ones for, e.g. `[urn.organization(1003)]`. At least one. */
  entities: readonly string[];
}

/** What `li.entities.find` looks for: one entity of a facet, by its display name. */
export interface FindEntityParams {
  /** The facet the entity belongs to: a facet name (`"jobFunctions"`) or URN (`Facet.jobFunctions`). */
  facet: FacetRef;
  /** The entity's display name, e.g. `"Finance"` or `"united states"`; compared ignoring case and accents. */
  name: string;
  /** The locale names are formatted (and matched) in. Default: LinkedIn's. */
  locale?: Locale | undefined;
}

/** How `li.entities.find` searched: `typeahead` (`q=typeahead`) or `list` (`q=adTargetingFacet`). */
export type EntitySearch = "typeahead" | "list";

/**
 * A name given to `li.entities.find` fits several entities (several have that name, or none has it and several match
 * its words); the message lists them with their URNs. Pass a more precise name, or the URN of one of `candidates`.
 */
export class AmbiguousEntityError extends LinkedInError {
  /** Always `"AmbiguousEntityError"`. */
  override name = "AmbiguousEntityError";
  /** The facet URN searched. */
  declare readonly facet: string;
  /** The name as given. */
  declare readonly query: string;
  /** How the facet was searched. */
  declare readonly search: EntitySearch;
  /** The entities the name fits, best first (at most 10). */
  declare readonly candidates: readonly AdTargetingEntity[];
  /** How many entities the name fits in all (may exceed `candidates.length`). */
  declare readonly totalCandidates: number;
  /**
   * @param facet - The facet URN searched.
   * @param query - The name as given.
   * @param search - How the facet was searched.
   * @param candidates - The entities the name fits, best first; the first 10 are kept.
   * @param total - How many entities the name fits in all.
   */
  constructor(
    facet: string,
    query: string,
    search: EntitySearch,
    candidates: readonly AdTargetingEntity[],
    total: number,
  ) {
    const shown = candidates.slice(0, MAX_CANDIDATES);
    const list = shown.map((c) => `${c.name ?? "(no name)"} (${c.urn})`).join(", ");
    const more = total > shown.length ? `, and ${total - shown.length} more` : "";
    super(
      `${JSON.stringify(query)} fits ${total} ${facetName(facet)} entities: ${list}${more}. ` +
        `Give the full name or one of these URNs.`,
      { facet, query, search, candidates: Object.freeze(shown), totalCandidates: total },
    );
  }
}

/**
 * No entity of the facet has the name given to `li.entities.find`, or the facet offers no finder to search names by;
 * the message says what was searched and how. Check the spelling and the facet, or give the entity's URN.
 */
export class EntityNotFoundError extends LinkedInError {
  /** Always `"EntityNotFoundError"`. */
  override name = "EntityNotFoundError";
  /** The facet URN searched. */
  declare readonly facet: string;
  /** The name as given. */
  declare readonly query: string;
  /** How the facet was searched; `undefined` when it offers no finder `find` can use. */
  declare readonly search: EntitySearch | undefined;
  /**
   * @param facet - The facet URN searched.
   * @param query - The name as given.
   * @param search - How the facet was searched, or `undefined` when it could not be.
   * @param how - What was searched, for the message, e.g. "searched by typeahead (q=typeahead), 0 matches".
   */
  constructor(facet: string, query: string, search: EntitySearch | undefined, how: string) {
    super(`No ${facetName(facet)} entity is named ${JSON.stringify(query)} (${how}).`, { facet, query, search });
  }
}

/** Candidates an {@link AmbiguousEntityError} lists at most. */
export const MAX_CANDIDATES = 10;
/** Typeahead matches `find` reads: one request of the finder's largest page. */
export const FIND_TYPEAHEAD_LIMIT = 100;

/**
 * `li.entities`: targeting entities (locations, titles, skills, …), found by typeahead, listed per facet, found by
 * similarity (all paged lazily), resolved from URNs to names, or found by exact name.
 */
export interface EntitiesResource {
  /**
   * Entities of a facet whose names match `query` (`q=typeahead`), in LinkedIn's order, paged lazily (at most
   * 100 per request).
   * Bad parameters throw here, before any request. A facet known not to offer typeahead (`seniorities`,
   * `jobFunctions`: list them instead) is a ConfigurationError when the iteration starts, before any request: known
   * from the facet list in the client's store (`li.facets.list()`), else from the registry (`FacetInfo.finders`).
   *
   * @example
   * ```ts
   * for await (const e of li.entities.typeahead({ facet: "locations", query: "united", maxItems: 20 })) {
   *   console.log(e.name, e.urn);
   * }
   * const first = await li.entities.typeahead({ facet: "employers", query: "bank" }).first(); // one request
   * ```
   */
  typeahead<F extends EntityField = EntityField>(params: TypeaheadParams<F>): PagedIterable<Pick<AdTargetingEntity, F>>;
  /**
   * Every entity of a facet (`q=adTargetingFacet`), paged lazily. Pages hold 1,000 entities by default and up to
   * 10,000 (`pageSize`), sent with `totals=false` as LinkedIn's own requests do, so a facet of 10,000 entities
   * costs 1–10 requests of the daily quota, not 100. A facet known not to offer it fails like `typeahead`'s.
   *
   * @example
   * ```ts
   * const seniorities = await li.entities.list({ facet: "seniorities", fields: ["name", "urn"] }).toArray();
   * ```
   */
  list<F extends EntityField = EntityField>(params: ListEntitiesParams<F>): PagedIterable<Pick<AdTargetingEntity, F>>;
  /**
   * Entities of a facet similar to the given ones (`q=similarEntities`), e.g. companies like a target account,
   * paged lazily (at most 100 per request). A facet known not to offer it fails like `typeahead`'s.
   * @throws UrnError for a malformed entity URN, before any request.
   */
  similar<F extends EntityField = EntityField>(
    params: SimilarEntitiesParams<F>,
  ): PagedIterable<Pick<AdTargetingEntity, F>>;
  /**
   * Entities (with names) for URNs (`q=urns`): de-duplicated, batched into as few requests as LinkedIn's URL
   * limits allow, and kept in the client's store for 7 days (clients sharing a store share them). URNs LinkedIn
   * does not know are absent from the map.
   *
   * Concurrent calls share their requests. `signal` and `timeoutMs` bound this call's wait only: the shared
   * request runs with the client's deadline and retries, and is cancelled only when no call waits for it.
   * @throws UrnError for a malformed URN, before any request.
   *
   * @example
   * ```ts
   * const names = await li.entities.resolve(["urn:li:interest:71363", urn.geo(103644278)]);
   * console.log(names.get(urn.geo(103644278))?.name); // "United States"
   * ```
   */
  resolve(urns: readonly string[], options?: CallOptions): Promise<Map<string, AdTargetingEntity>>;
  /**
   * The entity of a facet with a given name: `await li.entities.find({ facet: "jobFunctions", name: "Finance" })`.
   *
   * The facet's own finder is used, as `li.facets.list()` reports it (kept in the client's store for 24 h):
   * `TYPEAHEAD` where offered (one request, the first 100 matches), else
   * `AD_TARGETING_FACET` (the whole facet listed once and kept in the store for 24 h per locale — job functions and
   * seniorities offer only this, and LinkedIn answers 400 to a typeahead on them). Among the matches, the one entity whose name equals `name` ignoring case, accents
   * and extra spaces wins; failing that, a single match whose words start with the given ones ("financ" →
   * Finance).
   *
   * `signal` and `timeoutMs` bound this call's wait; the shared facet list and listing requests run to their end
   * with the client's deadline and retries, so other callers can use them.
   * @throws AmbiguousEntityError when several entities fit (it lists them with their URNs).
   * @throws EntityNotFoundError when none does, or the facet offers neither finder; it says what was searched and how.
   * @throws TargetingCriteriaError for an unknown facet name, before any request.
   *
   * @example
   * ```ts
   * const finance = await li.entities.find({ facet: "jobFunctions", name: "finance" }); // urn:li:function:10
   * ```
   */
  find(params: FindEntityParams, options?: CallOptions): Promise<AdTargetingEntity>;
}

/** Whether each folded query word starts some word of the folded name (as typeahead matches). */
/**
 * Shares one promise per key among the calls made while it is pending (the store keeps the value afterwards); a
 * settled promise is forgotten, so the next call reads the store again (or tries again after a failure).
 */
function inFlight<T>(): (key: string, make: () => Promise<T>) => Promise<T> {
  const pending = new Map<string, Promise<T>>();
  return (key, make) => {
    let p = pending.get(key);
    if (!p) {
      p = make();
      pending.set(key, p);
      const forget = () => void (pending.get(key) === p && pending.delete(key));
      p.then(forget, forget);
    }
    return p;
  };
}

/** A facet listing as the store keeps it, or undefined when the value is not one (ignored). */
function readStoredListing(value: unknown): AdTargetingEntity[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const e of value) {
    if (typeof e !== "object" || e === null) return undefined;
    const { urn: u, name } = e as Record<string, unknown>;
    if (typeof u !== "string" || (name !== undefined && typeof name !== "string")) return undefined;
  }
  return value as AdTargetingEntity[];
}

const FIELDS: readonly EntityField[] = ["name", "urn", "facetUrn"];

/** `fields` as the projection text, checked; undefined when absent. */
function projection(fields: unknown, where: string): string | undefined {
  if (fields === undefined) return undefined;
  if (!Array.isArray(fields) || fields.length === 0 || !fields.every((f) => FIELDS.includes(f as EntityField))) {
    throw new ConfigurationError(
      `${where}: fields must be a non-empty list of ${FIELDS.map((f) => `"${f}"`).join(", ")}.`,
    );
  }
  return [...new Set(fields as string[])].join(",");
}

/** `locale` as the Rest.li record LinkedIn takes, checked; undefined when absent. */
function localeRecord(locale: unknown, where: string): { language: string; country?: string } | undefined {
  if (locale === undefined) return undefined;
  let language: unknown;
  let country: unknown;
  if (typeof locale === "string") {
    const m = /^([a-z]{2,3})(?:[_-]([A-Z]{2}))?$/.exec(locale);
    [language, country] = m ? [m[1], m[2]] : [undefined, undefined];
  } else if (typeof locale === "object" && locale !== null) {
    ({ language, country } = locale as { language?: unknown; country?: unknown });
  }
  if (
    typeof language !== "string" ||
    !/^[a-z]{2,3}$/.test(language) ||
    (country !== undefined && (typeof country !== "string" || !/^[A-Z]{2}$/.test(country)))
  ) {
    throw new ConfigurationError(
      `${where}: locale must be "en_US" or { language: "en", country: "US" } (lower-case language, upper-case country).`,
    );
  }
  return country === undefined ? { language } : { language, country: country as string };
}

function checkParams<T>(params: T, where: string, needs: string): T {
  if (typeof params !== "object" || params === null) throw new ConfigurationError(`${where} needs ${needs}.`);
  return params;
}

export function entitiesResource(
  ctx: ResourceContext,
  resolve: NameResolver,
  facets: FacetsResource,
  cache?: ClientCache,
): EntitiesResource {
  const checkFinder = finderCheck(cache);
  const facetList = inFlight<AdTargetingFacet[]>();
  const listings = inFlight<AdTargetingEntity[]>();
  /** A facet's whole listing: from the store, else listed (every page) and stored for 24 h. */
  const listing = async (facet: string, locale: Locale | undefined): Promise<AdTargetingEntity[]> => {
    const record = localeRecord(locale, "find");
    const key = cache
      ? cache.keys.listing(await cache.version(), facet, record && `${record.language}_${record.country ?? ""}`)
      : undefined;
    if (cache && key) {
      const stored = readStoredListing(await cache.store.get(key));
      if (stored) return stored;
    }
    const all = (await resource.list({ facet, locale }).toArray()) as AdTargetingEntity[];
    if (cache && key) await cache.store.set(key, all, STORE_TTL_MS.listing);
    return all;
  };
  let resource: EntitiesResource;
  /** The paginator over one finder; `fields`/`locale` become query parameters, the rest are paging options. */
  const finder = <F extends EntityField>(
    helper: FinderHelper,
    options: FinderOptions<F>,
    query: Record<string, unknown> & { facet: string },
    pageSize?: number,
  ): PagedIterable<Pick<AdTargetingEntity, F>> => {
    const { fields, locale, ...paging } = options;
    const full = {
      ...query,
      queryVersion: "QUERY_USES_URNS",
      fields: projection(fields, helper),
      locale: localeRecord(locale, helper),
    };
    const pages = createPaginator(ctx, "/adTargetingEntities", {
      ...paging,
      pageSize: paging.pageSize ?? pageSize,
      params: { query: full as unknown as PageQuery<"/adTargetingEntities"> },
    }) as PagedIterable<Pick<AdTargetingEntity, F>>;
    return checkedFirst(() => checkFinder(helper, query.facet, paging.headers), pages);
  };

  resource = {
    typeahead(params) {
      const { facet, query, ...options } = checkParams(params, "typeahead", "{ facet, query }");
      if (typeof query !== "string" || query.trim() === "") {
        throw new ConfigurationError(`typeahead: query must be non-empty text (got ${JSON.stringify(query)}).`);
      }
      return finder("typeahead", options, { q: "typeahead", query, facet: facetUrn(facet) });
    },
    list(params) {
      const { facet, entityType, ...options } = checkParams(params, "list", "{ facet }");
      if (entityType !== undefined && (typeof entityType !== "string" || !/^[A-Z_$]+$/.test(entityType))) {
        throw new ConfigurationError(
          `list: entityType must be an upper-case type like "COUNTRY" (got ${JSON.stringify(entityType)}).`,
        );
      }
      return finder(
        "list",
        options,
        { q: "adTargetingFacet", facet: facetUrn(facet), entityType, totals: false },
        LIST_PAGE_SIZE,
      );
    },
    similar(params) {
      const { facet, entities, ...options } = checkParams(params, "similar", "{ facet, entities }");
      if (!Array.isArray(entities) || entities.length === 0) {
        throw new ConfigurationError("similar: entities must be a non-empty list of entity URNs.");
      }
      const unique = [...new Set(entities as string[])];
      for (const u of unique) urn.parse(u); // a malformed one throws a UrnError naming it, before any request
      return finder("similar", options, { q: "similarEntities", facet: facetUrn(facet), entities: encode(unique) });
    },
    async resolve(urns, options) {
      checkCallOptions(options, "entities.resolve");
      if (!Array.isArray(urns)) throw new UrnError("resolve expects an array of URNs.", String(urns));
      return resolve(urns, options);
    },
    async find(params, options) {
      checkCallOptions(options, "entities.find");
      const { facet, name, locale } = checkParams(params, "find", "{ facet, name }");
      const urnOfFacet = facetUrn(facet);
      if (typeof name !== "string" || words(name).length === 0) {
        throw new ConfigurationError(`find: name must be non-empty text (got ${JSON.stringify(name)}).`);
      }
      localeRecord(locale, "find");
      const query = words(name);
      const sameName = (e: AdTargetingEntity) =>
        typeof e.name === "string" && words(e.name).join(" ") === query.join(" ");
      const known = await awaitShared(
        facetList("", () => facets.list()),
        options,
        "GET /adTargetingFacets",
      );
      const info = known.find((f) => f.urn === urnOfFacet);
      const finders = info?.availableEntityFinders ?? [];
      let search: EntitySearch;
      let matches: AdTargetingEntity[];
      let how: string;
      if (finders.includes("TYPEAHEAD")) {
        search = "typeahead";
        matches = (await resource
          .typeahead({
            facet: urnOfFacet,
            query: name,
            locale,
            pageSize: FIND_TYPEAHEAD_LIMIT,
            maxItems: FIND_TYPEAHEAD_LIMIT,
            ...options,
          })
          .toArray()) as AdTargetingEntity[];
        how = `searched by typeahead (q=typeahead), ${matches.length} ${matches.length === 1 ? "match" : "matches"}`;
      } else if (finders.includes("AD_TARGETING_FACET")) {
        search = "list";
        const key = `${urnOfFacet} ${JSON.stringify(localeRecord(locale, "find") ?? null)}`;
        const all = await awaitShared(
          listings(key, () => listing(urnOfFacet, locale)),
          options,
          "GET /adTargetingEntities?q=adTargetingFacet",
        );
        matches = all.filter((e) => typeof e.name === "string" && matchesAllWords(query, words(e.name)));
        how = `searched the facet's list of ${all.length} entities (q=adTargetingFacet)`;
      } else {
        const offered = finders.length > 0 ? finders.join(", ") : "none";
        throw new EntityNotFoundError(
          urnOfFacet,
          name,
          undefined,
          info
            ? `the facet offers no finder to search names by (its finders: ${offered}); give the entity's URN instead`
            : `LinkedIn's facet list has no ${urnOfFacet}; give the entity's URN instead`,
        );
      }
      const exact = matches.filter(sameName);
      if (exact.length === 1) return exact[0]!;
      if (exact.length > 1) throw new AmbiguousEntityError(urnOfFacet, name, search, exact, exact.length);
      if (matches.length === 1) return matches[0]!;
      if (matches.length > 1) throw new AmbiguousEntityError(urnOfFacet, name, search, matches, matches.length);
      throw new EntityNotFoundError(urnOfFacet, name, search, how);
    },
  };
  return resource;
}

/** Default page of `list`: 1,000 entities, as LinkedIn's own listing requests ask (up to 10,000 allowed). */
export const LIST_PAGE_SIZE = 1_000;
