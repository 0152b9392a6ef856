// The latent-class ("mixture") model behind the synthetic member population.
//
// The population is split into K latent clusters with weights w_c (Σ w_c = 1). Inside a cluster, members
// have each targeting value independently, with probability q_v[c]. Marginals are kept: Σ_c w_c q_v[c] =
// members_v / totalMembers. Correlations come from the shared clusters: the lift of two values is
// Σ_c w_c q_a[c] q_b[c] / (p_a p_b), the same for every request. Because every answer is an exact probability
// under one model, set algebra holds: AND narrows, OR widens, NOT shrinks.
//
// What shapes q_v[c] is the value's affinity per cluster: with a designed structure (MixtureStructure, built
// by population.ts from the dataset's hand-written affinity tables), the value's designed lift in each cluster
// (e.g. "Financial Analysis" in the Finance clusters) times a small seeded log-normal noise; without one, the
// seeded noise alone (σ = 0.85 over 12 clusters: pairwise lifts of roughly [0.5, 2]). A value with a `kin`
// (an employer's industry) draws most of its noise from its kin's, so values of one kin look alike (and like the
// kin itself). Affinities are normalised (Σ_c w_c a_c = 1) and q = p·a is pulled towards p just enough that no
// cluster's share passes the facet's cap (a top interest reaches about half of a cluster, not all of it).
//
// Hierarchical facets (an entity with a `parent` in the same facet, e.g. locations) are single-valued:
// a member sits in one leaf, so siblings are disjoint and a child is contained in its parent, in every
// cluster. Children get their per-cluster shares by Sinkhorn balancing (rows: children + a remainder,
// columns: clusters), which keeps Σ children ≤ parent exactly and each child's marginal.

import { hashString, unitHash } from "./hash.js";

/** An entity as the model needs it. */
export interface MixtureEntity {
  urn: string;
  members: number;
  /** URN of the containing entity in the same facet (hierarchical facets only). */
  parent?: string | undefined;
  /**
   * URN of a value whose cluster affinities this one shares in large part ({@link KIN_WEIGHT}), e.g. an
   * employer's industry: values of one kin have similar members. Non-hierarchical facets only.
   */
  kin?: string | undefined;
}

/** One facet of the population. */
export interface MixtureFacet {
  urn: string;
  entities: readonly MixtureEntity[];
}

/** How a facet's values spread over the clusters. */
export interface FacetSpread {
  /** Spread of the seeded log-normal noise multiplying the designed lifts (0: none). */
  sigma: number;
  /** The highest share of a cluster a value may reach (values more common than this are flat). */
  cap: number;
}

/**
 * A designed cluster structure: what the clusters are (their sizes) and how common each value is in each of them.
 * Without one, clusters are anonymous and affinities random (seeded).
 */
export interface MixtureStructure {
  /** Relative cluster sizes (normalised by the model); their number is the number of clusters. */
  weights: readonly number[];
  /**
   * A value's designed lift in each cluster (relative: only ratios between clusters matter; 1 everywhere = flat),
   * or undefined for a flat value. Length: the number of clusters.
   */
  lift(facetUrn: string, urn: string): ArrayLike<number> | undefined;
  /** How the facet's values spread (noise and cap). */
  spread(facetUrn: string): FacetSpread;
}

export interface MixtureInput {
  totalMembers: number;
  facets: readonly MixtureFacet[];
  /** Entities generated on the fly (never hierarchical); looked up when not in `facets`. */
  extraEntity?: ((facetUrn: string, urn: string) => { members: number } | undefined) | undefined;
  seed?: number | undefined;
  /** Number of anonymous clusters when there is no `structure` (default 12). */
  clusters?: number | undefined;
  /** Designed clusters (see {@link MixtureStructure}); overrides `clusters`. */
  structure?: MixtureStructure | undefined;
}

/** Spread of the log-affinities without a structure: σ = 0.85 gives pairwise lifts of roughly [0.5, 2]. */
const SIGMA = 0.85;
const UNSTRUCTURED: FacetSpread = { sigma: SIGMA, cap: 1 };
/**
 * Correlation of a value's log-affinities with its kin's: two values of one kin correlate at about 0.81, so
 * they are each other's most similar values, while keeping some of their own.
 */
export const KIN_WEIGHT = 0.9;
const SINKHORN_ROUNDS = 60;
const NO_ANCESTORS: readonly string[] = Object.freeze([]);
const CACHE_LIMIT = 200_000;

interface TreeNode {
  urn: string;
  /** Members after making children fit inside their parent. */
  members: number;
  parent: string | undefined;
  children: string[];
  /** Strict ancestors, nearest first (computed on first use). */
  ancestors?: readonly string[];
}

interface FacetModel {
  urn: string;
  /** Entities by URN, dataset order, first occurrence wins. */
  entities: Map<string, MixtureEntity>;
  /** Present for hierarchical facets only. */
  tree: Map<string, TreeNode> | undefined;
  roots: string[];
}

