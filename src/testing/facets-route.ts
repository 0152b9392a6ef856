// GET /rest/adTargetingFacets: every facet of the dataset, in the dataset's stable order (dataset/facets.ts),
// in the documented shape: LinkedIn names the facet's URN `adTargetingFacetUrn` (`$URN` before 202304; never
// `urn`, as the community spec had it).

import type { Reply, RouteContext } from "./context.js";
import { checkLocale } from "./locale.js";

export function facetsRoute(ctx: RouteContext): Reply {
  ctx.params.allowOnly(["locale"]);
  checkLocale(ctx.params);
  const elements = ctx.catalog.facets.map(({ facet }) => ({
    facetName: facet.facetName,
    adTargetingFacetUrn: facet.urn,
    entityTypes: [...facet.entityTypes],
    availableEntityFinders: [...facet.availableEntityFinders],
  }));
  return {
    status: 200,
    body: { elements, paging: { start: 0, count: elements.length, total: elements.length, links: [] } },
  };
}
