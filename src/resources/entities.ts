/** `li.entities`: targeting entities (locations, titles, skills, …) found by typeahead, paged. */
import type { components } from "../../generated/schema.js";
import { ConfigurationError } from "../errors.js";
import { type PagedIterable, type PageOptions, paginate } from "../pagination.js";
import { facetUrn, type FacetRef } from "../targeting/index.js";
import type { ResourceContext } from "./request.js";

/** One targeting entity: `{ name, urn, facetUrn }`. */
export type AdTargetingEntity = components["schemas"]["AdTargetingEntity"];

export interface TypeaheadParams extends PageOptions {
  /** The facet to search in: a facet URN (`Facet.locations`) or name (`"locations"`). */
  facet: FacetRef;
  /** The text typed so far; matched against the start of words. Must not be empty. */
  query: string;
}

export interface EntitiesResource {
  /**
   * Entities of a facet whose names match `query` (`q=typeahead`), in LinkedIn's order, paged lazily:
   * `for await (const e of li.entities.typeahead({ facet: "locations", query: "united" }))`.
   * Bad parameters throw here, before any request.
   */
  typeahead(params: TypeaheadParams): PagedIterable<AdTargetingEntity>;
}

export function entitiesResource(ctx: ResourceContext): EntitiesResource {
  return {
    typeahead(params) {
      if (typeof params !== "object" || params === null)
        throw new ConfigurationError("typeahead needs { facet, query }.");
      const { facet, query, ...options } = params;
      if (typeof query !== "string" || query.trim() === "") {
        throw new ConfigurationError(`typeahead: query must be non-empty text (got ${JSON.stringify(query)}).`);
      }
      return paginate(ctx, "/adTargetingEntities", {
        ...options,
        params: { query: { q: "typeahead", query, facet: facetUrn(facet), queryVersion: "QUERY_USES_URNS" } },
      });
    },
  };
}