export class Mixture {
  readonly clusters: number;
  readonly weights: Float64Array;
  readonly totalMembers: number;
  private readonly seed: number;
  private readonly facets = new Map<string, FacetModel>();
  private readonly extraEntity: MixtureInput["extraEntity"];
  private readonly structure: MixtureStructure | undefined;
  /** q of non-hierarchical values (may include on-the-fly entities): bounded, cleared when full. */
  private readonly cache = new Map<string, Float64Array>();
  /** q of hierarchical values: bounded by the dataset, never cleared. */
  private readonly treeCache = new Map<string, Float64Array>();

  constructor(input: MixtureInput) {
    if (!(input.totalMembers > 0)) throw new RangeError("totalMembers must be positive");
    this.totalMembers = input.totalMembers;
    this.seed = input.seed ?? 0x5eed;
    this.structure = input.structure;
    this.clusters = this.structure?.weights.length ?? input.clusters ?? 12;
    if (!(this.clusters >= 1)) throw new RangeError("a mixture needs at least one cluster");
    this.extraEntity = input.extraEntity;
    const raw = this.structure
      ? this.structure.weights.map((w) => Math.max(0, w))
      : Array.from({ length: this.clusters }, (_, c) => 0.5 + unitHash(`cluster:${c}`, this.seed));
    const sum = raw.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) throw new RangeError("cluster weights must add up to a positive number");
    this.weights = Float64Array.from(raw, (w) => w / sum);
    for (const facet of input.facets) this.facets.set(facet.urn, buildFacet(facet, this.totalMembers));
  }

  /** True when entities of the facet nest (parents contain children; a member has one leaf). */
  isHierarchical(facetUrn: string): boolean {
    return this.facets.get(facetUrn)?.tree !== undefined;
  }

  /** The entity's members as the model uses them (children fitted into parents), or undefined. */
  members(facetUrn: string, urn: string): number | undefined {
    const model = this.facets.get(facetUrn);
    const node = model?.tree?.get(urn);
    if (node) return node.members;
    return model?.entities.get(urn)?.members ?? this.extraEntity?.(facetUrn, urn)?.members;
  }

  /** Strict ancestors of `urn` in a hierarchical facet, nearest first (empty elsewhere). Shared: do not modify. */
  ancestors(facetUrn: string, urn: string): readonly string[] {
    const node = this.facets.get(facetUrn)?.tree?.get(urn);
    if (!node) return NO_ANCESTORS;
    if (node.ancestors) return node.ancestors;
    const tree = this.facets.get(facetUrn)!.tree!;
    const chain: string[] = [];
    let parent = node.parent;
    while (parent !== undefined && chain.length < 64) {
      chain.push(parent);
      parent = tree.get(parent)?.parent;
    }
    node.ancestors = Object.freeze(chain);
    return node.ancestors;
  }

  /** Per-cluster probability that a member has the value; undefined for an unknown value. */
  q(facetUrn: string, urn: string): Float64Array | undefined {
    const key = `${facetUrn}|${urn}`;
    const model = this.facets.get(facetUrn);
    if (model?.tree?.has(urn)) {
      if (!this.treeCache.has(key)) this.fillChildren(model, model.tree.get(urn)!.parent);
      return this.treeCache.get(key);
    }
    const hit = this.cache.get(key);
    if (hit) return hit;
    const members = this.members(facetUrn, urn);
    if (members === undefined) return undefined;
    const kin = model?.entities.get(urn)?.kin;
    return this.remember(key, this.independent(facetUrn, urn, members / this.totalMembers, kin));
  }

  private remember(key: string, value: Float64Array): Float64Array {
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, value);
    return value;
  }

  /** A seeded ≈ N(0, 1) draw for `key` in cluster c, bounded to [-3, 3]. */
  private normal(key: string, c: number): number {
    const h = hashString(`${key}#${c}`, this.seed);
    const u = [(h & 0x3ff) / 1024, ((h >>> 10) & 0x3ff) / 1024, ((h >>> 20) & 0x3ff) / 1024];
    return (u[0]! + u[1]! + u[2]! - 1.5) * 2;
  }

  private spread(facetUrn: string): FacetSpread {
    return this.structure?.spread(facetUrn) ?? UNSTRUCTURED;
  }

  /**
   * Affinities: the designed lift (1 without a structure) times log-normal noise, normalised so that
   * Σ_c w_c a_c = 1. With a kin, the noise mixes the kin's draw and the value's own (unit variance either way, so
   * lifts keep their range).
   */
  private affinities(facetUrn: string, urn: string, kin?: string): Float64Array {
    const a = new Float64Array(this.clusters);
    const lift = this.structure?.lift(facetUrn, urn);
    const { sigma } = this.spread(facetUrn);
    const own = kin === undefined ? 1 : Math.sqrt(1 - KIN_WEIGHT * KIN_WEIGHT);
    let mean = 0;
    for (let c = 0; c < this.clusters; c++) {
      let z = 0;
      if (sigma > 0) {
        z = own * this.normal(urn, c);
        if (kin !== undefined) z += KIN_WEIGHT * this.normal(kin, c);
      }
      a[c] = Math.max(0, lift?.[c] ?? 1) * Math.exp(sigma * z);
      mean += this.weights[c]! * a[c]!;
    }
    if (!(mean > 0)) return a.fill(1);
    for (let c = 0; c < this.clusters; c++) a[c] = a[c]! / mean;
    return a;
  }

  /** A value of a non-hierarchical facet: q = p·a, pulled towards p just enough to keep q ≤ the facet's cap. */
  private independent(facetUrn: string, urn: string, p: number, kin?: string): Float64Array {
    const a = this.affinities(facetUrn, urn, kin);
    const cap = Math.min(1, this.spread(facetUrn).cap);
    const max = Math.max(...a);
    const t = p <= 0 || max <= 1 ? 1 : p >= cap ? 0 : Math.min(1, (cap - p) / (p * (max - 1)));
    return a.map((x) => Math.min(1, Math.max(0, p * (1 + t * (x - 1)))));
  }

  /** Computes and caches q for every child of `parentUrn` (undefined: the roots) by Sinkhorn balancing. */
  private fillChildren(model: FacetModel, parentUrn: string | undefined): void {
    const tree = model.tree!;
    const parent = parentUrn === undefined ? undefined : tree.get(parentUrn);
    const parentQ = parent ? this.q(model.urn, parent.urn)! : new Float64Array(this.clusters).fill(1);
    const parentP = parent ? parent.members / this.totalMembers : 1;
    const children = parent ? parent.children : model.roots;
    const rows = children.map((urn) => tree.get(urn)!.members / this.totalMembers);
    const rest = Math.max(0, parentP - rows.reduce((a, b) => a + b, 0));
    rows.push(rest);
    const K = this.clusters;
    const x = rows.map((p, r) => {
      const a = r < children.length ? this.affinities(model.urn, children[r]!) : new Float64Array(K).fill(1);
      for (let c = 0; c < K; c++) a[c] = this.weights[c]! * p * a[c]!;
      return a;
    });
    const colTarget = Float64Array.from(parentQ, (q, c) => this.weights[c]! * q);
    // Plain loops (this runs once per parent, for every cluster of every child: the first place breakdown pays it).
    for (let round = 0; round < SINKHORN_ROUNDS; round++) {
      for (let r = 0; r < x.length; r++) {
        const row = x[r]!;
        let sum = 0;
        for (let c = 0; c < K; c++) sum += row[c]!;
        if (sum > 0) for (let c = 0; c < K; c++) row[c] = (row[c]! * rows[r]!) / sum;
      }
      for (let c = 0; c < K; c++) {
        let sum = 0;
        for (let r = 0; r < x.length; r++) sum += x[r]![c]!;
        if (sum > 0) for (let r = 0; r < x.length; r++) x[r]![c] = (x[r]![c]! * colTarget[c]!) / sum;
      }
    }
    children.forEach((urn, r) => {
      const q = Float64Array.from(x[r]!, (v, c) => Math.min(1, v / this.weights[c]!));
      this.treeCache.set(`${model.urn}|${urn}`, q);
    });
  }
}

