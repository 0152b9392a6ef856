// Audience sizes and breakdowns computed from the synthetic population (see mixture.ts): pure and
// deterministic, so the same request always gets the same answer.
//
// The population's clusters are designed (jobFunctionStructure below): two per job function (its individual
// contributors and its leaders), one of students and one of members who list no function, each leaning towards
// the industries, skills, interests, titles, degrees, seniorities … that the dataset's affinity tables
// (dataset/affinities.ts) relate to it. So a Finance persona over-indexes on financial services, financial
// analysis and corporate finance, while common values (Communication, Technology) stay common everywhere.
//
// A criteria is a conjunction of clauses: every include group is an OR of values (across facets too), and
// the exclude list is one negated OR. Inside a latent cluster, values are independent, except that
// (1) a value used in several clauses is one variable, and (2) a hierarchical facet is one categorical
// variable (the member's leaf). Both are enumerated exactly, so the answer is a true probability.

import {
  CAREER_STAGE_AFFINITIES,
  FUNCTION_AFFINITIES,
  isLeaderTitle,
  parseAffinities,
  type AffinityBlock,
} from "./dataset/affinities.js";
import { facetByName, TOTAL_MEMBERS } from "./dataset/facets.js";
import type { DatasetEntity } from "./dataset/types.js";
import { Mixture, type FacetSpread, type MixtureFacet, type MixtureInput, type MixtureStructure } from "./mixture.js";

/** One targeting value: an entity URN of a facet. */
export interface CriteriaValue {
  /** The facet URN, e.g. `"urn:li:adTargetingFacet:locations"`. */
  facet: string;
  /** The entity URN, e.g. `"urn:li:geo:103644278"`. */
  urn: string;
}

/** Targeting criteria in normal form: AND of include groups (each an OR of values), minus the exclude values. */
export interface AudienceCriteria {
  /** The include groups, AND'ed; a member matches a group with any of its values. */
  include: readonly (readonly CriteriaValue[])[];
  /** Values that remove a member matching any of them; none when absent. */
  exclude?: readonly CriteriaValue[] | undefined;
}

/** A breakdown segment before rounding. */
export interface RawSegment {
  urn: string;
  members: number;
}

/**
 * The population model's facets for dataset facets: entities as they are, an employer's industry as its kin
 * (so a company's members look like its industry's, and companies of one industry like each other).
 */
export function populationFacets(
  facets: readonly { urn: string; entities: readonly DatasetEntity[] }[],
): MixtureFacet[] {
  return facets.map(({ urn, entities }) => ({
    urn,
    entities: entities.some((e) => e.industry !== undefined)
      ? entities.map((e) => ({ urn: e.urn, members: e.members, parent: e.parent, kin: e.industry }))
      : entities,
  }));
}

/** Audiences below this many members are reported as 0 (LinkedIn's minimum audience). */
export const MIN_AUDIENCE = 300;

/**
 * How the server reports member counts: below {@link MIN_AUDIENCE} → 0, otherwise rounded to two
 * significant digits (5,523,411 → 5,500,000; 347 → 350). Monotone: a ≤ b implies round(a) ≤ round(b).
 */
export function roundAudience(members: number): number {
  if (!(members >= MIN_AUDIENCE)) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(members)) - 1);
  return Math.round(members / unit) * unit;
}

/**
 * Enumeration allowed for one evaluation, in combinations × literals (each combination is then evaluated in every
 * cluster, so the work is this × clusters). Past it, further shared variables are treated as independent copies
 * (an approximation only pathological criteria reach), so no request can block the server for long. Counted per
 * combination rather than per cluster so that more clusters do not make the approximation come sooner.
 */
const EVALUATION_COST = 333_333;

/** One literal of a clause; `p` is its probability in each cluster (when independent). */
type Literal =
  | { kind: "value"; facet: string; urn: string; key: string; shared: boolean; p: Float64Array }
  | { kind: "tree"; facet: string; set: string[]; shared: boolean; p: Float64Array; covers?: Set<string> };

interface Clause {
  negated: boolean;
  literals: Literal[];
}

/** A shared hierarchical facet: its atoms (a mentioned node minus mentioned descendants, or "elsewhere"). */
interface TreeVariable {
  facet: string;
  /** Atom nodes; `undefined` is "none of the mentioned nodes". */
  atoms: (string | undefined)[];
  /** For each atom: its probability in each cluster. */
  mass: Float64Array[];
}

