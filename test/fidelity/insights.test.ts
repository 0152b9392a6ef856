// Evidence: the Audience Insights request as LinkedIn's integrations send it, and LinkedIn's own use case "In
// which top U.S. cities do members interested in "Computer Programming" reside?"
// (https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads/advertising-targeting/audience-insights-usecase).
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ConfigurationError,
  createLinkedInClient,
  Facet,
  targeting,
  urn,
  type InsightsParams,
} from "../../src/index.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";
import { startSampleServer, type SampleServer } from "../support/sample-server.js";

describe("the audienceInsights request", () => {
  let sample: SampleServer;
  beforeAll(async () => {
    sample = await startSampleServer(() => ({
      value: { audienceInsight: { segmentations: [], groupedBy: Facet.bingCity }, totalAudienceCount: 0 },
    }));
  });
  afterAll(() => sample.close());

  it("is sent as LinkedIn documents it: request.{requestMetaData, targetingCriteria, groupBy, maxReturnCount, segmentsOrderedBy}", async () => {
    const seen: string[] = [];
    const li = createLinkedInClient({
      accessToken: "t",
      baseUrl: sample.url,
      fetch: async (request) => {
        seen.push(await request.clone().text());
        return fetch(request);
      },
    });
    const params: InsightsParams = {
      targetingCriteria: targeting()
        .include(Facet.locations, urn.geo(103644278))
        .include(Facet.interests, urn.interest(71363)),
      groupBy: "bingCity",
      maxReturnCount: 5,
      segmentsOrderedBy: "AUDIENCE_PERCENTAGE",
      sponsoredAccount: 123456789,
    };
    await li.insights.get(params);
    expect(JSON.parse(seen[0]!)).toStrictEqual({
      request: {
        requestMetaData: { sponsoredAccount: "urn:li:sponsoredAccount:123456789" },
        targetingCriteria: {
          include: {
            and: [
              { or: { [Facet.locations]: ["urn:li:geo:103644278"] } },
              { or: { [Facet.interests]: ["urn:li:interest:71363"] } },
            ],
          },
        },
        groupBy: "urn:li:adTargetingFacet:bingCity",
        maxReturnCount: 5,
        segmentsOrderedBy: "AUDIENCE_PERCENTAGE",
      },
    });
    expect(sample.targets.at(-1)).toBe("/rest/targetingAudienceInsights?action=audienceInsights");
  });

  it("types: the place levels and groupable facets autocomplete; anything else a facet URN may be", () => {
    expectTypeOf<"bingCity">().toExtend<InsightsParams["groupBy"]>();
    expectTypeOf<typeof Facet.bingCountry>().toExtend<InsightsParams["groupBy"]>();
    expectTypeOf<"HIERARCHICAL">().toExtend<NonNullable<InsightsParams["segmentsOrderedBy"]>>();
  });
});

// Issue 16, item 7: groupBy is checked before any request, and its errors name groupBy (not "$").
describe("groupBy mistakes", () => {
  let sample: SampleServer;
  beforeAll(async () => {
    sample = await startSampleServer(() => ({ value: { totalAudienceCount: 0 } }));
  });
  afterAll(() => sample.close());
  const persona = () => targeting().include(Facet.locations, urn.geo(103644278));

  it("a typo names groupBy and suggests the facet; a facet that is no breakdown says what to group by", async () => {
    const li = createLinkedInClient({ accessToken: "t", baseUrl: sample.url });
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    const typo = await failure(li.insights.get({ targetingCriteria: persona(), groupBy: "loactions" }));
    expect(typo).toBeInstanceOf(ConfigurationError);
    expect(typo?.message).toMatch(
      /^insights\.get: groupBy: unknown facet name "loactions"; did you mean "locations"\?/,
    );
    const singular = await failure(li.insights.get({ targetingCriteria: persona(), groupBy: "seniority" }));
    expect(singular?.message).toContain('did you mean "seniorities"?');
    const gender = await failure(li.insights.compare({ targetingCriteria: persona(), groupBy: "genders" }));
    expect(gender?.message).toMatch(/^insights\.compare: groupBy genders is not an Audience Insights breakdown/);
    expect(sample.targets).toEqual([]);
  });
});

describe("top U.S. cities of members interested in Computer Programming (LinkedIn's use case)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ port: 0 });
  });
  afterAll(() => server.close());

  it("groupBy bingCity with maxReturnCount 5: at most 5 US cities, names resolvable", async () => {
    const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
    const programming = await li.entities.typeahead({ facet: "interests", query: "computer programming" }).first();
    expect(programming?.name).toBe("Computer Programming");
    const insights = await li.insights.get({
      targetingCriteria: targeting()
        .include(Facet.locations, urn.geo(103644278))
        .include(Facet.interests, programming!.urn)
        .build(),
      groupBy: Facet.bingCity,
      maxReturnCount: 5,
      resolveNames: true,
    });
    expect(insights.groupedBy).toBe(Facet.bingCity);
    expect(insights.segments.length).toBeGreaterThan(0);
    expect(insights.segments.length).toBeLessThanOrEqual(5);
    for (const s of insights.segments) {
      expect(s.urn).toMatch(/^urn:li:geo:\d+$/);
      expect(s.name).toMatch(/United States$/);
    }
    const request = server.requests.find((r) => r.path === "/targetingAudienceInsights");
    expect((request?.body as { request: { maxReturnCount: number } }).request.maxReturnCount).toBe(5);
  });
});
