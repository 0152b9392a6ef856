import Ajv2020Module from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import openapi from "../../generated/openapi.json" with { type: "json" };
import { urn } from "../../src/urn.js";
import { financeDirectors } from "./fixtures.js";
import { MAX_CRITERIA_VALUES, MAX_PROBLEMS } from "../../src/targeting/validate.js";
import {
  Facet,
  facetRegistry,
  parseTargetingCriteria,
  targeting,
  TargetingCriteriaError,
  validateTargetingCriteria,
  type TargetingProblem,
} from "../../src/targeting/index.js";

// ajv is CommonJS: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(openapi, "openapi.json");
const schemaValidate = ajv.getSchema("openapi.json#/components/schemas/TargetingCriteria");
if (!schemaValidate) throw new Error("TargetingCriteria schema not found");
const matchesSchema = (value: unknown): boolean => schemaValidate(value) === true;

function problemsOf(input: unknown): readonly TargetingProblem[] {
  try {
    parseTargetingCriteria(input);
  } catch (e) {
    expect(e).toBeInstanceOf(TargetingCriteriaError);
    return (e as TargetingCriteriaError).problems;
  }
  throw new Error("expected a TargetingCriteriaError");
}

const L = Facet.locations;
const ok = { include: { and: [{ or: { [L]: ["urn:li:geo:103644278"] } }] } };

