// POST /rest/targetingAudienceInsights?action=audienceInsights: audience size and top segments, computed
// from the synthetic population.

import type { Reply, RouteContext } from "./context.js";
import { parseInsightsRequest } from "./criteria.js";
import { restErrors } from "./errors.js";
import { roundAudience } from "./population.js";

/** How many segments (the largest) an answer lists. */
export const TOP_SEGMENTS = 10;

export function insightsRoute(ctx: RouteContext): Reply {
  ctx.params.allowOnly(["action"]);
  const action = ctx.params.require("action");
  if (action !== "audienceInsights") {
    throw restErrors.illegalArgument(`Unsupported action ${JSON.stringify(action)} (served: audienceInsights)`);
  }
  const { criteria, groupBy } = parseInsightsRequest(ctx.catalog, ctx.bodyText, ctx.contentType);
  const total = roundAudience(ctx.population.audience(criteria));
  const segmentations: { entityCount: number; entityPercentage: number; value: string }[] = [];
  if (total > 0) {
    const facet = ctx.catalog.facet(groupBy)!;
    const candidates = facet.ranked.map((e) => e.urn);
    const segments = ctx.population
      .breakdown(criteria, groupBy, candidates)
      .map((s) => ({ ...s, count: Math.min(total, roundAudience(s.members)) }))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || b.members - a.members || (a.urn < b.urn ? -1 : 1))
      .slice(0, TOP_SEGMENTS);
    for (const s of segments) {
      segmentations.push({
        entityCount: s.count,
        entityPercentage: Math.round((100 * s.count) / total),
        value: s.urn,
      });
    }
  }
  return {
    status: 200,
    body: { value: { audienceInsight: { segmentations, groupedBy: groupBy }, totalAudienceCount: total } },
  };
}
