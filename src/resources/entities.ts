/**
 * `li.entities`: targeting entities (locations, titles, skills, …) — found by typeahead, listed per facet
 * (both paged lazily), or resolved from URNs to names.
 */
import type { components } from "../../generated/schema.js";
import { ConfigurationError } from "../errors.js";
import { createPaginator, type PagedIterable, type PageOptions } from "../pagination.js";
import { facetUrn, type FacetRef } from "../targeting/index.js";
import type { NameResolver } from "./names.js";
import { checkCallOptions, type ResourceContext } from "./request.js";
import type { CallOptions } from "../http/transport.js";

/** One targeting entity: `{ name, urn, facetUrn }`. */
export type AdTargetingEntity = components["schemas"]["AdTargetingEntity"];

export interface TypeaheadParams extends PageOptions {
  /** The facet to search in: a facet URN (`Facet.locations`) or name (`"locations"`). */
  facet: FacetRef;
  /** The text typed so far; matched against the start of words. Must not be empty. */
  query: string;
}

export interface ListEntitiesParams extends PageOptions {
  /** The facet to list: a facet URN or name (`"seniorities"`). It must offer the AD_TARGETING_FACET finder. */
  facet: FacetRef;
  /** Only entities of this type of the facet (e.g. `"COUNTRY"` for locations). */
  entityType?: string | undefined;
}

export interface EntitiesResource {
  /**
   * Entities of a facet whose names match `query` (`q=typeahead`), in LinkedIn's order, paged lazily:
   * `for await (const e of li.entities.typeahead({ facet: "locations", query: "united" }))`.
   * Bad parameters throw here, before any request.
   */
  typeahead(params: TypeaheadParams): PagedIterable<AdTargetingEntity>;
  /** Every entity of a facet (`q=adTargetingFacet`), paged lazily like typeahead. */
  list(params: ListEntitiesParams): PagedIterable<AdTargetingEntity>;
  /**
   * Entities (with names) for URNs (`q=urns`): de-duplicated, batched into as few requests as LinkedIn's URL
   * limits allow, and cached per client. URNs LinkedIn does not know are absent from the map.
   * @throws UrnError for a malformed URN, before any request.
   */
  resolve(urns: readonly string[], options?: CallOptions): Promise<Map<string, AdTargetingEntity>>;
}

export function entitiesResource(ctx: ResourceContext, resolve: NameResolver): EntitiesResource {
  return {
    typeahead(params) {
      if (typeof params !== "object" || params === null)
        throw new ConfigurationError("typeahead needs { facet, query }.");
      const { facet, query, ...options } = params;
      if (typeof query !== "string" || query.trim() === "") {
        throw new ConfigurationError(`typeahead: query must be non-empty text (got ${JSON.stringify(query)}).`);
      }
      return createPaginator(ctx, "/adTargetingEntities", {
        ...options,
        params: { query: { q: "typeahead", query, facet: facetUrn(facet), queryVersion: "QUERY_USES_URNS" } },
      });
    },
    list(params) {
      if (typeof params !== "object" || params === null) throw new ConfigurationError("list needs { facet }.");
      const { facet, entityType, ...options } = params;
      if (entityType !== undefined && (typeof entityType !== "string" || !/^[A-Z_]+$/.test(entityType))) {
        throw new ConfigurationError(
          `list: entityType must be an upper-case type like "COUNTRY" (got ${JSON.stringify(entityType)}).`,
        );
      }
      return createPaginator(ctx, "/adTargetingEntities", {
        ...options,
        params: {
          query: { q: "adTargetingFacet", facet: facetUrn(facet), queryVersion: "QUERY_USES_URNS", entityType },
        },
      });
    },
    async resolve(urns, options) {
      checkCallOptions(options, "entities.resolve");
      return resolve(urns, options);
    },
  };
}
