/**
 * LinkedIn's rules on which facets may not be AND'ed (put in different include groups), in LinkedIn's words.
 * One home for them: the SDK's validation reports them before any request, and the embedded test server answers
 * 400 for them, as LinkedIn does.
 *
 * Source: https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-facet-urns
 * (the job-titles rule is quoted from that page by several independent integrations; see spec/LINKEDIN-FACTS.md).
 */
import { Facet, type FacetName } from "./facets.js";

/** One rule: no facet of `a` may be AND'ed with a facet of `b`. */
export interface CombinationRule {
  /** LinkedIn's sentence. */
  readonly text: string;
  readonly a: readonly FacetName[];
  readonly b: readonly FacetName[];
}

export const COMBINATION_RULES: readonly CombinationRule[] = Object.freeze([
  {
    text: "Website retargeting segments may not be AND'ed with any clause targeting member behavior or interests.",
    a: ["dynamicSegments"],
    b: ["memberBehaviors", "interests"],
  },
  {
    text: `Industry and StaffCountRanges facets may not be AND'ed with any "include" clauses targeting Employers.`,
    a: ["industries", "staffCountRanges"],
    b: ["employers", "employersAll"],
  },
  {
    text: "Job functions and seniorities may not be AND'ed with any include clauses targeting Job Titles.",
    a: ["jobFunctions", "seniorities"],
    b: ["titles", "titlesAll", "titlesPast"],
  },
]);

/** Where a facet occurs: the include group's index, and the facet's name. */
export interface FacetOccurrence {
  readonly group: number;
  readonly facet: FacetName;
}

/** One forbidden pair: `second` (the later group) is AND'ed with `first` against `rule`. */
export interface CombinationViolation {
  readonly rule: CombinationRule;
  readonly first: FacetOccurrence;
  readonly second: FacetOccurrence;
}

const sides = COMBINATION_RULES.map((rule) => ({
  rule,
  a: new Map(rule.a.map((name) => [Facet[name] as string, name])),
  b: new Map(rule.b.map((name) => [Facet[name] as string, name])),
}));

/**
 * Finds the forbidden pairs among AND'ed include groups, each given as the facet URNs it holds. Linear in the
 * number of facets: `total` is counted, not enumerated, and at most `limit` violations are listed (in group
 * order), so criteria with thousands of groups cost no more than reading them.
 */
export function findCombinationViolations(
  groups: readonly Iterable<string>[],
  limit = Number.POSITIVE_INFINITY,
): { violations: CombinationViolation[]; total: number } {
  const violations: CombinationViolation[] = [];
  const sets = groups.map((facets) => new Set(facets));
  let total = 0;
  for (const { rule, a, b } of sides) {
    const left: FacetOccurrence[] = [];
    const right: FacetOccurrence[] = [];
    // Pairs inside one group are OR'ed, not AND'ed: Σa·Σb counts them, Σ(a·b) takes them out again.
    let sameGroup = 0;
    sets.forEach((facets, group) => {
      let inA = 0;
      let inB = 0;
      for (const urn of facets) {
        const nameA = a.get(urn);
        const nameB = b.get(urn);
        if (nameA) (inA++, left.push({ group, facet: nameA }));
        if (nameB) (inB++, right.push({ group, facet: nameB }));
      }
      sameGroup += inA * inB;
    });
    total += left.length * right.length - sameGroup;
    for (const l of left) {
      if (violations.length >= limit) break;
      for (const r of right) {
        if (violations.length >= limit) break;
        if (l.group === r.group) continue;
        const [first, second] = l.group < r.group ? [l, r] : [r, l];
        violations.push({ rule, first, second });
      }
    }
  }
  return { violations, total };
}
