import { describe, expect, expectTypeOf, it } from "vitest";
import {
  Facet,
  facetInfo,
  facetName,
  facetRegistry,
  facetUrn,
  isFacetUrn,
  TargetingCriteriaError,
  type FacetName,
} from "../../src/targeting/index.js";
import openapi from "../../generated/openapi.json" with { type: "json" };

const documented = [
  "ageRanges",
  "audienceMatchingSegments",
  "dynamicSegments",
  "companyCategory",
  "degrees",
  "employers",
  "employersAll",
  "employersPast",
  "followedCompanies",
  "fieldsOfStudy",
  "genders",
  "groups",
  "industries",
  "interests",
  "interfaceLocales",
  "jobFunctions",
  "locations",
  "profileLocations",
  "memberBehaviors",
  "schools",
  "seniorities",
  "skills",
  "staffCountRanges",
  "titles",
  "titlesAll",
  "titlesPast",
  "yearsOfExperienceRanges",
  "growthRate",
  "productInterests",
  "bingCity",
  "bingState",
  "bingCountry",
  "bingContinent",
];

// Which facets a LinkedIn source names (spec/LINKEDIN-FACTS.md): the rest are from third parties only.
const FACET_URNS_PAGE =
  "https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-facet-urns";
const FACETS_PAGE = "https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/adtargetingfacets";
const TARGETING_FACETS_PAGE = "https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-facets";
const POSTMAN = "LinkedIn's Postman collections (Audience Insights, Campaign Management)";
const linkedInSources: Record<string, string> = {
  ageRanges: FACET_URNS_PAGE,
  audienceMatchingSegments: FACET_URNS_PAGE,
  dynamicSegments: FACET_URNS_PAGE,
  companyCategory: FACET_URNS_PAGE,
  degrees: FACET_URNS_PAGE,
  employers: FACET_URNS_PAGE,
  employersPast: FACETS_PAGE,
  interfaceLocales: TARGETING_FACETS_PAGE,
  industries: POSTMAN,
  interests: POSTMAN,
  jobFunctions: POSTMAN,
  locations: POSTMAN,
  memberBehaviors: POSTMAN,
  seniorities: POSTMAN,
  skills: POSTMAN,
  staffCountRanges: POSTMAN,
  titles: POSTMAN,
  yearsOfExperienceRanges: POSTMAN,
  growthRate: POSTMAN,
};

describe("Facet", () => {
  it("maps every documented facet name to its URN", () => {
    expect(Object.keys(Facet).sort()).toStrictEqual([...documented].sort());
    for (const name of documented) expect(Facet[name as FacetName]).toBe(`urn:li:adTargetingFacet:${name}`);
  });

  it("types each URN as a literal", () => {
    expect(Facet.locations).toBe("urn:li:adTargetingFacet:locations");
    expectTypeOf(Facet.locations).toEqualTypeOf<"urn:li:adTargetingFacet:locations">();
    expectTypeOf(Facet.interfaceLocales).toEqualTypeOf<"urn:li:adTargetingFacet:interfaceLocales">();
  });

  it("covers every facet URN in the corrected spec", () => {
    const found = new Set(JSON.stringify(openapi).match(/urn:li:adTargetingFacet:[A-Za-z]+/g));
    expect(found.size).toBeGreaterThan(5);
    for (const u of found) expect(facetInfo(u), u).toBeDefined();
  });

  it("is frozen", () => {
    expect(Object.isFrozen(Facet)).toBe(true);
    expect(Object.isFrozen(facetRegistry)).toBe(true);
    expect(facetRegistry.every((f) => Object.isFrozen(f) && Object.isFrozen(f.namespaces))).toBe(true);
  });
});

