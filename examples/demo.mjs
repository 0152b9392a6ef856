// npm run demo [-- --json]
// End to end through the public SDK only (the built package, imported by its name): starts the embedded
// LinkedIn test server, then lists facets, searches entities, builds targeting criteria and fetches
// Audience Insights grouped by interests, with names. No token, no network.
import { createLinkedInClient, Facet, targeting, urn } from "linkedin-audience-insights";
import { startTestServer, TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";

const json = process.argv.includes("--json");
const server = await startTestServer({ port: 0 });
try {
  const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });

  const facets = await li.facets.list();
  const country = await li.entities.typeahead({ facet: Facet.locations, query: "united states" }).first();
  const title = await li.entities.typeahead({ facet: Facet.titles, query: "finance director" }).first();
  const functions = await li.entities.list({ facet: Facet.jobFunctions }).toArray();
  const finance = functions.find((f) => f.name === "Finance");
  if (!country || !title || !finance) throw new Error("the test server's dataset lacks the demo's entities");

  const criteria = targeting()
    .include(Facet.locations, country.urn)
    .include(Facet.interfaceLocales, urn.locale("en_US"))
    .includeAnyOf({ [Facet.jobFunctions]: [finance.urn], [Facet.titles]: [title.urn] })
    .include(Facet.seniorities, [urn.seniority(6), urn.seniority(7)])
    .exclude(Facet.seniorities, urn.seniority(3))
    .build();
  const insights = await li.insights.get({ targetingCriteria: criteria, groupBy: "interests", resolveNames: true });

  const report = {
    persona: `${finance.name} or "${title.name}" at Director/VP level in ${country.name}, English interface, excluding Entry level`,
    facets: facets.length,
    entities: { country, title, jobFunction: finance },
    targetingCriteria: criteria,
    audience: insights.totalAudienceCount,
    groupedBy: insights.groupedBy,
    topInterests: insights.segments.slice(0, 10).map((s) => ({
      name: s.name ?? `(no name known for ${s.value})`,
      urn: s.value,
      members: s.entityCount,
      percent: s.entityPercentage,
    })),
    requests: server.requests.length,
  };

  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const n = (x) => new Intl.NumberFormat("en-US").format(x);
    console.log("LinkedIn Audience Insights — demo against the embedded test server\n");
    console.log(`Facets available:   ${report.facets}`);
    console.log(`Location:           ${country.name} (${country.urn})`);
    console.log(`Job function:       ${finance.name} (${finance.urn})`);
    console.log(`Title:              ${title.name} (${title.urn})`);
    console.log(`\nPersona: ${report.persona}`);
    console.log(`Audience size:      ${n(report.audience)} members\n`);
    console.log("Top interests");
    const width = Math.max(...report.topInterests.map((i) => i.name.length));
    for (const i of report.topInterests) {
      const bar = "█".repeat(Math.round((i.percent ?? 0) / 4)).padEnd(25, "·");
      console.log(`  ${i.name.padEnd(width)}  ${bar} ${String(i.percent).padStart(3)}%  ${n(i.members ?? 0)}`);
    }
    console.log(`\n(${report.requests} requests to ${server.url})`);
  }
} finally {
  await server.close();
}
