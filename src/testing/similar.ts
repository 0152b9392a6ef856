// q=similarEntities: the entities of a facet most similar to given ones.
//
// Similarity is read from the population model (mixture.ts), the same one that answers audience insights, so
// "similar" means "whose members look alike": two values are similar when they are over- and under-represented
// in the same latent clusters. Precisely: each value's profile is its log-lift per cluster, log(q_c / p) (q_c:
// the share of cluster c's members having the value, p: its share of all members); the similarity of two values
// is the weighted Pearson correlation of their profiles (weights: the clusters' sizes), in [-1, 1]; a candidate's
// score is its mean similarity to the given entities. Ranked by score, ties by members; deterministic per seed.

import { compareRank, type FacetIndex } from "./catalog.js";
import type { Reply, RouteContext } from "./context.js";
import type { DatasetEntity } from "./dataset/types.js";
import { restErrors } from "./errors.js";
import { element, facetParam, pageParams, paging, urnList, type ElementFormat } from "./finder-common.js";
import type { Mixture } from "./mixture.js";
import { encodeString } from "../restli.js";

/** Most URNs one q=similarEntities call may name in `entities`. */
export const MAX_SIMILAR_ENTITIES = 20;

/** A value's centred log-lift per cluster (zeros when it is spread evenly). */
function profile(model: Mixture, facetUrn: string, urn: string): Float64Array {
  const q = model.q(facetUrn, urn) ?? new Float64Array(model.clusters);
  let p = 0;
  q.forEach((v, c) => (p += model.weights[c]! * v));
  const lift = Float64Array.from(q, (v) => (p > 0 ? Math.log(Math.max(v, 1e-12) / p) : 0));
  let mean = 0;
  lift.forEach((v, c) => (mean += model.weights[c]! * v));
  return lift.map((v) => v - mean);
}

/** Weighted Pearson correlation of two centred profiles (0 when either is flat). */
export function similarity(model: Mixture, a: Float64Array, b: Float64Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let c = 0; c < model.clusters; c++) {
    const w = model.weights[c]!;
    ab += w * a[c]! * b[c]!;
    aa += w * a[c]! * a[c]!;
    bb += w * b[c]! * b[c]!;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/**
 * The facet's dataset entities other than `given`, most similar first. Generated (`extraEntities`) entities may
 * be given but are not candidates, as they take no part in breakdowns either.
 */
export function rankSimilar(
  model: Mixture,
  facet: FacetIndex,
  given: readonly string[],
): { entity: DatasetEntity; score: number }[] {
  const targets = given.map((urn) => profile(model, facet.urn, urn));
  const excluded = new Set(given);
  return facet.ranked
    .filter((e) => !excluded.has(e.urn))
    .map((entity) => {
      const p = profile(model, facet.urn, entity.urn);
      const score = targets.reduce((sum, t) => sum + similarity(model, p, t), 0) / targets.length;
      return { entity, score };
    })
    .sort((a, b) => b.score - a.score || compareRank(a.entity, b.entity));
}

export function similarEntitiesFinder(ctx: RouteContext, format: ElementFormat): Reply {
  const facet = facetParam(ctx, "similarEntities", "SIMILAR_ENTITIES");
  const given = [...new Set(urnList(ctx, "entities"))];
  if (given.length === 0 || given.length > MAX_SIMILAR_ENTITIES) {
    throw restErrors.illegalArgument(
      `Query parameter "entities" must hold 1 to ${MAX_SIMILAR_ENTITIES} URNs of the facet, got ${given.length}`,
    );
  }
  for (const urn of given) {
    if (!facet.get(urn)) {
      throw restErrors.illegalArgument(
        `Unknown entity ${JSON.stringify(urn)} for facet ${facet.urn} in query parameter "entities"`,
      );
    }
  }
  const { start, count } = pageParams(ctx, "similarEntities");
  const ranked = rankSimilar(ctx.population.model, facet, given);
  return {
    status: 200,
    body: {
      elements: ranked.slice(start, start + count).map((r) => element(r.entity, facet.urn, format)),
      paging: paging(
        { start, count, total: ranked.length },
        [["q", "similarEntities"]],
        [
          ["facet", encodeString(facet.urn)],
          ["entities", ctx.params.raw("entities")!],
        ],
        format,
      ),
    },
  };
}
