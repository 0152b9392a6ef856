// Packaging test, ESM: the installed tarball, imported by name, calls a loopback server for real.
import assert from "node:assert/strict";
import {
  createLinkedInClient,
  AuthenticationError,
  LinkedInApiError,
  Facet,
  targeting,
  urn,
} from "linkedin-audience-insights";
import { startTestServer, TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";

const server = await startTestServer({ port: 0 });
try {
  const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
  const facets = await li.facets.list();
  assert.ok(
    facets.some((f) => f.urn === Facet.locations),
    "facets include locations",
  );
  const insights = await li.insights.get({
    targetingCriteria: targeting().include(Facet.locations, urn.geo(103644278)),
    groupBy: "interests",
  });
  assert.ok(insights.totalAudienceCount > 0);
  const bad = createLinkedInClient({ accessToken: "not-a-valid-token", baseUrl: server.url, maxRetries: 0 });
  await assert.rejects(bad.facets.list(), (e) => e instanceof AuthenticationError && e instanceof LinkedInApiError);
  console.log(`esm: ok (${facets.length} facets, audience ${insights.totalAudienceCount})`);
} finally {
  await server.close();
}
