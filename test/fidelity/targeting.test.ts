// Evidence: LinkedIn's targeting-criteria examples and combination rules, and its URN grammar, through the SDK's
// runtime and the embedded test server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createLinkedInClient,
  Facet,
  parseTargetingCriteria,
  TargetingCriteriaError,
  toRestli,
  urn,
  type TargetingCriteria,
} from "../../src/index.js";
import { COMBINATION_RULES } from "../../src/targeting/rules.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";
import * as dataset from "../../src/testing/dataset/index.js";
import { rejection } from "../support/errors.js";

// https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-examples — the first
// example: "including all users with seniority:5 which is “Manager” OR seniority:6 which is “Director”", with
// LinkedIn's empty exclude.
const LINKEDIN_EXAMPLE = {
  include: {
    and: [{ or: { "urn:li:adTargetingFacet:seniorities": ["urn:li:seniority:5", "urn:li:seniority:6"] } }],
  },
  exclude: {},
};

describe("LinkedIn's targeting-criteria examples", () => {
  it('accept `"exclude": {}` and drop it on encode', () => {
    const criteria = parseTargetingCriteria(LINKEDIN_EXAMPLE);
    expect(criteria).toStrictEqual({ include: LINKEDIN_EXAMPLE.include });
    expect(toRestli(LINKEDIN_EXAMPLE as TargetingCriteria)).toBe(
      "(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Aseniorities:List(urn%3Ali%3Aseniority%3A5,urn%3Ali%3Aseniority%3A6))))))",
    );
  });
});

// https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/targeting-criteria-facet-urns
// Values the test server knows, so that its answer is about the combination, not an unknown entity.
const one = (list: readonly { urn: string }[]) => list[0]!.urn;
const FORBIDDEN: [rule: string, first: [string, string], second: [string, string]][] = [
  [
    "Website retargeting",
    [Facet.dynamicSegments, one(dataset.dynamicSegmentEntities)],
    [Facet.interests, urn.interest(71363)],
  ],
  [
    "Website retargeting",
    [Facet.dynamicSegments, one(dataset.dynamicSegmentEntities)],
    [Facet.memberBehaviors, one(dataset.memberBehaviorEntities)],
  ],
  [
    "Industry and StaffCountRanges",
    [Facet.industries, one(dataset.industryEntities)],
    [Facet.employers, one(dataset.employerEntities)],
  ],
  [
    "Industry and StaffCountRanges",
    [Facet.staffCountRanges, one(dataset.staffCountRangeEntities)],
    [Facet.employers, one(dataset.employerEntities)],
  ],
  ["Job functions and seniorities", [Facet.jobFunctions, urn.function(10)], [Facet.titles, one(dataset.titleEntities)]],
  ["Job functions and seniorities", [Facet.seniorities, urn.seniority(6)], [Facet.titles, one(dataset.titleEntities)]],
];

describe("LinkedIn's forbidden facet combinations", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ port: 0 });
  });
  afterAll(() => server.close());
  const li = () => createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url, maxRetries: 0 });
  const criteria = ([fa, va]: [string, string], [fb, vb]: [string, string]) => ({
    include: { and: [{ or: { [fa]: [va] } }, { or: { [fb]: [vb] } }] },
  });

  it.each(FORBIDDEN)("%s: a TargetingCriteriaError in LinkedIn's words, before any request", async (rule, a, b) => {
    server.clearRequests();
    const text = COMBINATION_RULES.find((r) => r.text.startsWith(rule))!.text;
    const error = await rejection(li().insights.get({ targetingCriteria: criteria(a, b), groupBy: "interests" }));
    expect(error).toBeInstanceOf(TargetingCriteriaError);
    expect((error as Error).message).toContain(text);
    expect(server.requests).toHaveLength(0);
  });

  it.each(FORBIDDEN)("%s: the test server answers 400 with the rule, as LinkedIn does", async (rule, a, b) => {
    const text = COMBINATION_RULES.find((r) => r.text.startsWith(rule))!.text;
    // li.api sends what it is given: the server's own check is what is tested here.
    const { response, error } = await li().api.POST("/targetingAudienceInsights", {
      params: { query: { action: "audienceInsights" } },
      body: { request: { targetingCriteria: criteria(a, b), groupBy: Facet.jobFunctions } },
    });
    expect(response.status).toBe(400);
    expect((error as { message?: string }).message).toContain(text);
  });

  it("the same facets OR'ed in one group are fine, for the SDK and the server", async () => {
    const insights = await li().insights.get({
      targetingCriteria: {
        include: {
          and: [
            { or: { [Facet.locations]: [urn.geo(103644278)] } },
            { or: { [Facet.jobFunctions]: [urn.function(10)], [Facet.titles]: [one(dataset.titleEntities)] } },
          ],
        },
      },
      groupBy: "interests",
    });
    expect(insights.totalAudienceCount).toBeGreaterThan(0);
  });
});

describe("LinkedIn's URN grammar", () => {
  // LinkedIn's Pegasus TupleKey: "(foo,bar(zoo,moo)) parsed is ["foo", "bar(zoo,moo)"]"; Urn: "First char of
  // entityType must be [a-z]".
  it("nested tuples parse as LinkedIn's parser parses them; upper-case entity types are rejected", () => {
    expect(urn.parse("urn:li:foo:(foo,bar(zoo,moo))").parts).toStrictEqual(["foo", "bar(zoo,moo)"]);
    expect(urn.parse("urn:li:ageRange:(55,2147483647)").parts).toStrictEqual(["55", "2147483647"]);
    expect(urn.parse("urn:li:sponsoredCreative:(urn:li:sponsoredAccount:1,2)").parts).toStrictEqual([
      "urn:li:sponsoredAccount:1",
      "2",
    ]);
    expect(urn.isUrn("urn:li:Foo:1")).toBe(false);
  });
});