describe("the OpenAPI TargetingCriteria schema", () => {
  it("rejects what it should (so the schema checks below mean something)", () => {
    expect(matchesSchema({ include: { and: [{ or: { [L]: "urn:li:geo:1" } }] } })).toBe(false);
    expect(matchesSchema({ include: { and: { or: {} } } })).toBe(false);
  });

  it("accepts built criteria", () => {
    const criteria = financeDirectors();
    expect(matchesSchema(criteria), ajv.errorsText(schemaValidate.errors)).toBe(true);
  });

  it("accepts an AudienceInsightsRequest carrying built criteria ($refs resolved)", () => {
    const request = ajv.getSchema("openapi.json#/components/schemas/AudienceInsightsRequest");
    if (!request) throw new Error("AudienceInsightsRequest schema not found");
    const targetingCriteria = targeting().include(Facet.locations, urn.geo(103644278)).build();
    expect(request({ request: { targetingCriteria, groupBy: Facet.interests } })).toBe(true);
    expect(request({ request: { targetingCriteria: { include: { and: "x" } }, groupBy: Facet.interests } })).toBe(
      false,
    );
  });

  it("accepts whatever the builder builds", () => {
    const known = facetRegistry.filter((f) => f.namespaces.length > 0);
    const value = fc
      .tuple(fc.constantFrom(...known), fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 3 }))
      .map(([facet, ids]) => [facet.urn, ids.map((id) => `urn:li:${facet.namespaces[0]}:${id}`)] as const);
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.array(value, { maxLength: 3 }),
        (groups, excluded) => {
          let builder = targeting();
          for (const group of groups) builder = builder.includeAnyOf(Object.fromEntries(group));
          for (const [facet, values] of excluded) builder = builder.exclude(facet, values);
          let criteria;
          try {
            criteria = builder.build();
          } catch (e) {
            // Only the combination rules and interfaceLocales' limit can reject these inputs.
            expect(e).toBeInstanceOf(TargetingCriteriaError);
            for (const p of (e as TargetingCriteriaError).problems) {
              expect(p.message).toMatch(/AND'ed with|interfaceLocales takes at most 1/);
            }
            return;
          }
          expect(matchesSchema(criteria)).toBe(true);
          expect(parseTargetingCriteria(JSON.parse(JSON.stringify(criteria)))).toStrictEqual(criteria);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseTargetingCriteria", () => {
  it("accepts the spec's request example", () => {
    const example = openapi.components.examples.AudienceInsightsRequestExample.value.request.targetingCriteria;
    expect(parseTargetingCriteria(JSON.parse(JSON.stringify(example)))).toStrictEqual(example);
  });

  it("returns normalised, deep-frozen criteria", () => {
    const input = {
      include: {
        and: [
          { or: { [L]: ["urn:li:geo:1", "urn:li:geo:1", "urn:li:geo:2"] } },
          { or: { [Facet.jobFunctions]: ["urn:li:function:10"], [L]: ["urn:li:geo:3"] } },
          { or: { [L]: ["urn:li:geo:3"], [Facet.jobFunctions]: ["urn:li:function:10", "urn:li:function:10"] } },
        ],
      },
      exclude: { or: { [Facet.seniorities]: ["urn:li:seniority:3", "urn:li:seniority:3"] } },
    };
    const criteria = parseTargetingCriteria(input);
    expect(criteria).toStrictEqual({
      include: {
        and: [
          { or: { [L]: ["urn:li:geo:1", "urn:li:geo:2"] } },
          { or: { [Facet.jobFunctions]: ["urn:li:function:10"], [L]: ["urn:li:geo:3"] } },
        ],
      },
      exclude: { or: { [Facet.seniorities]: ["urn:li:seniority:3"] } },
    });
    expect(criteria).not.toBe(input);
    expect(Object.isFrozen(criteria.include!.and![1]!.or)).toBe(true);
    expect(Object.isFrozen(criteria.exclude!.or![Facet.seniorities])).toBe(true);
    expect(input.include.and).toHaveLength(3); // the input is left alone
    expect(parseTargetingCriteria(criteria)).toBe(criteria);
  });

  it("reports every problem at once, with JSON paths", () => {
    const problems = problemsOf({
      include: {
        and: [
          { or: { [L]: ["urn:li:geo:1", 7, "urn:li:function:1"] } },
          { or: {} },
          { or: { locations: ["urn:li:geo:1"] } },
          { or: { [Facet.jobFunctions]: "urn:li:function:1" } },
          "group",
          { and: [] },
          { or: { "urn:li:adTargetingFacet:": ["urn:li:geo:1"], "it's": [] } },
        ],
      },
      exclude: { and: [{ or: { [L]: ["urn:li:geo:2"] } }] },
      extra: true,
    });
    expect(problems.map((p) => p.path)).toStrictEqual([
      "$.extra",
      "$.include.and[0].or['urn:li:adTargetingFacet:locations'][1]",
      "$.include.and[0].or['urn:li:adTargetingFacet:locations'][2]",
      "$.include.and[1].or",
      "$.include.and[2].or.locations",
      "$.include.and[3].or['urn:li:adTargetingFacet:jobFunctions']",
      "$.include.and[4]",
      "$.include.and[5].and",
      "$.include.and[5].or",
      "$.include.and[6].or['urn:li:adTargetingFacet:']",
      "$.include.and[6].or['it\\'s']",
      "$.include.and[6].or['it\\'s']",
      "$.exclude.and",
    ]);
    const byPath = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message);
    expect(byPath("$.include.and[2].or.locations")[0]).toMatch(
      /facet keys must be facet URNs: use urn:li:adTargetingFacet:locations/,
    );
    expect(byPath("$.include.and[0].or['urn:li:adTargetingFacet:locations'][1]")[0]).toMatch(
      /expected a URN string, got a number/,
    );
    expect(byPath("$.include.and[3].or['urn:li:adTargetingFacet:jobFunctions']")[0]).toMatch(/expected a list of URNs/);
    expect(byPath("$.exclude.and")[0]).toMatch(/exclude takes a single "or" map/);
    expect(byPath("$.include.and[6].or['urn:li:adTargetingFacet:']")[0]).toMatch(/malformed facet URN/);
  });

  it("requires include", () => {
    for (const input of [{}, { exclude: { or: { [L]: ["urn:li:geo:1"] } } }]) {
      expect(problemsOf(input)).toStrictEqual([
        { path: "$.include", message: expect.stringMatching(/at least one include group/) as string },
      ]);
    }
    expect(problemsOf({ include: {} })[0]?.path).toBe("$.include.and");
    expect(problemsOf({ include: { and: [] } })[0]?.message).toMatch(/empty: at least one include group/);
    expect(problemsOf({ include: { or: {} } }).map((p) => p.path)).toStrictEqual(["$.include.or", "$.include.and"]);
  });

  it.each([null, [], "criteria", 1, undefined])("rejects %j as a whole", (input) => {
    expect(problemsOf(input)).toStrictEqual([
      { path: "$", message: expect.stringMatching(/expected a targeting criteria object/) as string },
    ]);
  });

  it("checks values against their facet's namespace", () => {
    const problems = problemsOf({
      include: {
        and: [
          { or: { [Facet.jobFunctions]: ["urn:li:geo:103644278"] } },
          { or: { [Facet.ageRanges]: ["urn:li:ageRange:(25,34)", "urn:li:ageRange:(25,34"] } },
          { or: { [Facet.schools]: ["urn:li:school:1"] } },
        ],
      },
    });
    expect(problems).toStrictEqual([
      {
        path: "$.include.and[0].or['urn:li:adTargetingFacet:jobFunctions'][0]",
        message: "urn:li:geo:103644278 is not a jobFunctions value: expected urn:li:function:…, got a urn:li:geo URN",
      },
      {
        path: "$.include.and[1].or['urn:li:adTargetingFacet:ageRanges'][1]",
        message: expect.stringMatching(/"urn:li:ageRange:\(25,34".*never closed/) as string,
      },
      {
        path: "$.include.and[2].or['urn:li:adTargetingFacet:schools'][0]",
        message: expect.stringMatching(/expected urn:li:organization:…/) as string,
      },
    ]);
  });

  it("accepts any well-formed URN under a facet with unknown namespaces", () => {
    expect(() =>
      parseTargetingCriteria({
        include: { and: [{ or: { [Facet.productInterests]: ["urn:li:productInterest:1"] } }] },
      }),
    ).not.toThrow();
  });

  it("allows one interfaceLocales value", () => {
    const two = {
      include: { and: [{ or: { [Facet.interfaceLocales]: ["urn:li:locale:en_US", "urn:li:locale:de_DE"] } }] },
    };
    expect(problemsOf(two)).toStrictEqual([
      {
        path: "$.include.and[0].or['urn:li:adTargetingFacet:interfaceLocales']",
        message: "interfaceLocales takes at most 1 value, got 2",
      },
    ]);
    const same = {
      include: { and: [{ or: { [Facet.interfaceLocales]: ["urn:li:locale:en_US", "urn:li:locale:en_US"] } }] },
    };
    expect(parseTargetingCriteria(same).include?.and?.[0]?.or?.[Facet.interfaceLocales]).toStrictEqual([
      "urn:li:locale:en_US",
    ]);
  });

  it("checks exclude", () => {
    expect(problemsOf({ ...ok, exclude: { or: {} } })[0]?.message).toMatch(/empty exclude/);
    expect(problemsOf({ ...ok, exclude: [] })[0]?.path).toBe("$.exclude");
    expect(problemsOf({ ...ok, exclude: { or: { [L]: [] } } })[0]?.path).toBe(
      "$.exclude.or['urn:li:adTargetingFacet:locations']",
    );
    expect(parseTargetingCriteria({ ...ok, exclude: undefined })).toStrictEqual(ok);
  });

  // https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-examples sends
  // "targetingCriteria":{ "include":{ … }, "exclude":{ } }.
  it("accepts LinkedIn's empty exclude: {} and drops it", () => {
    expect(parseTargetingCriteria({ ...ok, exclude: {} })).toStrictEqual(ok);
    expect(validateTargetingCriteria({ ...ok, exclude: {} }).ok).toBe(true);
  });

  describe("combination rules", () => {
    const group = (facet: string, value: string) => ({ or: { [facet]: [value] } });
    const seg = group(Facet.dynamicSegments, "urn:li:adSegment:1");

    it.each([
      [Facet.memberBehaviors, "urn:li:memberBehavior:1"],
      [Facet.interests, "urn:li:interest:1"],
    ])("rejects dynamicSegments AND'ed with %s", (facet, value) => {
      const problems = problemsOf({ include: { and: [seg, group(facet, value)] } });
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe(`$.include.and[1].or['${facet}']`);
      expect(problems[0]?.message).toContain("$.include.and[0].or['urn:li:adTargetingFacet:dynamicSegments']");
    });

    it.each([
      [Facet.industries, "urn:li:industry:4", Facet.employers],
      [Facet.industries, "urn:li:industry:4", Facet.employersAll],
      [Facet.staffCountRanges, "urn:li:staffCountRange:(51,200)", Facet.employers],
      [Facet.staffCountRanges, "urn:li:staffCountRange:(51,200)", Facet.employersAll],
    ])("rejects %s AND'ed with %s", (facet, value, employers) => {
      const problems = problemsOf({
        include: { and: [group(facet, value), group(employers, "urn:li:organization:1")] },
      });
      expect(problems.map((p) => p.path)).toStrictEqual([`$.include.and[1].or['${employers}']`]);
      expect(problems[0]?.message).toMatch(/AND'ed with/);
    });

    it("reports each forbidden pair", () => {
      const problems = problemsOf({
        include: {
          and: [
            group(Facet.employers, "urn:li:organization:1"),
            {
              or: {
                [Facet.industries]: ["urn:li:industry:4"],
                [Facet.staffCountRanges]: ["urn:li:staffCountRange:(1,1)"],
              },
            },
            seg,
            group(Facet.interests, "urn:li:interest:1"),
          ],
        },
      });
      expect(problems.map((p) => p.path)).toStrictEqual([
        "$.include.and[3].or['urn:li:adTargetingFacet:interests']",
        `$.include.and[1].or['${Facet.industries}']`,
        `$.include.and[1].or['${Facet.staffCountRanges}']`,
      ]);
    });

    it("allows the facets OR'ed in one group", () => {
      expect(() =>
        parseTargetingCriteria({
          include: {
            and: [
              { or: { [Facet.dynamicSegments]: ["urn:li:adSegment:1"], [Facet.interests]: ["urn:li:interest:1"] } },
            ],
          },
        }),
      ).not.toThrow();
    });

    it("ignores a group that duplicates another one", () => {
      const both = {
        or: { [Facet.dynamicSegments]: ["urn:li:adSegment:1"], [Facet.interests]: ["urn:li:interest:1"] },
      };
      expect(parseTargetingCriteria({ include: { and: [both, both] } }).include?.and).toHaveLength(1);
    });

    it.each([Facet.titles, Facet.titlesAll, Facet.titlesPast])(
      "rejects jobFunctions/seniorities AND'ed with %s, in LinkedIn's words",
      (titles) => {
        const problems = problemsOf({
          include: {
            and: [
              group(titles, "urn:li:title:1"),
              group(Facet.jobFunctions, "urn:li:function:1"),
              group(Facet.seniorities, "urn:li:seniority:1"),
            ],
          },
        });
        expect(problems.map((p) => p.path)).toStrictEqual([
          `$.include.and[1].or['${Facet.jobFunctions}']`,
          `$.include.and[2].or['${Facet.seniorities}']`,
        ]);
        expect(problems[0]?.message).toContain(
          "Job functions and seniorities may not be AND'ed with any include clauses targeting Job Titles.",
        );
      },
    );

    it("quotes LinkedIn's sentence for each rule", () => {
      expect(
        problemsOf({ include: { and: [seg, group(Facet.interests, "urn:li:interest:1")] } })[0]?.message,
      ).toContain(
        "Website retargeting segments may not be AND'ed with any clause targeting member behavior or interests.",
      );
      expect(
        problemsOf({
          include: {
            and: [group(Facet.industries, "urn:li:industry:4"), group(Facet.employers, "urn:li:organization:1")],
          },
        })[0]?.message,
      ).toContain(
        `Industry and StaffCountRanges facets may not be AND'ed with any "include" clauses targeting Employers.`,
      );
    });

    // 1,000 industries groups and 1,000 employers groups form 1,000,000 forbidden pairs: they are counted, and
    // only the first MAX_PROBLEMS are listed (the old validator listed all of them: +474 MB of heap).
    it("counts forbidden pairs instead of listing a million of them", () => {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const and = [
        ...Array.from({ length: 1000 }, (_, i) => group(Facet.industries, `urn:li:industry:${i + 1}`)),
        ...Array.from({ length: 1000 }, (_, i) => group(Facet.employers, `urn:li:organization:${i + 1}`)),
      ];
      const result = validateTargetingCriteria({ include: { and } });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toHaveLength(MAX_PROBLEMS);
      expect(result.totalProblems).toBe(1_000_000);
      let error: TargetingCriteriaError | undefined;
      try {
        parseTargetingCriteria({ include: { and } });
      } catch (e) {
        error = e as TargetingCriteriaError;
      }
      expect(error?.totalProblems).toBe(1_000_000);
      expect(error?.message).toMatch(/^Invalid targeting criteria \(1000000 problems\)/);
      expect(error?.message).toMatch(/… and 999950 more$/);
      // The old validator built 1,000,000 problems here (+474 MB); a generous bound, far below that.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    });

    it("refuses criteria larger than any audience definition with one problem, before checking each value", () => {
      const big = Array.from({ length: MAX_CRITERIA_VALUES + 1 }, (_, i) => `not-a-urn-${i}`);
      const result = validateTargetingCriteria({ include: { and: [{ or: { [Facet.skills]: big } }] } });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toStrictEqual([
        { path: "$", message: expect.stringMatching(/hold 10001 values, more than the 10000 the SDK sends/) as string },
      ]);
    });
  });

  it("warns about unknown facet URNs, also when the input is invalid", () => {
    const warnings: TargetingProblem[] = [];
    const input = {
      include: { and: [{ or: { "urn:li:adTargetingFacet:somethingNew": ["urn:li:thing:1"], [L]: [] } }] },
    };
    expect(() => parseTargetingCriteria(input, { onWarning: (w) => warnings.push(w) })).toThrow(TargetingCriteriaError);
    expect(warnings).toStrictEqual([
      {
        path: "$.include.and[0].or['urn:li:adTargetingFacet:somethingNew']",
        message: expect.stringMatching(/unknown facet/) as string,
      },
    ]);
  });

  it("re-delivers warnings when given already validated criteria", () => {
    const warnings: TargetingProblem[] = [];
    const criteria = parseTargetingCriteria({
      include: { and: [{ or: { "urn:li:adTargetingFacet:somethingNew": ["urn:li:thing:1"] } }] },
    });
    parseTargetingCriteria(criteria, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
  });

  it("lists the problems in its message and caps the list", () => {
    const many = { include: { and: Array.from({ length: 60 }, () => ({ or: {} })) } };
    let error: TargetingCriteriaError | undefined;
    try {
      parseTargetingCriteria(many);
    } catch (e) {
      error = e as TargetingCriteriaError;
    }
    expect(error?.problems).toHaveLength(60);
    expect(error?.message).toMatch(
      /^Invalid targeting criteria \(60 problems\):\n {2}- \$\.include\.and\[0\]\.or: empty group/,
    );
    expect(error?.message).toMatch(/… and 10 more$/);
    expect(error?.name).toBe("TargetingCriteriaError");
    expect(Object.isFrozen(error?.problems)).toBe(true);
  });

  it("never throws anything but TargetingCriteriaError on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateTargetingCriteria(json);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.path).toMatch(/^\$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("validateTargetingCriteria", () => {
  it("returns problems instead of throwing", () => {
    const result = validateTargetingCriteria({ include: { and: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("$.include.and");
    const good = validateTargetingCriteria(ok);
    expect(good).toStrictEqual({ ok: true, criteria: ok, warnings: [] });
  });
});
