// li.entities.list / resolve and insights name resolution, against the embedded test server.
import { describe, expect, it } from "vitest";
import { ConfigurationError, createLinkedInClient, Facet, targeting, urn, UrnError } from "../../src/index.js";
import { batchUrns, MAX_URNS_PER_REQUEST } from "../../src/resources/names.js";
import { MAX_QUERY_LENGTH, tunnelIfTooLong } from "../../src/http/tunnel.js";
import { TEST_ACCESS_TOKEN } from "../../src/testing/index.js";
import { useTestServer } from "../support/test-server.js";

const server = useTestServer({ port: 0 });
const li = () => createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url });

describe("entities.list (q=adTargetingFacet)", () => {
  it("lists every seniority, paged", async () => {
    const all = await li().entities.list({ facet: "seniorities", pageSize: 4 }).toArray();
    expect(all.map((e) => e.urn).sort()).toEqual(Array.from({ length: 10 }, (_, i) => urn.seniority(i + 1)).sort());
    expect(all.find((e) => e.urn === urn.seniority(6))?.name).toBe("Director");
    expect(server().requests.map((r) => r.query.q)).toEqual([
      "adTargetingFacet",
      "adTargetingFacet",
      "adTargetingFacet",
    ]);
    expect(server().requests[0]?.rawQuery).toContain("facet=urn%3Ali%3AadTargetingFacet%3Aseniorities");
  });

  it("checks its parameters before any request", () => {
    expect(() => li().entities.list({ facet: "nope" })).toThrow(/nope/);
    expect(() => li().entities.list({ facet: Facet.locations, entityType: "country" })).toThrow(/upper-case/);
    expect(server().requests).toHaveLength(0);
  });
});

// Issue 16, item 7: a finder the facet does not offer fails before any request, where the client knows its finders.
describe("a finder the facet does not offer", () => {
  const rejected = async (iterable: AsyncIterable<unknown> & { toArray(): Promise<unknown[]> }) => {
    const error = await iterable.toArray().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  };

  it("typeahead on seniorities or jobFunctions (the registry knows): no request, and what to use instead", async () => {
    const client = li();
    const seniorities = await rejected(client.entities.typeahead({ facet: "seniorities", query: "dir" }));
    expect(seniorities).toMatch(/seniorities offers no TYPEAHEAD finder \(its finders: AD_TARGETING_FACET\)/);
    expect(seniorities).toContain('use li.entities.list({ facet: "seniorities" }) instead');
    expect(await rejected(client.entities.typeahead({ facet: Facet.jobFunctions, query: "fin" }))).toContain(
      'li.entities.list({ facet: "jobFunctions" })',
    );
    expect(await rejected(client.entities.list({ facet: "employers" }))).toContain(
      'li.entities.typeahead({ facet: "employers", query }) or li.entities.similar({ facet: "employers", entities })',
    );
    expect(server().requests).toHaveLength(0);
  });

  it("the facet list in the client's store decides where the registry does not know (no request to check)", async () => {
    const client = li();
    // genders: no LinkedIn sample lists its finders, so without the facet list the call goes through.
    await expect(client.entities.typeahead({ facet: "genders", query: "f" }).toArray()).rejects.toMatchObject({
      status: 400,
    });
    expect(server().requests).toHaveLength(1);
    await client.facets.list();
    server().clearRequests();
    expect(await rejected(client.entities.typeahead({ facet: "genders", query: "f" }))).toContain(
      'li.entities.list({ facet: "genders" })',
    );
    expect(server().requests).toHaveLength(0);
    // An unknown facet, even with the list stored, goes through: LinkedIn decides.
    await client.entities
      .typeahead({ facet: "urn:li:adTargetingFacet:somethingNew", query: "x" })
      .first()
      .catch(() => 0);
    expect(server().requests).toHaveLength(1);
  });

  it("offered finders go through, and find() still picks the right one", async () => {
    const client = li();
    expect(await client.entities.typeahead({ facet: "locations", query: "united" }).first()).toBeDefined();
    expect((await client.entities.find({ facet: "seniorities", name: "Director" })).urn).toBe(urn.seniority(6));
  });
});

