// Evidence: the SDK's adTargetingEntities requests carry exactly the parameters of LinkedIn's own requests (its
// Postman collections "Audience Insights" and "Campaign Management", LinkedIn-Version 202607), value for value
// as they travel on the wire. Order of parameters aside, they must match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkedInClient, Facet, urn } from "../../src/index.js";
import { startSampleServer, type SampleServer } from "../support/sample-server.js";

/** LinkedIn's request URLs (query strings), as the collections send them. */
const POSTMAN = {
  // Audience Insights › Ad Targeting Entities › "Get Bing Geo locations using search typeahead"
  typeahead:
    "q=typeahead&query=united%20states&facet=urn%3Ali%3AadTargetingFacet%3Alocations&queryVersion=QUERY_USES_URNS&start=0&count=10",
  // Audience Insights › Ad Targeting Entities › "Get all job titles (paginated)"
  titles:
    "q=adTargetingFacet&queryVersion=QUERY_USES_URNS&facet=urn%3Ali%3AadTargetingFacet%3Atitles&fields=name,urn&start=0&count=1000&totals=false",
  // Audience Insights › Ad Targeting Entities › "Get all skills (paginated)"
  skills:
    "q=adTargetingFacet&queryVersion=QUERY_USES_URNS&facet=urn%3Ali%3AadTargetingFacet%3Askills&fields=name,urn&start=0&count=10000&totals=false",
  // Campaign Management › "Find Entities by Similar Entities"
  similar:
    "q=similarEntities&facet=urn%3Ali%3AadTargetingFacet%3Aemployers&queryVersion=QUERY_USES_URNS&entities=List(urn%3Ali%3Aorganization%3A1003)&locale=(language:en,country:US)",
  // Campaign Management › "Find Entities by URNs"
  urns: "q=urns&queryVersion=QUERY_USES_URNS&urns=List(urn%3Ali%3Ageo%3A102095887)",
};

/** A query string as a sorted list of raw `name=value` pairs. */
const pairs = (query: string) => query.split("&").sort();

describe("requests match LinkedIn's own", () => {
  let sample: SampleServer;
  beforeAll(async () => {
    sample = await startSampleServer(() => ({ elements: [], paging: { start: 0, count: 0 } }));
  });
  afterAll(() => sample.close());
  const li = () => createLinkedInClient({ accessToken: "t", baseUrl: sample.url, maxRetries: 0 });
  const sent = () => sample.targets.at(-1)!.split("?")[1]!;

  it("typeahead", async () => {
    await li().entities.typeahead({ facet: Facet.locations, query: "united states", pageSize: 10 }).toArray();
    expect(pairs(sent())).toStrictEqual(pairs(POSTMAN.typeahead));
  });

  it("listing a facet in pages of 1,000 / 10,000 with totals=false and a projection", async () => {
    await li()
      .entities.list({ facet: Facet.titles, fields: ["name", "urn"] })
      .toArray();
    expect(pairs(sent())).toStrictEqual(pairs(POSTMAN.titles));
    await li()
      .entities.list({ facet: Facet.skills, fields: ["name", "urn"], pageSize: 10_000 })
      .toArray();
    expect(pairs(sent())).toStrictEqual(pairs(POSTMAN.skills));
  });

  it("similarEntities", async () => {
    await li()
      .entities.similar({ facet: Facet.employers, entities: [urn.organization(1003)], locale: "en_US" })
      .toArray();
    // The SDK also pages (start/count); everything LinkedIn's request has, it has as LinkedIn writes it.
    const mine = pairs(sent()).filter((p) => !p.startsWith("start=") && !p.startsWith("count="));
    expect(mine).toStrictEqual(pairs(POSTMAN.similar));
  });

  it("urns (the name look-up behind resolveNames)", async () => {
    await li().entities.resolve([urn.geo(102095887)]);
    expect(pairs(sent())).toStrictEqual(pairs(POSTMAN.urns));
  });
});