/** Indexes a facet; for a hierarchical one, fits children into parents (scaling them down when they overflow). */
function buildFacet(facet: MixtureFacet, totalMembers: number): FacetModel {
  const entities = new Map<string, MixtureEntity>();
  for (const e of facet.entities) if (!entities.has(e.urn)) entities.set(e.urn, e);
  const hierarchical = [...entities.values()].some((e) => e.parent !== undefined && entities.has(e.parent));
  if (!hierarchical) return { urn: facet.urn, entities, tree: undefined, roots: [] };

  const tree = new Map<string, TreeNode>();
  for (const e of entities.values()) {
    const parent = e.parent !== undefined && entities.has(e.parent) && e.parent !== e.urn ? e.parent : undefined;
    tree.set(e.urn, { urn: e.urn, members: Math.max(0, e.members), parent, children: [] });
  }
  // Break cycles: a node whose parent chain comes back to it becomes a root.
  for (const node of tree.values()) {
    const seen = new Set<string>([node.urn]);
    let p = node.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        node.parent = undefined;
        break;
      }
      seen.add(p);
      p = tree.get(p)?.parent;
    }
  }
  const roots: string[] = [];
  for (const node of tree.values()) {
    if (node.parent === undefined) roots.push(node.urn);
    else tree.get(node.parent)!.children.push(node.urn);
  }
  // Top-down: children never hold more members than their parent (roots never more than everybody).
  const fit = (capacity: number, urns: readonly string[]): void => {
    const sum = urns.reduce((a, u) => a + tree.get(u)!.members, 0);
    const scale = sum > capacity ? capacity / sum : 1;
    for (const u of urns) {
      const node = tree.get(u)!;
      node.members *= scale;
      fit(node.members, node.children);
    }
  };
  fit(totalMembers, roots);
  return { urn: facet.urn, entities, tree, roots };
}