interface Plan {
  clauses: Clause[];
  shared: string[];
  /** For each shared value: its probability in each cluster. */
  sharedQ: Float64Array[];
  trees: TreeVariable[];
}

export class Population {
  readonly model: Mixture;

  /** `input.structure` defaults to {@link jobFunctionStructure} (the dataset's job-function clusters). */
  constructor(input: MixtureInput) {
    this.model = new Mixture({ ...input, structure: input.structure ?? jobFunctionStructure() });
  }

  /** Whether the population knows the value (dataset or on-the-fly entity). */
  has(facet: string, urn: string): boolean {
    return this.model.members(facet, urn) !== undefined;
  }

  /** Expected number of members matching the criteria, unrounded. */
  audience(criteria: AudienceCriteria, cost = EVALUATION_COST): number {
    const perCluster = this.evaluate(criteria, cost);
    let p = 0;
    perCluster.forEach((v, c) => (p += this.model.weights[c]! * v));
    return Math.min(1, Math.max(0, p)) * this.model.totalMembers;
  }

  /**
   * For each candidate value of `facet`: the expected members matching the criteria AND that value.
   * Unrounded, in candidate order.
   */
  breakdown(criteria: AudienceCriteria, facet: string, candidates: readonly string[]): RawSegment[] {
    const mentioned = new Set<string>();
    for (const v of [...criteria.include.flat(), ...(criteria.exclude ?? [])]) {
      if (v.facet === facet) mentioned.add(v.urn);
    }
    const dependent = mentioned.size > 0 && this.model.isHierarchical(facet);
    const base = dependent ? undefined : this.evaluate(criteria, EVALUATION_COST);
    const each = EVALUATION_COST / Math.max(1, dependent ? candidates.length : mentioned.size);
    return candidates.map((urn) => {
      if (base === undefined || mentioned.has(urn)) {
        return { urn, members: this.audience({ ...criteria, include: [...criteria.include, [{ facet, urn }]] }, each) };
      }
      const q = this.model.q(facet, urn);
      let p = 0;
      if (q) base.forEach((v, c) => (p += this.model.weights[c]! * v * q[c]!));
      return { urn, members: Math.min(1, p) * this.model.totalMembers };
    });
  }

  /** P(criteria | cluster) for every cluster. */
  private evaluate(criteria: AudienceCriteria, cost: number): Float64Array {
    const plan = this.plan(criteria, cost);
    const K = this.model.clusters;
    const out = new Float64Array(K);
    if (plan.clauses.length === 0) return out.fill(1);
    const table = enumerate(plan);
    for (let c = 0; c < K; c++) out[c] = clusterProbability(plan, table, c);
    return out;
  }

  private plan(criteria: AudienceCriteria, cost: number): Plan {
    const clauses: Clause[] = criteria.include.map((group) => ({ negated: false, literals: this.literals(group) }));
    if (criteria.exclude && criteria.exclude.length > 0) {
      clauses.push({ negated: true, literals: this.literals(criteria.exclude) });
    }
    // Variables used by more than one clause are enumerated; the rest are independent inside a cluster.
    const valueUses = new Map<string, number>();
    const treeUses = new Map<string, number>();
    for (const clause of clauses) {
      for (const lit of clause.literals) {
        if (lit.kind === "value") valueUses.set(lit.key, (valueUses.get(lit.key) ?? 0) + 1);
        else treeUses.set(lit.facet, (treeUses.get(lit.facet) ?? 0) + 1);
      }
    }
    const literals = clauses.reduce((n, c) => n + c.literals.length, 0);
    let budget = Math.max(1, cost / (literals + 1));
    const trees: TreeVariable[] = [];
    for (const [facet, uses] of treeUses) {
      if (uses < 2) continue;
      const variable = this.treeVariable(facet, clauses);
      if (budget / variable.atoms.length < 1) continue;
      budget /= variable.atoms.length;
      trees.push(variable);
    }
    const shared: string[] = [];
    for (const [key, uses] of valueUses) {
      if (uses < 2 || budget < 2) continue;
      budget /= 2;
      shared.push(key);
    }
    const sharedTrees = new Map(trees.map((t) => [t.facet, t]));
    const sharedValues = new Set(shared);
    for (const clause of clauses) {
      for (const lit of clause.literals) {
        if (lit.kind === "value") {
          lit.shared = sharedValues.has(lit.key);
          continue;
        }
        const variable = sharedTrees.get(lit.facet);
        lit.shared = variable !== undefined;
        if (!variable) continue;
        // The atoms inside this literal's set: those with the set's value as ancestor-or-self.
        const set = new Set(lit.set);
        lit.covers = new Set(
          variable.atoms.filter(
            (a): a is string =>
              a !== undefined && (set.has(a) || this.model.ancestors(lit.facet, a).some((u) => set.has(u))),
          ),
        );
      }
    }
    const sharedQ = shared.map((key) => {
      const sep = key.indexOf("|");
      return this.qOf(key.slice(0, sep), key.slice(sep + 1));
    });
    return { clauses, shared, sharedQ, trees };
  }

