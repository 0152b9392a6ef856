// Typeahead over a facet: every query word must be a prefix of some word of the name (case- and
// accent-insensitive); matches ranked by members, then name. Generated entities are matched as a range.

import type { DatasetEntity } from "./dataset/types.js";
import { mergedPage, type FacetIndex } from "./catalog.js";
import { matchesAllWords, words } from "../internal/text.js";

const nameWords = new WeakMap<FacetIndex, string[][]>();

/** The folded words of each ranked dataset entity, computed once per facet. */
function wordsOf(facet: FacetIndex): string[][] {
  let cached = nameWords.get(facet);
  if (!cached) {
    cached = facet.ranked.map((e) => words(e.name));
    nameWords.set(facet, cached);
  }
  return cached;
}

/** A page of typeahead matches and their total. `query` must hold at least one word. */
export function typeahead(
  facet: FacetIndex,
  query: string,
  start: number,
  count: number,
): { total: number; elements: DatasetEntity[] } {
  const queryWords = words(query);
  const all = wordsOf(facet);
  const matches = facet.ranked.filter((_, i) => matchesAllWords(queryWords, all[i]!));
  const range = facet.synthetic ? facet.synthetic.match(queryWords) : { lo: 0, hi: 0 };
  return mergedPage(matches, facet.synthetic, range, start, count);
}

/** A page of every entity of the facet (optionally only one entity type), ranked. */
export function browse(
  facet: FacetIndex,
  entityType: string | undefined,
  start: number,
  count: number,
): { total: number; elements: DatasetEntity[] } {
  if (entityType === undefined) {
    const range = facet.synthetic ? { lo: 0, hi: facet.synthetic.count } : { lo: 0, hi: 0 };
    return mergedPage(facet.ranked, facet.synthetic, range, start, count);
  }
  // Generated entities have no entity type.
  return mergedPage(
    facet.ranked.filter((e) => e.entityType === entityType),
    undefined,
    { lo: 0, hi: 0 },
    start,
    count,
  );
}
