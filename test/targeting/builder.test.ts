import { describe, expect, expectTypeOf, it } from "vitest";
import type { components } from "../../generated/schema.js";
import { urn } from "../../src/urn.js";
import { financeDirectors } from "./fixtures.js";
import {
  Facet,
  targeting,
  TargetingCriteriaError,
  type TargetingBuilder,
  type TargetingCriteria,
  type TargetingProblem,
} from "../../src/targeting/index.js";

function problemsOf(fn: () => unknown): readonly TargetingProblem[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TargetingCriteriaError);
    return (e as TargetingCriteriaError).problems;
  }
  throw new Error("expected a TargetingCriteriaError");
}

describe("targeting()", () => {
  it("builds the worked example: Finance directors in the US who speak English, excluding entry level", () => {
    const criteria = financeDirectors();
    expect(criteria).toStrictEqual({
      include: {
        and: [
          { or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } },
          { or: { "urn:li:adTargetingFacet:interfaceLocales": ["urn:li:locale:en_US"] } },
          { or: { "urn:li:adTargetingFacet:jobFunctions": ["urn:li:function:10"] } },
          { or: { "urn:li:adTargetingFacet:seniorities": ["urn:li:seniority:6"] } },
        ],
      },
      exclude: { or: { "urn:li:adTargetingFacet:seniorities": ["urn:li:seniority:3"] } },
    });
  });

  it("builds the brief's full example (as LinkedIn accepts it: no job titles AND'ed with job functions)", () => {
    const criteria = targeting()
      .include(Facet.locations, urn.geo(103644278))
      .include(Facet.interfaceLocales, urn.locale("en_US"))
      .include(Facet.jobFunctions, [urn.function(10), urn.function(8)])
      .includeAnyOf({ [Facet.interests]: [urn.interest(1)], [Facet.skills]: [urn.skill(2)] })
      .exclude(Facet.seniorities, urn.seniority(10))
      .build();
    expect(criteria.include?.and?.[2]).toStrictEqual({
      or: { [Facet.jobFunctions]: ["urn:li:function:10", "urn:li:function:8"] },
    });
    expect(criteria.include?.and?.[3]).toStrictEqual({
      or: { [Facet.interests]: ["urn:li:interest:1"], [Facet.skills]: ["urn:li:skill:2"] },
    });
    expect(criteria.exclude).toStrictEqual({ or: { [Facet.seniorities]: ["urn:li:seniority:10"] } });
  });

  it("produces exactly the spec's AudienceInsightsRequest targetingCriteria type", () => {
    const criteria = targeting().include("locations", urn.geo(1)).build();
    type Request = NonNullable<components["schemas"]["AudienceInsightsRequest"]["request"]>;
    const request: Request = { targetingCriteria: criteria, groupBy: Facet.interests };
    expect(request.targetingCriteria).toBe(criteria);
    expectTypeOf(criteria).toEqualTypeOf<components["schemas"]["TargetingCriteria"]>();
    expectTypeOf(criteria).toExtend<Request["targetingCriteria"]>();
    expectTypeOf<TargetingCriteria>().toEqualTypeOf<components["schemas"]["TargetingCriteria"]>();
  });

  it("accepts facet names as well as URNs", () => {
    const byName = targeting()
      .include("locations", "urn:li:geo:1")
      .exclude("seniorities", "urn:li:seniority:3")
      .build();
    const byUrn = targeting()
      .include(Facet.locations, "urn:li:geo:1")
      .exclude(Facet.seniorities, "urn:li:seniority:3")
      .build();
    expect(byName).toStrictEqual(byUrn);
  });

  it("deep-freezes the result", () => {
    const criteria = targeting()
      .include(Facet.locations, urn.geo(1))
      .exclude(Facet.genders, urn.gender("MALE"))
      .build();
    const values = criteria.include!.and![0]!.or![Facet.locations]!;
    for (const part of [criteria, criteria.include, criteria.include!.and, criteria.include!.and![0], values]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(Object.isFrozen(criteria.exclude!.or![Facet.genders])).toBe(true);
    expect(() => values.push("urn:li:geo:2")).toThrow(TypeError);
  });

  it("is immutable: every call returns a new builder", () => {
    const base = targeting().include(Facet.locations, urn.geo(103644278));
    const finance = base.include(Facet.jobFunctions, urn.function(10));
    const sales = base.include(Facet.jobFunctions, urn.function(25));
    const excluded = base.exclude(Facet.seniorities, urn.seniority(3));
    expect(finance).not.toBe(base);
    expect(base.build().include?.and).toHaveLength(1);
    expect(finance.build().include?.and?.[1]?.or?.[Facet.jobFunctions]).toStrictEqual(["urn:li:function:10"]);
    expect(sales.build().include?.and?.[1]?.or?.[Facet.jobFunctions]).toStrictEqual(["urn:li:function:25"]);
    expect(base.build().exclude).toBeUndefined();
    expect(excluded.build().exclude).toBeDefined();
    expect(Object.isFrozen(base)).toBe(true);
  });

  it("does not see later changes to the arrays it was given", () => {
    const values: string[] = [urn.geo(1)];
    const builder = targeting().include(Facet.locations, values);
    values.push("not a urn");
    expect(builder.build().include?.and?.[0]?.or?.[Facet.locations]).toStrictEqual(["urn:li:geo:1"]);
  });

  it("merges exclusions into the single exclude.or map", () => {
    const criteria = targeting()
      .include(Facet.locations, urn.geo(1))
      .exclude(Facet.seniorities, urn.seniority(3))
      .exclude("seniorities", [urn.seniority(2), urn.seniority(3)])
      .excludeAnyOf({ genders: urn.gender("MALE"), [Facet.seniorities]: urn.seniority(1) })
      .build();
    expect(criteria.exclude).toStrictEqual({
      or: {
        [Facet.seniorities]: ["urn:li:seniority:3", "urn:li:seniority:2", "urn:li:seniority:1"],
        [Facet.genders]: ["urn:li:gender:MALE"],
      },
    });
  });

  it("merges a facet given by name and by URN in includeAnyOf", () => {
    const criteria = targeting()
      .includeAnyOf({ locations: urn.geo(1), [Facet.locations]: [urn.geo(2)], profileLocations: urn.geo(3) })
      .build();
    expect(criteria.include?.and).toStrictEqual([
      { or: { [Facet.locations]: ["urn:li:geo:1", "urn:li:geo:2"], [Facet.profileLocations]: ["urn:li:geo:3"] } },
    ]);
  });

  it("removes duplicate values and identical groups", () => {
    const criteria = targeting()
      .include(Facet.locations, [urn.geo(1), urn.geo(2), urn.geo(1)])
      .include(Facet.locations, [urn.geo(2), urn.geo(1)])
      .include(Facet.jobFunctions, urn.function(10))
      .build();
    expect(criteria.include?.and).toStrictEqual([
      { or: { [Facet.locations]: ["urn:li:geo:1", "urn:li:geo:2"] } },
      { or: { [Facet.jobFunctions]: ["urn:li:function:10"] } },
    ]);
  });

  it("rejects an unknown facet name at once", () => {
    const problems = problemsOf(() => targeting().include(Facet.locations, urn.geo(1)).include("jobFunction", "x"));
    expect(problems).toStrictEqual([
      { path: "$.include.and[1].or", message: expect.stringMatching(/unknown facet name "jobFunction"/) as string },
    ]);
    expect(problemsOf(() => targeting().exclude("nope", urn.geo(1)))[0]?.path).toBe("$.exclude.or");
    expect(problemsOf(() => targeting().includeAnyOf({ locations: urn.geo(1), nope: urn.geo(2) }))[0]?.path).toBe(
      "$.include.and[0].or.nope",
    );
    expect(problemsOf(() => targeting().include("urn:li:adTargetingFacet:", urn.geo(1)))[0]?.message).toMatch(
      /malformed facet URN/,
    );
  });

  it("accepts an unknown but well-formed facet URN with a warning", () => {
    const warnings: TargetingProblem[] = [];
    const criteria = targeting({ onWarning: (w) => warnings.push(w) })
      .include("urn:li:adTargetingFacet:somethingNew", "urn:li:somethingNew:1")
      .build();
    expect(criteria.include?.and?.[0]?.or).toStrictEqual({
      "urn:li:adTargetingFacet:somethingNew": ["urn:li:somethingNew:1"],
    });
    expect(warnings).toStrictEqual([
      {
        path: "$.include.and[0].or['urn:li:adTargetingFacet:somethingNew']",
        message: expect.stringMatching(/unknown facet urn:li:adTargetingFacet:somethingNew/) as string,
      },
    ]);
  });

  it("drops warnings silently without onWarning", () => {
    expect(() => targeting().include("urn:li:adTargetingFacet:somethingNew", "urn:li:x:1").build()).not.toThrow();
  });

  it("reports every problem at build() with JSON paths", () => {
    const builder = targeting()
      .include(Facet.locations, [urn.geo(1), "urn:li:function:10"])
      .include(Facet.interfaceLocales, [urn.locale("en_US"), urn.locale("fr_FR")])
      .include(Facet.jobFunctions, [urn.function(10), "not-a-urn", urn.geo(5)])
      .include(Facet.skills, [])
      .exclude(Facet.seniorities, "urn:li:seniority:");
    const problems = problemsOf(() => builder.build());
    expect(problems.map((p) => p.path)).toStrictEqual([
      "$.include.and[0].or['urn:li:adTargetingFacet:locations'][1]",
      "$.include.and[1].or['urn:li:adTargetingFacet:interfaceLocales']",
      "$.include.and[2].or['urn:li:adTargetingFacet:jobFunctions'][1]",
      "$.include.and[2].or['urn:li:adTargetingFacet:jobFunctions'][2]",
      "$.include.and[3].or['urn:li:adTargetingFacet:skills']",
      "$.exclude.or['urn:li:adTargetingFacet:seniorities'][0]",
    ]);
    let message = "";
    try {
      builder.build();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Invalid targeting criteria \(6 problems\):/);
    for (const p of problems) expect(message).toContain(`${p.path}: ${p.message}`);
    expect(problems[0]?.message).toMatch(/urn:li:function:10 is not a locations value: expected urn:li:geo:…/);
    expect(problems[1]?.message).toMatch(/interfaceLocales takes at most 1 value, got 2/);
    expect(problems[2]?.message).toMatch(/"not-a-urn".*must start with "urn:li:"/);
    expect(problems[4]?.message).toMatch(/empty facet list/);
    expect(problems[5]?.message).toMatch(/empty id/);
  });

  it("requires at least one include group", () => {
    expect(problemsOf(() => targeting().build())).toStrictEqual([
      { path: "$.include", message: expect.stringMatching(/at least one include group/) as string },
    ]);
    expect(problemsOf(() => targeting().exclude(Facet.seniorities, urn.seniority(3)).build())[0]?.path).toBe(
      "$.include",
    );
    expect(problemsOf(() => targeting().includeAnyOf({}).build())).toStrictEqual([
      { path: "$.include.and[0].or", message: expect.stringMatching(/empty group/) as string },
    ]);
  });

  it("enforces the combination rules between AND'ed groups", () => {
    const dynamic = problemsOf(() =>
      targeting().include(Facet.interests, urn.interest(1)).include(Facet.dynamicSegments, urn.adSegment(2)).build(),
    );
    expect(dynamic).toStrictEqual([
      {
        path: "$.include.and[1].or['urn:li:adTargetingFacet:dynamicSegments']",
        message: expect.stringMatching(
          /dynamicSegments is AND'ed with interests at \$\.include\.and\[0\]\.or\['urn:li:adTargetingFacet:interests'\]/,
        ) as string,
      },
    ]);
    expect(
      problemsOf(() =>
        targeting()
          .include(Facet.employers, urn.organization(1))
          .include(Facet.staffCountRanges, urn.staffCountRange(51, 200))
          .build(),
      ),
    ).toHaveLength(1);
    // OR'ed in one group is allowed; excluded employers are allowed.
    expect(() =>
      targeting()
        .includeAnyOf({ employers: urn.organization(1), industries: urn.industry(4) })
        .include(Facet.locations, urn.geo(1))
        .exclude(Facet.employers, urn.organization(2))
        .build(),
    ).not.toThrow();
    // LinkedIn: job functions and seniorities may not be AND'ed with job titles (an error, not a warning).
    expect(
      problemsOf(() =>
        targeting().include(Facet.seniorities, urn.seniority(6)).include(Facet.titles, urn.title(1)).build(),
      ),
    ).toStrictEqual([
      {
        path: "$.include.and[1].or['urn:li:adTargetingFacet:titles']",
        message: expect.stringMatching(/titles is AND'ed with seniorities.*targeting Job Titles\./) as string,
      },
    ]);
  });

  it("exports the builder type", () => {
    expectTypeOf(targeting()).toEqualTypeOf<TargetingBuilder>();
    expectTypeOf(targeting().include).parameter(0).toExtend<string>();
  });
});