  /** A group's literals: one per value, except one per hierarchical facet (its maximal values). */
  private literals(group: readonly CriteriaValue[]): Literal[] {
    const out: Literal[] = [];
    const trees = new Map<string, Set<string>>();
    const seen = new Set<string>();
    for (const { facet, urn } of group) {
      const key = `${facet}|${urn}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (this.model.isHierarchical(facet)) {
        const set = trees.get(facet) ?? new Set<string>();
        set.add(urn);
        trees.set(facet, set);
      } else out.push({ kind: "value", facet, urn, key, shared: false, p: this.qOf(facet, urn) });
    }
    for (const [facet, set] of trees) {
      // A value inside another selected value of the same facet adds nothing.
      const maximal = [...set].filter((u) => !this.model.ancestors(facet, u).some((a) => set.has(a)));
      const p = new Float64Array(this.model.clusters);
      for (const u of maximal) this.qOf(facet, u).forEach((v, c) => (p[c] = Math.min(1, p[c]! + v)));
      out.push({ kind: "tree", facet, set: maximal, shared: false, p });
    }
    return out;
  }

  private treeVariable(facet: string, clauses: readonly Clause[]): TreeVariable {
    const mentioned = new Set<string>();
    for (const clause of clauses) {
      for (const lit of clause.literals)
        if (lit.kind === "tree" && lit.facet === facet) lit.set.forEach((u) => mentioned.add(u));
    }
    const nearestMentionedAncestor = (u: string): string | undefined =>
      this.model.ancestors(facet, u).find((a) => mentioned.has(a));
    const atoms: (string | undefined)[] = [...mentioned, undefined];
    const mass = atoms.map((atom) => {
      // An atom is its node minus the maximal mentioned nodes below it ("elsewhere": minus the top ones).
      const minus = [...mentioned].filter((u) => u !== atom && nearestMentionedAncestor(u) === atom);
      const m =
        atom === undefined ? new Float64Array(this.model.clusters).fill(1) : Float64Array.from(this.qOf(facet, atom));
      for (const u of minus) this.qOf(facet, u).forEach((v, c) => (m[c] = m[c]! - v));
      return m.map((v) => Math.max(0, v));
    });
    return { facet, atoms, mass };
  }

  /** Per-cluster probabilities of a value (zeros for an unknown one). */
  private qOf(facet: string, urn: string): Float64Array {
    return this.model.q(facet, urn) ?? new Float64Array(this.model.clusters);
  }
}

/**
 * The enumeration of a plan, done once for all clusters (what holds does not depend on the cluster, only how likely
 * it is): every assignment of the shared variables (tree atoms, then shared values true before false) and, for each
 * clause with shared literals, whether one of them holds.
 */
interface Enumeration {
  count: number;
  /** Indices (into plan.clauses) of the clauses with shared literals. */
  dependent: number[];
  /** Assignment a, tree variable t: the index of its atom, at atoms[a × trees + t]. */
  atoms: Uint32Array;
  /** Assignment a, shared value v: 1 when the value holds, at values[a × shared + v]. */
  values: Uint8Array;
  /** Assignment a, dependent clause d: 1 when one of its shared literals holds, at holds[a × dependent + d]. */
  holds: Uint8Array;
}

function enumerate(plan: Plan): Enumeration {
  const T = plan.trees.length;
  const S = plan.shared.length;
  const dependent: number[] = [];
  plan.clauses.forEach((clause, i) => {
    if (clause.literals.some((lit) => lit.shared)) dependent.push(i);
  });
  const D = dependent.length;
  let count = 2 ** S;
  for (const variable of plan.trees) count *= variable.atoms.length;
  const atoms = new Uint32Array(count * T);
  const values = new Uint8Array(count * S);
  const holds = new Uint8Array(count * D);
  const treeIndex = new Map(plan.trees.map((variable, t) => [variable.facet, t]));
  const valueIndex = new Map(plan.shared.map((key, v) => [key, v]));
  // Mixed radix: tree atoms vary slowest, then each shared value (true first).
  const digits = [...plan.trees.map((variable) => variable.atoms.length), ...plan.shared.map(() => 2)];
  const current = new Array<number>(digits.length).fill(0);
  for (let a = 0; a < count; a++) {
    for (let t = 0; t < T; t++) atoms[a * T + t] = current[t]!;
    for (let v = 0; v < S; v++) values[a * S + v] = current[T + v] === 0 ? 1 : 0;
    dependent.forEach((clauseIndex, d) => {
      const holdsOne = plan.clauses[clauseIndex]!.literals.some((lit) => {
        if (!lit.shared) return false;
        if (lit.kind === "value") return values[a * S + valueIndex.get(lit.key)!] === 1;
        const t = treeIndex.get(lit.facet)!;
        const atom = plan.trees[t]!.atoms[atoms[a * T + t]!];
        return atom !== undefined && lit.covers!.has(atom);
      });
      holds[a * D + d] = holdsOne ? 1 : 0;
    });
    for (let i = digits.length - 1; i >= 0; i--) {
      if (++current[i]! < digits[i]!) break;
      current[i] = 0;
    }
  }
  return { count, dependent, atoms, values, holds };
}

/** P(every clause | cluster c): independent literals multiply out; shared ones are summed over the enumeration. */
function clusterProbability(plan: Plan, table: Enumeration, c: number): number {
  const T = plan.trees.length;
  const S = plan.shared.length;
  const D = table.dependent.length;
  // Clauses without shared literals do not depend on the enumeration: their product factors out.
  let constant = 1;
  const none = new Float64Array(D); // per dependent clause: probability that no independent literal holds
  const negated = new Uint8Array(D);
  let d = 0;
  for (const clause of plan.clauses) {
    let nothing = 1;
    let shared = false;
    for (const lit of clause.literals) {
      if (lit.shared) shared = true;
      else nothing *= 1 - lit.p[c]!;
    }
    if (!shared) constant *= clause.negated ? nothing : 1 - nothing;
    else {
      none[d] = nothing;
      negated[d++] = clause.negated ? 1 : 0;
    }
  }
  if (constant <= 0) return 0;
  let sum = 0;
  for (let a = 0; a < table.count; a++) {
    let weight = 1;
    for (let t = 0; t < T && weight > 0; t++) weight *= plan.trees[t]!.mass[table.atoms[a * T + t]!]![c]!;
    for (let v = 0; v < S && weight > 0; v++) {
      const p = plan.sharedQ[v]![c]!;
      weight *= table.values[a * S + v] === 1 ? p : 1 - p;
    }
    if (!(weight > 0)) continue;
    let product = 1;
    for (let k = 0; k < D && product !== 0; k++) {
      const holds = table.holds[a * D + k] === 1;
      product *= negated[k] === 1 ? (holds ? 0 : none[k]!) : holds ? 1 : 1 - none[k]!;
    }
    sum += weight * product;
  }
  return Math.min(1, Math.max(0, constant * sum));
}

// ---------------------------------------------------------------------------------------------------------------
// The designed clusters.

/** Share of a function's clusters that has the function; the rest of its members sit in other clusters. */
const FUNCTION_HELD = 0.9;
/** A member of another cluster has a given function with probability LEAK × the function's overall share. */
const FUNCTION_LEAK = 0.05;
/** Students: members who list no function yet (weight of their cluster). */
const STUDENTS_WEIGHT = 0.09;
/**
 * Lift of the first value of a function's list, per facet: 1 + STRENGTH, falling with the place in the list
 * (1 + STRENGTH / (1 + place / 6)). Titles and industries belong to few functions; interests are broad.
 */
const STRENGTH: Readonly<Record<string, number>> = {
  industries: 12,
  skills: 8,
  interests: 4,
  titles: 30,
  fieldsOfStudy: 5,
  degrees: 2,
  groups: 8,
};
const DEFAULT_STRENGTH = 3;
/** A title is held in its career stage's cluster: elsewhere it is this much rarer (individual contributors, leaders). */
const LEADER_TITLE_IN_IC = 0.12;
const IC_TITLE_IN_LEADERS = 0.25;
/** Students and members without a function rarely hold a title or a seniority. */
const NO_POSITION: Readonly<Record<string, { students: number; others: number }>> = {
  titles: { students: 0.1, others: 0.2 },
  seniorities: { students: 1, others: 0.5 },
};
/** Noise and cap per facet (see FacetSpread). */
const SPREADS: Readonly<Record<string, FacetSpread>> = {
  jobFunctions: { sigma: 0, cap: 0.95 },
  seniorities: { sigma: 0.1, cap: 0.9 },
  industries: { sigma: 0.25, cap: 0.5 },
  employers: { sigma: 0.35, cap: 0.5 },
  employersPast: { sigma: 0.35, cap: 0.5 },
  skills: { sigma: 0.15, cap: 0.6 },
  interests: { sigma: 0.15, cap: 0.6 },
  titles: { sigma: 0.25, cap: 0.5 },
  degrees: { sigma: 0.2, cap: 0.8 },
  fieldsOfStudy: { sigma: 0.2, cap: 0.6 },
  locations: { sigma: 0.3, cap: 1 },
  profileLocations: { sigma: 0.3, cap: 1 },
  ageRanges: { sigma: 0.1, cap: 0.95 },
  genders: { sigma: 0.1, cap: 0.95 },
  yearsOfExperienceRanges: { sigma: 0.1, cap: 0.95 },
  staffCountRanges: { sigma: 0.15, cap: 0.9 },
  memberBehaviors: { sigma: 0.2, cap: 0.9 },
  groups: { sigma: 0.4, cap: 0.5 },
  schools: { sigma: 0.4, cap: 0.5 },
};
const DEFAULT_SPREAD: FacetSpread = { sigma: 0.3, cap: 1 };
const FACET_PREFIX = "urn:li:adTargetingFacet:";

/** One designed cluster: a job function's individual contributors or leaders, students, or everyone else. */
export interface ClusterInfo {
  name: string;
  weight: number;
  /** The job function's URN (function clusters only). */
  jobFunction?: string;
  stage: "individual contributors" | "leaders" | "students" | "others";
}

let designed: (MixtureStructure & { clusters: readonly ClusterInfo[] }) | undefined;

/**
 * The population's designed clusters, from the dataset's affinity tables (dataset/affinities.ts): for each job
 * function F, a cluster of its individual contributors and one of its leaders (sizes: F's members over
 * FUNCTION_HELD, split by the table's leader share), then students and everyone else. A value's lift in F's
 * clusters is 1 + STRENGTH / (1 + place / 6) for its place in F's list (or the factor written after it), times
 * its career stage's factors; a function is held by FUNCTION_HELD of its clusters' members and by
 * FUNCTION_LEAK × its share elsewhere. Employers take their industry's lifts. Built once (the dataset is fixed);
 * throws when a table names a value the dataset lacks.
 */
export function jobFunctionStructure(): MixtureStructure & { clusters: readonly ClusterInfo[] } {
  designed ??= buildStructure();
  return designed;
}

function buildStructure(): MixtureStructure & { clusters: readonly ClusterInfo[] } {
  const functionFacet = mustFacet("jobFunctions");
  const blocks = new Map(parseAffinities(FUNCTION_AFFINITIES).map((b) => [b.name, b]));
  const stages = new Map(parseAffinities(CAREER_STAGE_AFFINITIES).map((b) => [b.name, b]));
  for (const name of blocks.keys()) {
    if (!functionFacet.entities.some((e) => e.name === name)) throw new Error(`affinities: no job function "${name}"`);
  }

  const clusters: ClusterInfo[] = [];
  for (const f of functionFacet.entities) {
    const block = blocks.get(f.name);
    const leaders = Math.min(0.95, Math.max(0.05, block?.leaders ?? 0.3));
    const p = f.members / TOTAL_MEMBERS;
    const weight = (p * (1 - FUNCTION_LEAK)) / (FUNCTION_HELD - FUNCTION_LEAK * p);
    clusters.push({
      name: `${f.name}: individual contributors`,
      weight: weight * (1 - leaders),
      jobFunction: f.urn,
      stage: "individual contributors",
    });
    clusters.push({ name: `${f.name}: leaders`, weight: weight * leaders, jobFunction: f.urn, stage: "leaders" });
  }
  clusters.push({ name: "students", weight: STUDENTS_WEIGHT, stage: "students" });
  const taken = clusters.reduce((sum, c) => sum + c.weight, 0);
  if (!(taken < 1)) throw new Error("affinities: job functions and students leave no room for other members");
  clusters.push({ name: "others", weight: 1 - taken, stage: "others" });
  const K = clusters.length;

  // lifts[facetName][urn][cluster], 1 until a table says otherwise.
  const lifts = new Map<string, Map<string, Float64Array>>();
  const liftOf = (facetName: string, urn: string): Float64Array => {
    let byUrn = lifts.get(facetName);
    if (!byUrn) lifts.set(facetName, (byUrn = new Map()));
    let lift = byUrn.get(urn);
    if (!lift) byUrn.set(urn, (lift = new Float64Array(K).fill(1)));
    return lift;
  };
  const apply = (block: AffinityBlock, inClusters: (c: ClusterInfo) => boolean, positional: boolean): void => {
    for (const [facetName, values] of block.facets) {
      const facet = mustFacet(facetName);
      const strength = Object.hasOwn(STRENGTH, facetName) ? STRENGTH[facetName]! : DEFAULT_STRENGTH;
      values.forEach((value, place) => {
        const entity = facet.entities.find((e) => e.name === value.name);
        if (!entity) throw new Error(`affinities: "${block.name}" names "${value.name}", not in ${facetName}`);
        const factor = value.factor ?? (positional ? 1 + strength / (1 + place / 6) : 1);
        const lift = liftOf(facetName, entity.urn);
        clusters.forEach((c, k) => {
          if (inClusters(c)) lift[k] = lift[k]! * factor;
        });
      });
    }
  };

  // The function itself: held by FUNCTION_HELD of its clusters, FUNCTION_LEAK × its share elsewhere.
  for (const f of functionFacet.entities) {
    const p = f.members / TOTAL_MEMBERS;
    const lift = liftOf("jobFunctions", f.urn);
    clusters.forEach((c, k) => (lift[k] = c.jobFunction === f.urn ? FUNCTION_HELD / p : FUNCTION_LEAK));
  }
  for (const f of functionFacet.entities) {
    const block = blocks.get(f.name);
    if (block) apply(block, (c) => c.jobFunction === f.urn, true);
  }
  for (const [name, block] of stages) {
    if (!["individual contributors", "leaders", "students"].includes(name)) {
      throw new Error(`affinities: unknown career stage "${name}"`);
    }
    apply(block, (c) => c.stage === name, false);
  }
  // Titles sit in their career stage; students and members without a function rarely hold a title or a seniority.
  for (const title of mustFacet("titles").entities) {
    const lift = liftOf("titles", title.urn);
    const leader = isLeaderTitle(title.name);
    clusters.forEach((c, k) => {
      if (c.stage === (leader ? "individual contributors" : "leaders")) {
        lift[k] = lift[k]! * (leader ? LEADER_TITLE_IN_IC : IC_TITLE_IN_LEADERS);
      }
    });
  }
  for (const [facetName, damp] of Object.entries(NO_POSITION)) {
    for (const e of mustFacet(facetName).entities) {
      const lift = liftOf(facetName, e.urn);
      clusters.forEach((c, k) => {
        if (c.stage === "students") lift[k] = lift[k]! * damp.students;
        if (c.stage === "others") lift[k] = lift[k]! * damp.others;
      });
    }
  }
  // Employers (current and past) look like their industry.
  const industries = lifts.get("industries");
  for (const e of mustFacet("employers").entities) {
    const lift = e.industry === undefined ? undefined : industries?.get(e.industry);
    if (lift) {
      liftOf("employers", e.urn).set(lift);
      liftOf("employersPast", e.urn).set(lift);
    }
  }

  return {
    clusters,
    weights: clusters.map((c) => c.weight),
    lift: (facetUrn, urn) =>
      facetUrn.startsWith(FACET_PREFIX) ? lifts.get(facetUrn.slice(FACET_PREFIX.length))?.get(urn) : undefined,
    spread: (facetUrn) => {
      const name = facetUrn.startsWith(FACET_PREFIX) ? facetUrn.slice(FACET_PREFIX.length) : "";
      return Object.hasOwn(SPREADS, name) ? SPREADS[name]! : DEFAULT_SPREAD;
    },
  };
}

function mustFacet(name: string): { entities: readonly DatasetEntity[] } {
  const facet = facetByName(name);
  if (!facet) throw new Error(`affinities: no facet "${name}"`);
  return facet;
}
