// Quick start, without a LinkedIn token: the embedded test server answers as LinkedIn's API does (synthetic data).
// Replace `startTestServer` and `baseUrl` by your access token to ask LinkedIn itself.
import { createLinkedInClient, Facet, targeting } from "linkedin-audience-insights";
import { startTestServer, TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";

const server = await startTestServer();
try {
  const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });

  // 1. What can be targeted: the facets.
  const facets = await li.facets.list();
  console.log(
    `${facets.length} facets, e.g. ${facets
      .slice(0, 3)
      .map((f) => f.facetName)
      .join(", ")}`,
  );

  // 2. Names people type → the URNs LinkedIn needs.
  const us = await li.entities.find({ facet: Facet.locations, name: "United States" });
  const finance = await li.entities.find({ facet: Facet.jobFunctions, name: "Finance" });
  console.log(`${us.name}: ${us.urn}, ${finance.name}: ${finance.urn}`);

  // 3. A persona, and what it cares about — with names, not URNs.
  const insights = await li.insights.get({
    targetingCriteria: targeting().include(Facet.locations, us.urn).include(Facet.jobFunctions, finance.urn),
    groupBy: Facet.interests,
    maxReturnCount: 5,
    resolveNames: true,
  });
  console.log(`Audience: ${insights.totalAudienceCount.toLocaleString("en-US")} members`);
  for (const s of insights.segments) console.log(`  ${s.name ?? s.urn}: ${s.percentage}%`);
} finally {
  await server.close();
}
