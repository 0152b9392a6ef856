/** `li.facets`: the ad-targeting facets LinkedIn offers (locations, jobFunctions, interests, …). */
import type { components } from "../../generated/schema.js";
import type { CallOptions } from "../http/transport.js";
import { checkCallOptions, requestInit, type ResourceContext, unwrap } from "./request.js";

/** One targeting facet, as the spec defines it. */
export type AdTargetingFacet = components["schemas"]["AdTargetingFacet"];

export interface FacetsResource {
  /** Every facet (`GET /adTargetingFacets`). Throws a typed `LinkedInApiError` on failure. */
  list(options?: CallOptions): Promise<AdTargetingFacet[]>;
}

export function facetsResource(ctx: ResourceContext): FacetsResource {
  return {
    async list(options) {
      checkCallOptions(options, "facets.list");
      const result = await ctx.api.GET("/adTargetingFacets", requestInit(ctx, options));
      return unwrap(result, "GET").elements ?? [];
    },
  };
}
