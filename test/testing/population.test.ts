import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { facets, TOTAL_MEMBERS } from "../../src/testing/dataset/index.js";
import {
  jobFunctionStructure,
  MIN_AUDIENCE,
  Population,
  populationFacets,
  roundAudience,
  type AudienceCriteria,
  type CriteriaValue,
} from "../../src/testing/population.js";

const input = { totalMembers: TOTAL_MEMBERS, facets: populationFacets(facets) };
const population = new Population(input);
const LOCATIONS = "urn:li:adTargetingFacet:locations";
const US = "urn:li:geo:103644278";
const CALIFORNIA = "urn:li:geo:102095887";
const TEXAS = "urn:li:geo:102748797";
const LA_COUNTY = "urn:li:geo:103104382";
const loc = (urn: string): CriteriaValue => ({ facet: LOCATIONS, urn });
const size = (include: CriteriaValue[][], exclude: CriteriaValue[] = []) => population.audience({ include, exclude });
/** lift(a, b) = P(a AND b) / (P(a) P(b)): 1 for independent values. */
const lift = (a: CriteriaValue, b: CriteriaValue) => (size([[a], [b]]) * TOTAL_MEMBERS) / (size([[a]]) * size([[b]]));
/** The value of `facet` (a facet name) called `name` in the dataset. */
const named = (facet: string, name: string): CriteriaValue => {
  const f = facets.find((x) => x.facetName === facet)!;
  const e = f.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no ${facet} ${name}`);
  return { facet: f.urn, urn: e.urn };
};
const EPS = 1e-9;

const value: fc.Arbitrary<CriteriaValue> = fc
  .integer({ min: 0, max: facets.length - 1 })
  .chain((f) =>
    fc
      .integer({ min: 0, max: facets[f]!.entities.length - 1 })
      .map((e) => ({ facet: facets[f]!.urn, urn: facets[f]!.entities[e]!.urn })),
  );
/** A small pool, so that values repeat across groups and nest (the exactly enumerated cases). */
const POOL: CriteriaValue[] = [
  loc(US),
  loc(CALIFORNIA),
  loc(TEXAS),
  loc(LA_COUNTY),
  loc("urn:li:geo:102221843"), // North America
  { facet: "urn:li:adTargetingFacet:profileLocations", urn: US },
  { facet: "urn:li:adTargetingFacet:seniorities", urn: "urn:li:seniority:5" },
  { facet: "urn:li:adTargetingFacet:seniorities", urn: "urn:li:seniority:6" },
  { facet: "urn:li:adTargetingFacet:jobFunctions", urn: "urn:li:function:10" },
];
const pooled = fc.constantFrom(...POOL);
const anyValue = fc.oneof(value, pooled);
const group = fc.array(anyValue, { minLength: 1, maxLength: 3 });
const criteria: fc.Arbitrary<AudienceCriteria> = fc.record({
  include: fc.array(group, { minLength: 1, maxLength: 4 }),
  exclude: fc.array(anyValue, { maxLength: 2 }),
});

describe("population model", () => {
  test("a single value's audience is its dataset members", () => {
    for (const facet of facets) {
      for (const e of facet.entities.slice(0, 20)) {
        const got = size([[{ facet: facet.urn, urn: e.urn }]]);
        // Hierarchical children may be scaled down to fit their parent; everything else is exact.
        expect(got / e.members, `${facet.facetName} ${e.urn}`).toBeGreaterThan(0.97);
        expect(got / e.members, `${facet.facetName} ${e.urn}`).toBeLessThan(1.0001);
      }
    }
  });

  test("AND-ing a group narrows", () => {
    fc.assert(
      fc.property(criteria, group, (c, g) => {
        expect(population.audience({ ...c, include: [...c.include, g] })).toBeLessThanOrEqual(
          population.audience(c) * (1 + EPS),
        );
      }),
      { numRuns: 500 },
    );
  });

  test("OR-ing a value into a group widens (values of other facets too)", () => {
    fc.assert(
      fc.property(criteria, anyValue, fc.nat(), (c, v, i) => {
        const at = i % c.include.length;
        const wider = c.include.map((g, k) => (k === at ? [...g, v] : g));
        expect(population.audience({ ...c, include: wider })).toBeGreaterThanOrEqual(
          population.audience(c) * (1 - EPS),
        );
      }),
      { numRuns: 500 },
    );
  });

  test("excluding a value shrinks", () => {
    fc.assert(
      fc.property(criteria, anyValue, (c, v) => {
        const narrower = { ...c, exclude: [...(c.exclude ?? []), v] };
        expect(population.audience(narrower)).toBeLessThanOrEqual(population.audience(c) * (1 + EPS));
      }),
      { numRuns: 500 },
    );
  });

  test("an employer's members look like its industry's: companies of one industry overlap more", () => {
    const employers = facets.find((f) => f.facetName === "employers")!.entities;
    const E = "urn:li:adTargetingFacet:employers";
    const lift = (a: string, b: string) =>
      (size([[{ facet: E, urn: a }], [{ facet: E, urn: b }]]) * TOTAL_MEMBERS) /
      (size([[{ facet: E, urn: a }]]) * size([[{ facet: E, urn: b }]]));
    const same: number[] = [];
    const other: number[] = [];
    for (const a of employers.slice(0, 60)) {
      for (const b of employers.slice(0, 60)) {
        if (a.urn < b.urn) (a.industry === b.industry ? same : other).push(lift(a.urn, b.urn));
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(same.length).toBeGreaterThan(20);
    expect(mean(same)).toBeGreaterThan(mean(other) + 0.2);
  });

  test("OR inside a group is a union, not a sum", () => {
    const a = {
      facet: "urn:li:adTargetingFacet:skills",
      urn: facets.find((f) => f.facetName === "skills")!.entities[0]!.urn,
    };
    const b = {
      facet: "urn:li:adTargetingFacet:interests",
      urn: facets.find((f) => f.facetName === "interests")!.entities[0]!.urn,
    };
    const both = size([[a, b]]);
    expect(both).toBeGreaterThan(Math.max(size([[a]]), size([[b]])));
    expect(both).toBeLessThan(size([[a]]) + size([[b]]));
  });

  test("hierarchical locations: a child inside a selected parent adds nothing", () => {
    expect(size([[loc(US), loc(CALIFORNIA)]])).toBeCloseTo(size([[loc(US)]]), 0);
    expect(size([[loc(US), loc(CALIFORNIA), loc(LA_COUNTY)]])).toBeCloseTo(size([[loc(US)]]), 0);
    // AND with a parent keeps the child; excluding the parent leaves nothing; excluding the child removes its members.
    expect(size([[loc(US)], [loc(CALIFORNIA)]])).toBeCloseTo(size([[loc(CALIFORNIA)]]), 0);
    expect(size([[loc(CALIFORNIA)]], [loc(US)])).toBe(0);
    expect(size([[loc(US)]], [loc(CALIFORNIA)])).toBeCloseTo(size([[loc(US)]]) - size([[loc(CALIFORNIA)]]), 0);
    // Siblings are disjoint: their union is their sum, and never more than the parent.
    expect(size([[loc(CALIFORNIA), loc(TEXAS)]])).toBeCloseTo(size([[loc(CALIFORNIA)]]) + size([[loc(TEXAS)]]), 0);
    const geo = facets.find((f) => f.urn === LOCATIONS)!;
    const children = geo.entities.filter((e) => e.parent === US).map((e) => loc(e.urn));
    expect(children.length).toBeGreaterThan(2);
    expect(size([children])).toBeLessThanOrEqual(size([[loc(US)]]) * (1 + EPS));
  });

  // Adapted when the clusters became job functions (dataset/affinities.ts): arbitrary pairs of values used to
  // correlate at random (lifts spread over [0.5, 2], spread > 0.4); now correlation sits where it means something
  // (a function and its skills, a title and its seniority), so arbitrary pairs stay close to independent.
  test("values are correlated: arbitrary pairs within bounds, related values strongly, unrelated ones less", () => {
    const lifts: number[] = [];
    for (let i = 0; i < facets.length; i++) {
      for (let j = i + 1; j < facets.length; j++) {
        const a = { facet: facets[i]!.urn, urn: facets[i]!.entities[(i * 7) % facets[i]!.entities.length]!.urn };
        const b = { facet: facets[j]!.urn, urn: facets[j]!.entities[(j * 5) % facets[j]!.entities.length]!.urn };
        if (a.urn === b.urn) continue;
        lifts.push(lift(a, b));
      }
    }
    lifts.sort((x, y) => x - y);
    const pct = (p: number) => lifts[Math.floor((lifts.length - 1) * p)]!;
    expect(pct(0.05)).toBeGreaterThan(0.4);
    expect(pct(0.95)).toBeLessThan(2.2);
    expect(pct(0.95) - pct(0.05)).toBeGreaterThan(0.25); // not independent

    expect(lift(named("jobFunctions", "Finance"), named("skills", "Financial Analysis"))).toBeGreaterThan(4);
    expect(
      lift(named("jobFunctions", "Engineering"), named("skills", "Python (Programming Language)")),
    ).toBeGreaterThan(3);
    expect(lift(named("jobFunctions", "Marketing"), named("interests", "Digital Marketing"))).toBeGreaterThan(2);
    expect(lift(named("titles", "Software Engineer"), named("industries", "Software Development"))).toBeGreaterThan(2);
    expect(lift(named("titles", "Registered Nurse"), named("skills", "Patient Care"))).toBeGreaterThan(3);
    // Two career stages per function: a leader's title goes with leaders' seniorities as a group (CXO, VP, Director …).
    expect(lift(named("seniorities", "CXO"), named("titles", "Chief Financial Officer"))).toBeGreaterThan(1.8);
    expect(lift(named("seniorities", "Director"), named("titles", "Finance Director"))).toBeGreaterThan(1.8);
    expect(lift(named("seniorities", "Entry"), named("titles", "Chief Financial Officer"))).toBeLessThan(0.6);
    expect(lift(named("jobFunctions", "Finance"), named("skills", "Nursing"))).toBeLessThan(1);
    expect(lift(named("jobFunctions", "Legal"), named("industries", "Software Development"))).toBeLessThan(1);
    // Common values stay common everywhere.
    for (const fn of ["Finance", "Engineering", "Sales", "Healthcare Services"]) {
      const l = lift(named("jobFunctions", fn), named("skills", "Communication"));
      expect(l, fn).toBeGreaterThan(0.6);
      expect(l, fn).toBeLessThan(1.6);
    }
  });

  test("the designed clusters: a job function holds most of its members; leaders hold leaders' seniorities", () => {
    const structure = jobFunctionStructure();
    const { clusters } = structure;
    expect(clusters.filter((c) => c.jobFunction !== undefined)).toHaveLength(2 * 26);
    expect(clusters.map((c) => c.stage)).toEqual(expect.arrayContaining(["students", "others"]));
    expect(population.model.clusters).toBe(clusters.length);
    const sum = clusters.reduce((s, c) => s + c.weight, 0);
    expect(sum).toBeCloseTo(1, 12);
    const q = (facet: string, urn: string) => population.model.q(`urn:li:adTargetingFacet:${facet}`, urn)!;
    for (const f of facets.find((x) => x.facetName === "jobFunctions")!.entities) {
      const held = q("jobFunctions", f.urn);
      clusters.forEach((c, k) => {
        if (c.jobFunction === f.urn) expect(held[k], c.name).toBeGreaterThan(0.8);
        else expect(held[k], `${f.name} in ${c.name}`).toBeLessThan(0.01);
      });
    }
    const director = q("seniorities", named("seniorities", "Director").urn);
    const entry = q("seniorities", named("seniorities", "Entry").urn);
    clusters.forEach((c, k) => {
      if (c.stage === "leaders") expect(director[k]!, c.name).toBeGreaterThan(entry[k]!);
      if (c.stage === "individual contributors") expect(entry[k]!, c.name).toBeGreaterThan(director[k]!);
    });
  });

  test("breakdown segments never exceed the audience; deterministic across instances", () => {
    fc.assert(
      fc.property(criteria, fc.integer({ min: 0, max: facets.length - 1 }), (c, f) => {
        const facet = facets[f]!;
        const total = population.audience(c);
        const segments = population.breakdown(
          c,
          facet.urn,
          facet.entities.map((e) => e.urn),
        );
        for (const s of segments) expect(s.members).toBeLessThanOrEqual(total * (1 + EPS) + 1e-6);
      }),
      { numRuns: 60 },
    );
    const c: AudienceCriteria = {
      include: [[loc(US)], [{ facet: "urn:li:adTargetingFacet:seniorities", urn: "urn:li:seniority:5" }]],
    };
    expect(new Population(input).audience(c)).toBe(population.audience(c));
    expect(new Population({ ...input, seed: 7 }).audience(c)).not.toBe(population.audience(c));
  });

  test("a breakdown by the criteria's own facet gives the selected value 100 %", () => {
    const c: AudienceCriteria = { include: [[loc(CALIFORNIA)]] };
    const [us, ca, tx] = population.breakdown(c, LOCATIONS, [US, CALIFORNIA, TEXAS]);
    expect(us!.members).toBeCloseTo(population.audience(c), 0);
    expect(ca!.members).toBeCloseTo(population.audience(c), 0);
    expect(tx!.members).toBe(0);
  });
});

describe("roundAudience", () => {
  test("below the minimum audience is 0; otherwise two significant digits", () => {
    expect(roundAudience(0)).toBe(0);
    expect(roundAudience(MIN_AUDIENCE - 0.5)).toBe(0);
    expect(roundAudience(300)).toBe(300);
    expect(roundAudience(347)).toBe(350);
    expect(roundAudience(1234)).toBe(1200);
    expect(roundAudience(5_523_411)).toBe(5_500_000);
    expect(roundAudience(999_999)).toBe(1_000_000);
    expect(roundAudience(Number.NaN)).toBe(0);
  });

  test("is monotone", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e9, noNaN: true }),
        fc.double({ min: 0, max: 2e9, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(roundAudience(lo)).toBeLessThanOrEqual(roundAudience(hi));
        },
      ),
    );
  });
});
