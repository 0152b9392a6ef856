// Evidence: LinkedIn's published adTargetingFacets answers, served as they are (not as the community spec says),
// through the SDK's types and runtime. A regeneration that brings back `urn` or a closed enum fails here.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { components } from "../../generated/schema.js";
import { createLinkedInClient, type AdTargetingFacet, type EntityFinder, type EntityType } from "../../src/index.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";
import { startSampleServer, type SampleServer } from "../support/sample-server.js";

// https://learn.microsoft.com/en-us/linkedin/shared/references/v2/ads/adtargetingfacets — "Sample Response"
// (the first elements, verbatim; the field is `adTargetingFacetUrn` since LinkedIn-Version 202304).
const LINKEDIN_SAMPLE = {
  elements: [
    {
      entityTypes: ["COMPANY"],
      facetName: "employersPast",
      adTargetingFacetUrn: "urn:li:adTargetingFacet:employersPast",
      availableEntityFinders: ["TYPEAHEAD", "SIMILAR_ENTITIES"],
    },
    {
      entityTypes: ["COMPANY"],
      facetName: "employers",
      adTargetingFacetUrn: "urn:li:adTargetingFacet:employers",
      availableEntityFinders: ["TYPEAHEAD", "SIMILAR_ENTITIES"],
    },
  ],
};

// The same page: "In versions before the 202304, the adTargetingFacetUrn field was $URN". Elements in that form,
// as a public transcription of LinkedIn's older sample shows them (withone.ai "List Available Ad Targeting
// Facets"), including Rest.li's `$UNKNOWN` for dynamicSegments.
const OLDER_SAMPLE = {
  elements: [
    {
      $URN: "urn:li:adTargetingFacet:jobFunctions",
      availableEntityFinders: ["AD_TARGETING_FACET"],
      entityTypes: ["FUNCTION"],
      facetName: "jobFunctions",
    },
    {
      $URN: "urn:li:adTargetingFacet:dynamicSegments",
      availableEntityFinders: ["$UNKNOWN"],
      entityTypes: ["$UNKNOWN"],
      facetName: "dynamicSegments",
    },
  ],
};

describe("LinkedIn's documented adTargetingFacets answer", () => {
  let sample: SampleServer;
  let body: unknown = LINKEDIN_SAMPLE;
  beforeAll(async () => {
    sample = await startSampleServer(() => body);
  });
  afterAll(() => sample.close());
  const li = () => createLinkedInClient({ accessToken: "t", baseUrl: sample.url, maxRetries: 0 });

  it("gives facets whose urn is the facet URN LinkedIn sent (adTargetingFacetUrn)", async () => {
    body = LINKEDIN_SAMPLE;
    const facets = await li().facets.list();
    expect(facets.map((f) => f.urn)).toStrictEqual([
      "urn:li:adTargetingFacet:employersPast",
      "urn:li:adTargetingFacet:employers",
    ]);
    expect(facets[0]).toMatchObject({
      facetName: "employersPast",
      adTargetingFacetUrn: "urn:li:adTargetingFacet:employersPast",
      availableEntityFinders: ["TYPEAHEAD", "SIMILAR_ENTITIES"],
    });
  });

  it("reads $URN from LinkedIn-Versions before 202304, and `$UNKNOWN` finders without throwing", async () => {
    body = OLDER_SAMPLE;
    const facets = await li().facets.list();
    expect(facets.map((f) => f.urn)).toStrictEqual([
      "urn:li:adTargetingFacet:jobFunctions",
      "urn:li:adTargetingFacet:dynamicSegments",
    ]);
    expect(facets[1]?.availableEntityFinders).toStrictEqual(["$UNKNOWN"]);
  });

  it("keeps finders and entity types LinkedIn adds later (open sets)", async () => {
    body = {
      elements: [{ ...LINKEDIN_SAMPLE.elements[1], availableEntityFinders: ["TYPEAHEAD", "SOME_NEW_FINDER"] }],
    };
    const [facet] = await li().facets.list();
    expect(facet?.availableEntityFinders).toStrictEqual(["TYPEAHEAD", "SOME_NEW_FINDER"]);
  });

  it("types: known values autocomplete, unknown ones type-check, and the generated schema has LinkedIn's field", () => {
    const finder: EntityFinder = "SOME_NEW_FINDER";
    const type: EntityType = "SOME_NEW_TYPE";
    expect([finder, type]).toHaveLength(2);
    expectTypeOf<"TYPEAHEAD">().toExtend<EntityFinder>();
    expectTypeOf<"SIMILAR_ENTITIES">().toExtend<components["schemas"]["AdTargetingEntityFinder"]>();
    expectTypeOf<"$UNKNOWN">().toExtend<components["schemas"]["AdTargetingEntityType"]>();
    expectTypeOf<AdTargetingFacet["urn"]>().toEqualTypeOf<string>();
    // The generated (overlaid) schema: adTargetingFacetUrn required, no `urn`.
    expectTypeOf<components["schemas"]["AdTargetingFacet"]["adTargetingFacetUrn"]>().toEqualTypeOf<string>();
    expectTypeOf<components["schemas"]["AdTargetingFacet"]>().not.toHaveProperty("urn");
    // Open: any string is an allowed finder in the generated type.
    expectTypeOf<string>().toExtend<
      NonNullable<components["schemas"]["AdTargetingFacet"]["availableEntityFinders"]>[number]
    >();
  });
});

describe("the embedded test server answers facets as LinkedIn does", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ port: 0 });
  });
  afterAll(() => server.close());

  it("adTargetingFacetUrn on every element, and no `urn` field", async () => {
    const response = await fetch(`${server.url}/adTargetingFacets`, {
      headers: {
        authorization: `Bearer ${TEST_ACCESS_TOKEN}`,
        "linkedin-version": createLinkedInClient({ accessToken: "t" }).version,
        "x-restli-protocol-version": "2.0.0",
      },
    });
    const { elements } = (await response.json()) as { elements: Record<string, unknown>[] };
    expect(elements.length).toBeGreaterThan(10);
    for (const e of elements) {
      expect(e.adTargetingFacetUrn).toBe(`urn:li:adTargetingFacet:${String(e.facetName)}`);
      expect(e).not.toHaveProperty("urn");
    }
  });
});
