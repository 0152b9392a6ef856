import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, RestliError } from "../../src/restli.js";
import { urn } from "../../src/urn.js";
import { financeDirectors } from "./fixtures.js";
import {
  Facet,
  facetRegistry,
  fromRestli,
  parseTargetingCriteria,
  targeting,
  TargetingCriteriaError,
  toRestli,
  type TargetingCriteria,
  type TargetingProblem,
} from "../../src/targeting/index.js";

describe("toRestli", () => {
  it("encodes the notes' example exactly", () => {
    const criteria = targeting().include(Facet.locations, urn.geo(103644278)).build();
    expect(toRestli(criteria)).toBe(
      "(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A103644278))))))",
    );
  });

  it("encodes the worked example with include first and exclude second", () => {
    expect(toRestli(financeDirectors())).toBe(
      "(include:(and:List(" +
        "(or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A103644278)))," +
        "(or:(urn%3Ali%3AadTargetingFacet%3AinterfaceLocales:List(urn%3Ali%3Alocale%3Aen_US)))," +
        "(or:(urn%3Ali%3AadTargetingFacet%3AjobFunctions:List(urn%3Ali%3Afunction%3A10)))," +
        "(or:(urn%3Ali%3AadTargetingFacet%3Aseniorities:List(urn%3Ali%3Aseniority%3A6)))))," +
        "exclude:(or:(urn%3Ali%3AadTargetingFacet%3Aseniorities:List(urn%3Ali%3Aseniority%3A3))))",
    );
  });

  it("encodes tuple URNs and OR'ed facets", () => {
    const criteria = targeting()
      .includeAnyOf({ ageRanges: [urn.ageRange(25, 34)], staffCountRanges: urn.staffCountRange(51, 200) })
      .build();
    expect(toRestli(criteria)).toBe(
      "(include:(and:List((or:(" +
        "urn%3Ali%3AadTargetingFacet%3AageRanges:List(urn%3Ali%3AageRange%3A%2825%2C34%29)," +
        "urn%3Ali%3AadTargetingFacet%3AstaffCountRanges:List(urn%3Ali%3AstaffCountRange%3A%2851%2C200%29))))))",
    );
  });

  it("validates plain objects first", () => {
    const plain: TargetingCriteria = {
      exclude: { or: { [Facet.seniorities]: ["urn:li:seniority:3", "urn:li:seniority:3"] } },
      include: { and: [{ or: { [Facet.locations]: ["urn:li:geo:1"] } }] },
    };
    // Normalised: include before exclude, duplicates removed.
    expect(toRestli(plain)).toBe(
      "(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A1))))),exclude:(or:(urn%3Ali%3AadTargetingFacet%3Aseniorities:List(urn%3Ali%3Aseniority%3A3))))",
    );
    expect(() => toRestli({ include: { and: [] } })).toThrow(TargetingCriteriaError);
    const warnings: TargetingProblem[] = [];
    toRestli(
      { include: { and: [{ or: { "urn:li:adTargetingFacet:new": ["urn:li:new:1"] } }] } },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(warnings).toHaveLength(1);
  });
});

describe("fromRestli", () => {
  it("round-trips the worked example", () => {
    const criteria = financeDirectors();
    const back = fromRestli(toRestli(criteria));
    expect(back).toStrictEqual(criteria);
    expect(Object.isFrozen(back.include?.and)).toBe(true);
  });

  it("round-trips any valid criteria", () => {
    const known = facetRegistry.filter((f) => f.namespaces.length > 0 && f.maxValues === undefined);
    const entry = fc
      .tuple(
        fc.constantFrom(...known),
        fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 31 }), { minLength: 1, maxLength: 3 }),
      )
      .map(([facet, ids]) => [facet.urn, ids.map((id) => `urn:li:${facet.namespaces[0]}:${id}`)] as const);
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(entry, { minLength: 1, maxLength: 3, selector: ([f]) => f }), {
          minLength: 1,
          maxLength: 4,
        }),
        (groups) => {
          let criteria: TargetingCriteria;
          try {
            criteria = parseTargetingCriteria({ include: { and: groups.map((g) => ({ or: Object.fromEntries(g) })) } });
          } catch {
            return; // a combination rule; not what this property is about
          }
          const text = toRestli(criteria);
          expect(fromRestli(text)).toStrictEqual(criteria);
          expect(decode(text)).toStrictEqual(criteria);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("throws RestliError for malformed text", () => {
    expect(() => fromRestli("(include:(and:List(")).toThrow(RestliError);
    expect(() => fromRestli("(include:%ZZ)")).toThrow(RestliError);
  });

  it("throws TargetingCriteriaError for well-formed text that is not valid criteria", () => {
    let error: unknown;
    try {
      fromRestli(
        "(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3AjobFunctions:List(urn%3Ali%3Ageo%3A1))))),exclude:(and:List()))",
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TargetingCriteriaError);
    expect((error as TargetingCriteriaError).problems.map((p) => p.path)).toStrictEqual([
      "$.include.and[0].or['urn:li:adTargetingFacet:jobFunctions'][0]",
      "$.exclude.and",
    ]);
    expect(() => fromRestli("urn%3Ali%3Ageo%3A1")).toThrow(TargetingCriteriaError);
  });

  it("passes warnings on", () => {
    const warnings: TargetingProblem[] = [];
    fromRestli("(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Anew:List(urn%3Ali%3Anew%3A1))))))", {
      onWarning: (w) => warnings.push(w),
    });
    expect(warnings.map((w) => w.path)).toStrictEqual(["$.include.and[0].or['urn:li:adTargetingFacet:new']"]);
  });
});
