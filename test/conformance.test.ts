// Conformance of what the SDK sends: every request of every SDK operation is valid against the spec (ajv over
// generated/openapi.json), and Stoplight Prism — an independent implementation that rejects requests breaking
// the spec — accepts the SDK's three operations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkedInClient, Facet, targeting, urn } from "../src/index.js";
import { TEST_ACCESS_TOKEN } from "../src/testing/index.js";
import { startPrism, type PrismMock } from "./support/prism.js";
import { validateRequest, validateResponse } from "./support/spec.js";
import { useTestServer } from "./support/test-server.js";

const criteria = () =>
  targeting()
    .include(Facet.locations, urn.geo(103644278))
    .include(Facet.interfaceLocales, urn.locale("en_US"))
    .includeAnyOf({ [Facet.jobFunctions]: [urn.function(10)], [Facet.seniorities]: [urn.seniority(6)] })
    .exclude(Facet.seniorities, urn.seniority(3));

describe("every request the SDK sends conforms to the spec", () => {
  const server = useTestServer({ port: 0 });

  it("facets, typeahead, list, similar, resolve and insights", async () => {
    const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url });
    await li.facets.list();
    await li.entities.typeahead({ facet: "locations", query: "united", pageSize: 5, maxItems: 12 }).toArray();
    await li.entities.list({ facet: "seniorities", pageSize: 5 }).toArray();
    await li.entities.list({ facet: "titles", fields: ["name", "urn"], locale: "en_US", maxItems: 3 }).toArray();
    const bank = await li.entities.typeahead({ facet: "employers", query: "jpmorgan" }).first();
    await li.entities.similar({ facet: "employers", entities: [bank!.urn], pageSize: 5, maxItems: 5 }).toArray();
    await li.entities.resolve([urn.geo(103644278), urn.function(10)]);
    await li.insights.get({
      targetingCriteria: criteria(),
      groupBy: "interests",
      sponsoredAccount: 123456789,
      resolveNames: true,
    });
    await li.insights.get({
      targetingCriteria: criteria(),
      groupBy: "bingCity",
      maxReturnCount: 5,
      segmentsOrderedBy: "HIERARCHICAL",
    });
    const kinds = server().requests.map((r) => `${r.method} ${r.path} ${r.query.q ?? r.query.action}`);
    expect(new Set(kinds)).toEqual(
      new Set([
        "GET /adTargetingFacets undefined",
        "GET /adTargetingEntities typeahead",
        "GET /adTargetingEntities adTargetingFacet",
        "GET /adTargetingEntities similarEntities",
        "GET /adTargetingEntities urns",
        "POST /targetingAudienceInsights audienceInsights",
      ]),
    );
    for (const r of server().requests) {
      // The log redacts the token; the validator only checks that a Bearer token is there.
      expect(
        validateRequest(
          { method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body },
          { closed: true },
        ),
        `${r.method} ${r.path}?${r.rawQuery}`,
      ).toEqual([]);
      expect(r.status).toBe(200);
    }
  });

  it("the validator does catch a request that breaks the spec", () => {
    expect(
      validateRequest({
        method: "GET",
        path: "/adTargetingEntities",
        query: { q: "typeahead", facet: Facet.locations },
        headers: { authorization: "Bearer x", "linkedin-version": "202610", "x-restli-protocol-version": "2.0.0" },
      }),
    ).not.toEqual([]);
  });
});

describe("Prism (mock mode) accepts the SDK's three operations", () => {
  let prism: PrismMock;
  beforeAll(async () => {
    prism = await startPrism({ timeoutMs: 20_000 });
  }, 30_000);
  afterAll(() => prism?.close());

  it("facets.list, entities.typeahead and insights.get answer with the spec's examples", async () => {
    const li = createLinkedInClient({ accessToken: "prism-token", baseUrl: prism.url, maxRetries: 0 });
    const facets = await li.facets.list();
    expect(facets.map((f) => f.facetName)).toContain("jobFunctions");
    const first = await li.entities.typeahead({ facet: Facet.locations, query: "united states", pageSize: 10 }).first();
    expect(first).toEqual({ name: "United States", urn: "urn:li:geo:103644278", facetUrn: Facet.locations });
    const insights = await li.insights.get({
      targetingCriteria: criteria(),
      groupBy: Facet.interests,
      sponsoredAccount: "urn:li:sponsoredAccount:123456789",
    });
    expect(insights.totalAudienceCount).toBe(5_500_000);
    expect(insights.segments[0]).toEqual({
      count: 4_900_000,
      percentage: 89,
      urn: "urn:li:interest:71363",
    });
    expect(validateResponse("GET", "/adTargetingFacets", 200, { elements: facets })).toEqual([]);
  });

  it("Prism would reject a request the SDK got wrong (a second opinion that can fail)", async () => {
    const li = createLinkedInClient({ accessToken: "prism-token", baseUrl: prism.url, maxRetries: 0 });
    const { response } = await li.api.POST("/targetingAudienceInsights", {
      params: { query: { action: "audienceInsights" } },
      // @ts-expect-error -- groupBy is required by the spec: Prism must refuse this
      body: { request: { targetingCriteria: criteria().build() } },
    });
    expect([400, 422]).toContain(response.status);
    expect(response.headers.get("sl-violations")).toContain("groupBy");
  });
});
