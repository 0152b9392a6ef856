/**
 * `li.entities`: targeting entities (locations, titles, skills, …) — found by typeahead, listed per facet, found
 * by similarity (all paged lazily), or resolved from URNs to names.
 *
 * Every finder is sent with `queryVersion=QUERY_USES_URNS`: without it LinkedIn answers its legacy format
 * (`value` instead of `urn`). Page sizes follow each finder's limit (see `PageOptions.pageSize`).
 */
import type { components } from "../../generated/schema.js";
import { ConfigurationError } from "../errors.js";
import type { CallOptions } from "../http/transport.js";
import { createPaginator, type PagedIterable, type PageOptions, type PageQuery } from "../pagination.js";
import { encode } from "../restli.js";
import { facetUrn, type FacetRef } from "../targeting/index.js";
import { urn, UrnError } from "../urn.js";
import type { EntityType } from "./facets.js";
import type { NameResolver } from "./names.js";
import { checkCallOptions, type ResourceContext } from "./request.js";

/** One targeting entity: `{ name, urn, facetUrn }`. */
export type AdTargetingEntity = components["schemas"]["AdTargetingEntity"];
/** A field of an entity, for the `fields` projection. */
export type EntityField = keyof AdTargetingEntity;

/** The locale names are formatted for: `"en_US"`, or `{ language: "en", country: "US" }`. */
export type Locale = string | { readonly language: string; readonly country?: string | undefined };

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

export interface TypeaheadParams<F extends EntityField = EntityField> extends FinderOptions<F> {
  /** The facet to search in: a facet URN (`Facet.locations`) or name (`"locations"`). It must offer TYPEAHEAD. */
  facet: FacetRef;
  /** The text typed so far; matched against the start of words. Must not be empty. */
  query: string;
}

export interface ListEntitiesParams<F extends EntityField = EntityField> extends FinderOptions<F> {
  /** The facet to list: a facet URN or name (`"seniorities"`). It must offer AD_TARGETING_FACET. */
  facet: FacetRef;
  /** Only entities of this type of the facet (e.g. `"COUNTRY"` for locations). */
  entityType?: EntityType | undefined;
}

export interface SimilarEntitiesParams<F extends EntityField = EntityField> extends FinderOptions<F> {
  /** The facet the entities belong to (e.g. `"employers"`). It must offer SIMILAR_ENTITIES. */
  facet: FacetRef;
  /** The entities to find similar ones for, e.g. `[urn.organization(1003)]`. At least one. */
  entities: readonly string[];
}

export interface EntitiesResource {
  /**
   * Entities of a facet whose names match `query` (`q=typeahead`), in LinkedIn's order, paged lazily (at most
   * 100 per request): `for await (const e of li.entities.typeahead({ facet: "locations", query: "united" }))`.
   * Bad parameters throw here, before any request.
   */
  typeahead<F extends EntityField = EntityField>(params: TypeaheadParams<F>): PagedIterable<Pick<AdTargetingEntity, F>>;
  /**
   * Every entity of a facet (`q=adTargetingFacet`), paged lazily. Pages hold 1,000 entities by default and up to
   * 10,000 (`pageSize`), sent with `totals=false` as LinkedIn's own requests do, so a facet of 10,000 entities
   * costs 1–10 requests of the daily quota, not 100.
   */
  list<F extends EntityField = EntityField>(params: ListEntitiesParams<F>): PagedIterable<Pick<AdTargetingEntity, F>>;
  /**
   * Entities of a facet similar to the given ones (`q=similarEntities`), e.g. companies like a target account,
   * paged lazily (at most 100 per request).
   * @throws UrnError for a malformed entity URN, before any request.
   */
  similar<F extends EntityField = EntityField>(
    params: SimilarEntitiesParams<F>,
  ): PagedIterable<Pick<AdTargetingEntity, F>>;
  /**
   * Entities (with names) for URNs (`q=urns`): de-duplicated, batched into as few requests as LinkedIn's URL
   * limits allow, and cached per client. URNs LinkedIn does not know are absent from the map.
   *
   * Concurrent calls share their requests. `signal` and `timeoutMs` bound this call's wait only: the shared
   * request runs with the client's deadline and retries, and is cancelled only when no call waits for it.
   * @throws UrnError for a malformed URN, before any request.
   */
  resolve(urns: readonly string[], options?: CallOptions): Promise<Map<string, AdTargetingEntity>>;
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

export function entitiesResource(ctx: ResourceContext, resolve: NameResolver): EntitiesResource {
  /** The paginator over one finder; `fields`/`locale` become query parameters, the rest are paging options. */
  const finder = <F extends EntityField>(
    where: string,
    options: FinderOptions<F>,
    query: Record<string, unknown>,
    pageSize?: number,
  ): PagedIterable<Pick<AdTargetingEntity, F>> => {
    const { fields, locale, ...paging } = options;
    const full = {
      ...query,
      queryVersion: "QUERY_USES_URNS",
      fields: projection(fields, where),
      locale: localeRecord(locale, where),
    };
    return createPaginator(ctx, "/adTargetingEntities", {
      ...paging,
      pageSize: paging.pageSize ?? pageSize,
      params: { query: full as unknown as PageQuery<"/adTargetingEntities"> },
    }) as PagedIterable<Pick<AdTargetingEntity, F>>;
  };

  return {
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
  };
}

/** Default page of `list`: 1,000 entities, as LinkedIn's own listing requests ask (up to 10,000 allowed). */
export const LIST_PAGE_SIZE = 1_000;
