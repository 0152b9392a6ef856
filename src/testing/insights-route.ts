// POST /rest/targetingAudienceInsights?action=audienceInsights: audience size and top segments, computed
// from the synthetic population.

import type { Catalog } from "./catalog.js";
import type { Reply, RouteContext } from "./context.js";
import { DEFAULT_MAX_RETURN_COUNT, parseInsightsRequest, PLACE_BREAKDOWNS, type InsightsRequest } from "./criteria.js";
import { restErrors } from "./errors.js";
import { roundAudience } from "./population.js";

/**
 * Segments an answer lists when the request has no `maxReturnCount` (10).
 *
 * @deprecated The default of `request.maxReturnCount`: use {@link DEFAULT_MAX_RETURN_COUNT}.
 */
export const TOP_SEGMENTS = DEFAULT_MAX_RETURN_COUNT;

const LOCATIONS = "urn:li:adTargetingFacet:locations";
const PROFILE_LOCATIONS = "urn:li:adTargetingFacet:profileLocations";

interface Segment {
  urn: string;
  members: number;
  count: number;
}

/**
 * What a groupBy breaks the audience down by: the facet whose values the population model splits, and the
 * candidate values. A place level (bingCity …) splits the `locations` hierarchy into the places of that level;
 * `profileLocations` instead when the criteria name places only through it, so that a persona located either
 * way gets its own places.
 */
function breakdownOf(catalog: Catalog, request: InsightsRequest): { facet: string; candidates: string[] } {
  const level = Object.hasOwn(PLACE_BREAKDOWNS, request.groupBy) ? PLACE_BREAKDOWNS[request.groupBy] : undefined;
  if (level === undefined) {
    return { facet: request.groupBy, candidates: catalog.facet(request.groupBy)!.ranked.map((e) => e.urn) };
  }
  const { include, exclude = [] } = request.criteria;
  const values = [...include.flat(), ...exclude];
  const profileOnly = values.some((v) => v.facet === PROFILE_LOCATIONS) && !values.some((v) => v.facet === LOCATIONS);
  const facet = profileOnly ? PROFILE_LOCATIONS : LOCATIONS;
  const candidates = catalog
    .facet(facet)!
    .ranked.filter((e) => e.placeLevel === level)
    .map((e) => e.urn);
  return { facet, candidates };
}

/**
 * HIERARCHICAL order: along the facet's hierarchy, a place before the places inside it (continent, country,
 * state, metro, city), siblings by size — a place's size being its own count when it is a segment, else the
 * sum over the segments inside it. Segments of a flat facet have no parents: the order stays by size.
 * `segments` come in AUDIENCE_PERCENTAGE order, which also breaks ties.
 */
function hierarchical(segments: readonly Segment[], parentOf: (urn: string) => string | undefined): Segment[] {
  const rank = new Map(segments.map((s, i) => [s.urn, i]));
  const children = new Map<string | undefined, Set<string>>();
  const weight = new Map<string, number>();
  for (const s of segments) {
    weight.set(s.urn, s.count);
    let node = s.urn;
    for (let parent = parentOf(node), depth = 0; depth < 64; parent = parentOf(node), depth++) {
      const siblings = children.get(parent) ?? new Set<string>();
      siblings.add(node);
      children.set(parent, siblings);
      if (parent === undefined) break;
      node = parent;
    }
  }
  const sizeOf = (urn: string): number => {
    const own = weight.get(urn);
    if (own !== undefined) return own;
    let sum = 0;
    for (const child of children.get(urn) ?? []) sum += sizeOf(child);
    weight.set(urn, sum);
    return sum;
  };
  const out: Segment[] = [];
  const bySegment = new Map(segments.map((s) => [s.urn, s]));
  const visit = (parent: string | undefined): void => {
    const nodes = [...(children.get(parent) ?? [])].sort(
      (a, b) =>
        sizeOf(b) - sizeOf(a) || (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const urn of nodes) {
      const segment = bySegment.get(urn);
      if (segment) out.push(segment);
      visit(urn);
    }
  };
  visit(undefined);
  return out;
}

export function insightsRoute(ctx: RouteContext): Reply {
  ctx.params.allowOnly(["action"]);
  const action = ctx.params.require("action");
  if (action !== "audienceInsights") {
    throw restErrors.illegalArgument(`Unsupported action ${JSON.stringify(action)} (served: audienceInsights)`);
  }
  const request = parseInsightsRequest(ctx.catalog, ctx.bodyText, ctx.contentType);
  const { criteria, groupBy } = request;
  const total = roundAudience(ctx.population.audience(criteria));
  const segmentations: { entityCount: number; entityPercentage: number; value: string }[] = [];
  if (total > 0) {
    const { facet, candidates } = breakdownOf(ctx.catalog, request);
    // The largest maxReturnCount segments; HIERARCHICAL then orders those along the hierarchy.
    let segments: Segment[] = ctx.population
      .breakdown(criteria, facet, candidates)
      .map((s) => ({ ...s, count: Math.min(total, roundAudience(s.members)) }))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || b.members - a.members || (a.urn < b.urn ? -1 : 1))
      .slice(0, request.maxReturnCount);
    if (request.segmentsOrderedBy === "HIERARCHICAL") {
      const index = ctx.catalog.facet(facet)!;
      segments = hierarchical(segments, (urn) => index.get(urn)?.parent);
    }
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
