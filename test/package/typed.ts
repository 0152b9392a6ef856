// Packaging test, TypeScript (strict): type-checked with moduleResolution NodeNext and Bundler, then run.
import {
  createLinkedInClient,
  LinkedInApiError,
  type AdTargetingFacet,
  type AudienceInsights,
  type LinkedInClient,
} from "linkedin-audience-insights";
import { startTestServer, TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";

const server = await startTestServer({ port: 0 });
try {
  const li: LinkedInClient = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
  const facets: AdTargetingFacet[] = await li.facets.list();
  // li.api is typed by the generated spec: headers are injected, required query parameters are not optional.
  const { data, error } = await li.api.GET("/adTargetingEntities", {
    params: { query: { q: "typeahead", query: "united", facet: "urn:li:adTargetingFacet:locations" } },
  });
  if (error !== undefined || data === undefined) throw new Error("typeahead failed");
  const first: string | undefined = data.elements?.[0]?.name;
  const insights: AudienceInsights = await li.insights.get({
    targetingCriteria: {
      include: { and: [{ or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } }] },
    },
    groupBy: "urn:li:adTargetingFacet:interests",
  });
  const isApiError: boolean = new Error("x") instanceof LinkedInApiError;
  console.log(
    `ts: ok (${facets.length} facets, first match ${first}, audience ${insights.totalAudienceCount}, ${isApiError})`,
  );
} finally {
  await server.close();
}
