// Audience sizes and breakdowns computed from the synthetic population (see mixture.ts): pure and
// deterministic, so the same request always gets the same answer.
//
// A criteria is a conjunction of clauses: every include group is an OR of values (across facets too), and
// the exclude list is one negated OR. Inside a latent cluster, values are independent, except that
// (1) a value used in several clauses is one variable, and (2) a hierarchical facet is one categorical
// variable (the member's leaf). Both are enumerated exactly, so the answer is a true probability.

import type { DatasetEntity } from "./dataset/types.js";
import { Mixture, type MixtureFacet, type MixtureInput } from "./mixture.js";

/** One targeting value: an entity URN of a facet. */
export interface CriteriaValue {
  facet: string;
  urn: string;
}

/** Targeting criteria in normal form: AND of include groups (each an OR of values), minus the exclude values. */
export interface AudienceCriteria {
  include: readonly (readonly CriteriaValue[])[];
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
 * Work allowed for one evaluation (combinations × literals × clusters). Past it, further shared variables
 * are treated as independent copies (an approximation only pathological criteria reach), so no request
 * can block the server for long.
 */
const EVALUATION_COST = 4_000_000;

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

  constructor(input: MixtureInput) {
    this.model = new Mixture(input);
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
    for (let c = 0; c < K; c++) out[c] = this.evaluateCluster(plan, c);
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
    let budget = Math.max(1, cost / (this.model.clusters * (literals + 1)));
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

  private evaluateCluster(plan: Plan, c: number): number {
    const assignedTree = new Map<string, string | undefined>();
    const assignedValue = new Map<string, boolean>();
    const literalTrue = (lit: Literal): boolean => {
      if (lit.kind === "value") return assignedValue.get(lit.key) === true;
      const atom = assignedTree.get(lit.facet);
      return atom !== undefined && lit.covers!.has(atom);
    };

    // Clauses without shared literals do not depend on the enumeration: their product factors out.
    let constant = 1;
    const dependent: { negated: boolean; none: number; shared: Literal[] }[] = [];
    for (const clause of plan.clauses) {
      let none = 1; // probability that no independent literal holds
      const shared: Literal[] = [];
      for (const lit of clause.literals) {
        if (lit.shared) shared.push(lit);
        else none *= 1 - lit.p[c]!;
      }
      if (shared.length === 0) constant *= clause.negated ? none : 1 - none;
      else dependent.push({ negated: clause.negated, none, shared });
    }
    if (constant <= 0) return 0;

    const clausesGivenAssignment = (): number => {
      let product = 1;
      for (const clause of dependent) {
        const anyShared = clause.shared.some(literalTrue);
        product *= clause.negated ? (anyShared ? 0 : clause.none) : anyShared ? 1 : 1 - clause.none;
        if (product === 0) return 0;
      }
      return product;
    };

    const enumerateValues = (i: number, weight: number): number => {
      if (weight <= 0) return 0;
      if (i === plan.shared.length) return weight * clausesGivenAssignment();
      const key = plan.shared[i]!;
      const p = plan.sharedQ[i]![c]!;
      assignedValue.set(key, true);
      const yes = enumerateValues(i + 1, weight * p);
      assignedValue.set(key, false);
      const no = enumerateValues(i + 1, weight * (1 - p));
      return yes + no;
    };
    const enumerateTrees = (i: number, weight: number): number => {
      if (weight <= 0) return 0;
      if (i === plan.trees.length) return enumerateValues(0, weight);
      const variable = plan.trees[i]!;
      let sum = 0;
      variable.atoms.forEach((atom, k) => {
        assignedTree.set(variable.facet, atom);
        sum += enumerateTrees(i + 1, weight * variable.mass[k]![c]!);
      });
      return sum;
    };
    return Math.min(1, Math.max(0, constant * enumerateTrees(0, 1)));
  }
}
