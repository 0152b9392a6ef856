// The entities the server knows: the dataset's facets plus the generated `extraEntities`, indexed for
// lookups and ranked for paging.

import type { DatasetEntity, DatasetFacet } from "./dataset/types.js";
import { SyntheticEntities, type ExtraEntities, type IndexRange } from "./synthetic.js";

/** Ranking of entities everywhere: members descending, then name, then URN (UTF-16 code-unit order). */
export function compareRank(a: DatasetEntity, b: DatasetEntity): number {
  if (a.members !== b.members) return b.members - a.members;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0;
}

/** One facet with its ranked dataset entities and, optionally, generated ones. */
export class FacetIndex {
  /** Dataset entities in rank order. */
  readonly ranked: readonly DatasetEntity[];
  private readonly byUrn = new Map<string, DatasetEntity>();

  constructor(
    readonly facet: DatasetFacet,
    readonly synthetic: SyntheticEntities | undefined,
  ) {
    for (const e of facet.entities) if (!this.byUrn.has(e.urn)) this.byUrn.set(e.urn, e);
    this.ranked = [...this.byUrn.values()].sort(compareRank);
  }

  get urn(): string {
    return this.facet.urn;
  }

  /** Dataset plus generated entities. */
  get size(): number {
    return this.ranked.length + (this.synthetic?.count ?? 0);
  }

  /** A dataset or generated entity of this facet. */
  get(urn: string): DatasetEntity | undefined {
    const hit = this.byUrn.get(urn);
    if (hit) return hit;
    const index = this.synthetic?.indexOf(urn);
    return index === undefined ? undefined : this.synthetic!.entity(index);
  }

  /** True for dataset entities only (generated ones are not part of breakdowns). */
  inDataset(urn: string): boolean {
    return this.byUrn.has(urn);
  }

  supports(finder: string): boolean {
    return (this.facet.availableEntityFinders as readonly string[]).includes(finder);
  }
}

/** Facets by name and URN, built once per server. */
export class Catalog {
  readonly facets: readonly FacetIndex[];
  private readonly byUrn = new Map<string, FacetIndex>();

  constructor(facets: readonly DatasetFacet[], extra: readonly ExtraEntities[] = []) {
    const specs = new Map<string, { spec: ExtraEntities; slot: number }>();
    extra.forEach((spec, slot) => {
      const facet = facets.find((f) => f.facetName === spec.facet || f.urn === spec.facet);
      if (!facet) throw new TypeError(`extraEntities: unknown facet ${JSON.stringify(spec.facet)}`);
      if (specs.has(facet.urn)) throw new TypeError(`extraEntities: facet ${facet.facetName} is given twice`);
      specs.set(facet.urn, { spec, slot });
    });
    this.facets = facets.map((f) => {
      const s = specs.get(f.urn);
      return new FacetIndex(f, s ? new SyntheticEntities(s.spec, f, s.slot) : undefined);
    });
    for (const f of this.facets) if (!this.byUrn.has(f.urn)) this.byUrn.set(f.urn, f);
  }

  facet(urn: string): FacetIndex | undefined {
    return this.byUrn.get(urn);
  }

  /** The first facet (dataset order) that has the URN, with the entity. */
  find(urn: string): { facet: FacetIndex; entity: DatasetEntity } | undefined {
    for (const facet of this.facets) {
      const entity = facet.get(urn);
      if (entity) return { facet, entity };
    }
    return undefined;
  }
}

/**
 * A page of the merge of `ranked` (sorted by {@link compareRank}) and generated indices `range` (already in
 * rank order), without materialising the generated side: O(log n) to find the start, then O(count).
 */
export function mergedPage(
  ranked: readonly DatasetEntity[],
  synthetic: SyntheticEntities | undefined,
  range: IndexRange,
  start: number,
  count: number,
): { total: number; elements: DatasetEntity[] } {
  const lo = synthetic ? range.lo : 0;
  const hi = synthetic ? range.hi : 0;
  const total = ranked.length + (hi - lo);
  const elements: DatasetEntity[] = [];
  if (start >= total || count <= 0) return { total, elements };
  /** Number of dataset entities ranked before generated index k. */
  const before = (k: number): number => {
    const s = synthetic!.entity(k);
    let a = 0;
    let b = ranked.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (compareRank(ranked[mid]!, s) < 0) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  // Smallest k in [lo, hi] whose merged position k - lo + before(k) is ≥ start (hi: none).
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (mid - lo + before(mid) >= start) b = mid;
    else a = mid + 1;
  }
  let k = a;
  let j = start - (k - lo);
  while (elements.length < count && (k < hi || j < ranked.length)) {
    const s = k < hi ? synthetic!.entity(k) : undefined;
    const d = ranked[j];
    if (s && (!d || compareRank(s, d) < 0)) {
      elements.push(s);
      k++;
    } else {
      elements.push(d!);
      j++;
    }
  }
  return { total, elements };
}
