// GET /rest/adTargetingFacets: every facet of the dataset.

import type { Reply, RouteContext } from "./context.js";

export function facetsRoute(ctx: RouteContext): Reply {
  ctx.params.allowOnly(["locale"]);
  const elements = ctx.catalog.facets.map(({ facet }) => ({
    facetName: facet.facetName,
    urn: facet.urn,
    entityTypes: [...facet.entityTypes],
    availableEntityFinders: [...facet.availableEntityFinders],
  }));
  return {
    status: 200,
    body: { elements, paging: { start: 0, count: elements.length, total: elements.length, links: [] } },
  };
}