describe("facet registry", () => {
  it("describes each facet", () => {
    expect(facetInfo("locations")).toStrictEqual({
      name: "locations",
      urn: "urn:li:adTargetingFacet:locations",
      namespaces: ["geo"],
      confirmed: true,
      targetable: true,
      groupable: true,
      finders: ["AD_TARGETING_FACET", "TYPEAHEAD"],
    });
    expect(facetInfo(Facet.interfaceLocales)).toStrictEqual({
      name: "interfaceLocales",
      urn: Facet.interfaceLocales,
      namespaces: ["locale"],
      maxValues: 1,
      confirmed: true,
      targetable: true,
      groupable: false,
    });
    expect(facetInfo("bingCity")).toMatchObject({ namespaces: ["geo"], targetable: false, groupable: true });
    expect(facetInfo("jobFunctions").namespaces).toStrictEqual(["function"]);
    expect(facetInfo("schools").namespaces).toStrictEqual(["organization"]);
    expect(facetInfo("ageRanges").namespaces).toStrictEqual(["ageRange"]);
    expect(facetInfo("titlesPast").confirmed).toBe(false);
    expect(facetInfo("productInterests").namespaces).toStrictEqual([]);
  });

  it("knows the finders of exactly the facets LinkedIn's samples list (the spec's adTargetingFacets example)", () => {
    const example = (
      openapi as unknown as {
        components: {
          examples: Record<string, { value: { elements: { facetName: string; availableEntityFinders: string[] }[] } }>;
        };
      }
    ).components.examples.AdTargetingFacetsResponseExample!.value.elements;
    for (const f of example)
      expect(facetInfo(f.facetName)?.finders, f.facetName).toStrictEqual(f.availableEntityFinders);
    const withFinders = facetRegistry.filter((f) => f.finders).map((f) => f.name);
    expect(withFinders.sort()).toStrictEqual(example.map((f) => f.facetName).sort());
    expect(facetInfo("employersPast").finders).toStrictEqual(["TYPEAHEAD", "SIMILAR_ENTITIES"]);
  });

  it("marks as confirmed exactly the facets a LinkedIn source names", () => {
    for (const info of facetRegistry) expect(info.confirmed, info.name).toBe(info.name in linkedInSources);
  });

  it("marks the facets that are not Audience Insights breakdowns, and the breakdown-only place levels", () => {
    expect(facetRegistry.filter((f) => !f.groupable).map((f) => f.name)).toStrictEqual([
      "ageRanges",
      "audienceMatchingSegments",
      "dynamicSegments",
      "genders",
      "interfaceLocales",
    ]);
    expect(facetRegistry.filter((f) => !f.targetable).map((f) => f.name)).toStrictEqual([
      "bingCity",
      "bingState",
      "bingCountry",
      "bingContinent",
    ]);
  });

  it("has one entry per Facet, keyed both ways", () => {
    expect(facetRegistry.map((f) => f.name)).toStrictEqual(Object.keys(Facet));
    for (const info of facetRegistry) {
      expect(facetInfo(info.name)).toBe(info);
      expect(facetInfo(info.urn)).toBe(info);
    }
  });

  it("returns undefined for unknown facets", () => {
    expect(facetInfo("nope")).toBeUndefined();
    expect(facetInfo("urn:li:adTargetingFacet:somethingNew")).toBeUndefined();
  });
});

describe("facetUrn / facetName", () => {
  it("turns names into URNs and keeps URNs", () => {
    expect(facetUrn("interests")).toBe("urn:li:adTargetingFacet:interests");
    expect(facetUrn(Facet.interests)).toBe(Facet.interests);
    expect(facetUrn("urn:li:adTargetingFacet:somethingNew")).toBe("urn:li:adTargetingFacet:somethingNew");
    expectTypeOf(facetUrn("interests")).toEqualTypeOf<"urn:li:adTargetingFacet:interests">();
  });

  it("turns URNs into names", () => {
    expect(facetName(Facet.jobFunctions)).toBe("jobFunctions");
    expect(facetName("urn:li:adTargetingFacet:somethingNew")).toBe("somethingNew");
    expect(facetName("seniorities")).toBe("seniorities");
    expectTypeOf(facetName(Facet.jobFunctions)).toEqualTypeOf<"jobFunctions">();
  });

  it.each([
    ["nope", /unknown facet name "nope"/],
    ["Locations", /did you mean "locations"\?/],
    ["loactions", /did you mean "locations"\?/],
    ["seniority", /did you mean "seniorities"\?/],
    ["zzzzzz", /^(?!.*did you mean)/],
    ["urn:li:adTargetingFacet:", /malformed facet URN/],
    ["urn:li:adTargetingFacet:a b", /malformed facet URN/],
    ["urn:li:geo:103644278", /malformed facet URN/],
    ["", /unknown facet name ""/],
  ])("rejects %j", (input, says) => {
    for (const fn of [facetUrn, facetName]) {
      let error: unknown;
      try {
        fn(input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TargetingCriteriaError);
      expect((error as TargetingCriteriaError).problems).toHaveLength(1);
      expect((error as TargetingCriteriaError).message).toMatch(says);
    }
  });

  it("isFacetUrn checks the shape only", () => {
    expect(isFacetUrn(Facet.locations)).toBe(true);
    expect(isFacetUrn("urn:li:adTargetingFacet:somethingNew")).toBe(true);
    expect(isFacetUrn("locations")).toBe(false);
    expect(isFacetUrn(1)).toBe(false);
  });
});