describe("entities.resolve (q=urns)", () => {
  it("resolves URNs to entities, de-duplicated, unknown ones absent", async () => {
    const map = await li().entities.resolve([urn.geo(103644278), urn.function(10), urn.geo(103644278), "urn:li:geo:1"]);
    expect(map.get(urn.geo(103644278))?.name).toBe("United States");
    expect(map.get(urn.function(10))?.name).toBe("Finance");
    expect(map.has("urn:li:geo:1")).toBe(false);
    expect(server().requests).toHaveLength(1);
    expect(server().requests[0]?.rawQuery).toBe(
      "q=urns&urns=List(urn%3Ali%3Ageo%3A103644278,urn%3Ali%3Afunction%3A10,urn%3Ali%3Ageo%3A1)&queryVersion=QUERY_USES_URNS",
    );
  });

  it("caches per client, found and not found alike, and shares concurrent lookups", async () => {
    const client = li();
    const [a, b] = await Promise.all([
      client.entities.resolve([urn.seniority(6), "urn:li:seniority:999"]),
      client.entities.resolve([urn.seniority(6)]),
    ]);
    expect(a.get(urn.seniority(6))).toEqual(b.get(urn.seniority(6)));
    await client.entities.resolve([urn.seniority(6), "urn:li:seniority:999"]);
    expect(server().requests).toHaveLength(1);
    await li().entities.resolve([urn.seniority(6)]); // another client, another cache
    expect(server().requests).toHaveLength(2);
  });

  it("batches many URNs into as few requests as the limits allow", async () => {
    const interests = (await li().entities.list({ facet: "interests" }).toArray()).map((e) => e.urn);
    server().clearRequests();
    expect(interests.length).toBeGreaterThan(MAX_URNS_PER_REQUEST);
    const map = await li().entities.resolve(interests);
    expect(map.size).toBe(interests.length);
    expect(server().requests).toHaveLength(Math.ceil(interests.length / MAX_URNS_PER_REQUEST));
  });

  it("rejects a malformed URN before any request, naming it", async () => {
    await expect(li().entities.resolve(["urn:li:geo:1", "geo:2"])).rejects.toThrow(UrnError);
    await expect(li().entities.resolve(["geo:2"])).rejects.toThrow(/geo:2/);
    expect(server().requests).toHaveLength(0);
  });
});

describe("query tunnelling", () => {
  it("batches stay under the URL budget, and an over-long GET is tunnelled as POST", () => {
    const long = Array.from({ length: 300 }, (_, i) => `urn:li:title:${1_000_000_000 + i}`);
    const batches = batchUrns(long);
    expect(batches.flat()).toEqual(long);
    expect(batches.every((b) => b.length <= MAX_URNS_PER_REQUEST)).toBe(true);
    const tunnelled = tunnelIfTooLong({
      method: "GET",
      url: `https://x/rest/a?q=${"a".repeat(MAX_QUERY_LENGTH)}`,
      headers: new Headers(),
      body: undefined,
    });
    expect(tunnelled.method).toBe("POST");
    expect(tunnelled.url).toBe("https://x/rest/a");
    expect(tunnelled.headers.get("x-http-method-override")).toBe("GET");
    expect(tunnelled.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    const short = { method: "GET", url: "https://x/rest/a?q=b", headers: new Headers(), body: undefined };
    expect(tunnelIfTooLong(short)).toBe(short);
  });

  it("the server answers a tunnelled typeahead exactly like the GET", async () => {
    const client = li();
    const query = `united ${"x".repeat(MAX_QUERY_LENGTH)}`;
    const viaTunnel = await client.api.GET("/adTargetingEntities", {
      params: { query: { q: "typeahead", query, facet: Facet.locations } },
    });
    expect(viaTunnel.response.status).toBe(200);
    expect(server().requests[0]?.method).toBe("POST");
    expect(server().requests[0]?.headers["x-http-method-override"]).toBe("GET");
    expect(server().requests[0]?.query.query).toBe(query);
  });
});

describe("insights with names", () => {
  it("resolveNames adds each segment's name in one batched lookup", async () => {
    const client = li();
    const result = await client.insights.get({
      targetingCriteria: targeting()
        .include(Facet.locations, urn.geo(103644278))
        .include(Facet.jobFunctions, urn.function(10)),
      groupBy: "interests",
      resolveNames: true,
    });
    expect(result.segments.length).toBeGreaterThan(0);
    expect(result.segments.every((s) => typeof s.name === "string" && s.name.length > 0)).toBe(true);
    expect(server().requests.map((r) => `${r.method} ${r.path} ${r.query.q ?? ""}`)).toEqual([
      "POST /targetingAudienceInsights ",
      "GET /adTargetingEntities urns",
    ]);
    const plain = await client.insights.get({
      targetingCriteria: targeting().include(Facet.locations, urn.geo(103644278)),
      groupBy: "interests",
    });
    expect(plain.segments.every((s) => s.name === undefined)).toBe(true);
  });
});
