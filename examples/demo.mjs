// npm run demo [-- --json]
// End to end through the public SDK only (the built package, imported by its name): starts the embedded
// LinkedIn test server, then lists facets, finds entities, builds targeting criteria LinkedIn accepts and fetches
// Audience Insights twice — the persona's top interests, and its top U.S. cities — with names. No token, no network.
import { createLinkedInClient, Facet, targeting, urn } from "linkedin-audience-insights";
import { startTestServer, TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";

const json = process.argv.includes("--json");
const server = await startTestServer({ port: 0 });
try {
  const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });

  const facets = await li.facets.list();
  const country = await li.entities.typeahead({ facet: Facet.locations, query: "united states" }).first();
  // Job functions and seniorities are small fixed lists: LinkedIn offers them by listing, not by typeahead.
  const functions = await li.entities.list({ facet: Facet.jobFunctions }).toArray();
  const seniorities = await li.entities.list({ facet: Facet.seniorities }).toArray();
  const finance = functions.find((f) => f.name === "Finance");
  const levels = seniorities.filter((s) => s.name === "Director" || s.name === "VP");
  const entry = seniorities.find((s) => s.name === "Entry");
  if (!country || !finance || levels.length !== 2 || !entry) {
    throw new Error("the test server's dataset lacks the demo's entities");
  }

  // LinkedIn refuses job titles AND'ed with job functions or seniorities: the persona uses functions and levels.
  const criteria = targeting()
    .include(Facet.locations, country.urn)
    .include(Facet.interfaceLocales, urn.locale("en_US"))
    .include(Facet.jobFunctions, finance.urn)
    .include(
      Facet.seniorities,
      levels.map((s) => s.urn),
    )
    .exclude(Facet.seniorities, entry.urn)
    .build();
  const [interests, cities] = await Promise.all([
    li.insights.get({ targetingCriteria: criteria, groupBy: "interests", resolveNames: true }),
    li.insights.get({ targetingCriteria: criteria, groupBy: "bingCity", maxReturnCount: 5, resolveNames: true }),
  ]);

  // Shares from the counts: LinkedIn's percentage is a whole number, which rounds small segments to 0 %.
  const rows = (insights) =>
    insights.segments.map((s) => ({
      name: s.name ?? `(no name known for ${s.urn})`,
      urn: s.urn,
      members: s.count,
      percent: Math.round((1000 * s.count) / insights.totalAudienceCount) / 10,
    }));
  const report = {
    persona: `${finance.name} at ${levels.map((s) => s.name).join("/")} level in ${country.name}, English interface, excluding ${entry.name} level`,
    facets: facets.length,
    entities: { country, jobFunction: finance, seniorities: levels },
    targetingCriteria: criteria,
    audience: interests.totalAudienceCount,
    groupedBy: interests.groupedBy,
    topInterests: rows(interests).slice(0, 10),
    topCities: rows(cities),
    requests: server.requests.length,
  };

  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const n = (x) => new Intl.NumberFormat("en-US").format(x);
    const table = (title, list) => {
      console.log(title);
      const width = Math.max(...list.map((i) => i.name.length));
      for (const i of list) {
        // One block per 4 % of the audience, and at least one for any member at all.
        const bar = "█".repeat(Math.max(i.members ? 1 : 0, Math.round(i.percent / 4))).padEnd(25, "·");
        const percent = i.percent < 10 ? i.percent.toFixed(1) : String(Math.round(i.percent));
        console.log(`  ${i.name.padEnd(width)}  ${bar} ${percent.padStart(4)}%  ${n(i.members)}`);
      }
    };
    console.log("LinkedIn Audience Insights — demo against the embedded test server\n");
    console.log(`Facets available:   ${report.facets}`);
    console.log(`Location:           ${country.name} (${country.urn})`);
    console.log(`Job function:       ${finance.name} (${finance.urn})`);
    console.log(`Seniorities:        ${levels.map((s) => `${s.name} (${s.urn})`).join(", ")}`);
    console.log(`\nPersona: ${report.persona}`);
    console.log(`Audience size:      ${n(report.audience)} members\n`);
    table("Top interests", report.topInterests);
    console.log("");
    table("Top cities", report.topCities);
    console.log(`\n(${report.requests} requests to ${server.url})`);
  }
} finally {
  await server.close();
}
