// li.entities.find: a name → one entity, through the facet's own finder, against the embedded test server.
import { describe, expect, it } from "vitest";
import {
  AmbiguousEntityError,
  ConfigurationError,
  createLinkedInClient,
  EntityNotFoundError,
  Facet,
  LinkedInError,
  TargetingCriteriaError,
  urn,
} from "../../src/index.js";
import { startTestServer, TEST_ACCESS_TOKEN } from "../../src/testing/index.js";
import { useTestServer } from "../support/test-server.js";
import { rejection } from "../support/errors.js";

const server = useTestServer({ port: 0 });
const li = () => createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url });
const log = () => server().requests.map((r) => `${r.path}${r.query.q ? ` q=${r.query.q}` : ""}`);

describe("entities.find", () => {
  it("a facet that offers only listing (jobFunctions): listed once, matched ignoring case and accents", async () => {
    const client = li();
    // A newcomer's first try: typeahead on jobFunctions, which LinkedIn answers with 400 — refused before any
    // request, saying what to use instead (issue 16, item 7; this test expected the 400 before).
    await expect(client.entities.typeahead({ facet: "jobFunctions", query: "finance" }).first()).rejects.toThrow(
      ConfigurationError,
    );
    expect(server().requests).toHaveLength(0);
    expect((await client.entities.find({ facet: "jobFunctions", name: "FÍNANCE" })).urn).toBe(urn.function(10));
    expect((await client.entities.find({ facet: Facet.jobFunctions, name: "  human   resources " })).urn).toBe(
      urn.function(12),
    );
    expect(log()).toEqual(["/adTargetingFacets", "/adTargetingEntities q=adTargetingFacet"]);
    expect(server().requests[1]?.query.facet).toBe(Facet.jobFunctions);
  });

  it("a facet that offers typeahead (locations): one typeahead request; the exact name wins over other matches", async () => {
    const client = li();
    const us = await client.entities.find({ facet: "locations", name: "united states" });
    expect(us).toMatchObject({ urn: urn.geo(103644278), name: "United States" });
    const engineer = await client.entities.find({ facet: "titles", name: "Engineer" }); // many titles contain it
    expect(engineer.name).toBe("Engineer");
    expect(log()).toEqual([
      "/adTargetingFacets",
      "/adTargetingEntities q=typeahead",
      "/adTargetingEntities q=typeahead",
    ]);
    expect(server().requests[1]?.query).toMatchObject({ query: "united states", count: "100" });
  });

  it("folds names as the test server's typeahead does: ł, ø and ß match what people type (one definition)", async () => {
    const local = await startTestServer({
      extraEntities: [{ facet: "jobFunctions", count: 1, namePrefix: "Łódź Økonomi Straße" }],
    });
    try {
      const client = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: local.url });
      const found = await client.entities.find({ facet: "jobFunctions", name: "lodz okonomi strasse" });
      expect(found.name).toMatch(/^Łódź Økonomi Straße \d+$/);
    } finally {
      await local.close();
    }
  });

  it("one match whose words start with the given ones is taken", async () => {
    expect((await li().entities.find({ facet: "jobFunctions", name: "engin" })).urn).toBe(urn.function(8));
  });

  it("several candidates: AmbiguousEntityError listing them with their URNs", async () => {
    const e = (await rejection(li().entities.find({ facet: "locations", name: "united" }))) as AmbiguousEntityError;
    expect(e).toBeInstanceOf(AmbiguousEntityError);
    expect(e).toBeInstanceOf(LinkedInError);
    expect(e.facet).toBe(Facet.locations);
    expect(e.search).toBe("typeahead");
    expect(e.candidates.length).toBeGreaterThan(1);
    expect(e.candidates.map((c) => c.name)).toContain("United States");
    expect(e.message).toContain("United States (urn:li:geo:103644278)");
    expect(e.message).toMatch(/Give the full name or one of these URNs/);
    const listed = (await rejection(li().entities.find({ facet: "jobFunctions", name: "m" }))) as AmbiguousEntityError;
    expect(listed.search).toBe("list");
    expect(listed.candidates.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Marketing", "Media and Communication", "Military and Protective Services"]),
    );
    expect(listed.message).toContain("Marketing (urn:li:function:15)");
  });

  it("none: EntityNotFoundError saying what was searched and how", async () => {
    const listed = (await rejection(li().entities.find({ facet: "seniorities", name: "Grand Vizier" }))) as Error;
    expect(listed).toBeInstanceOf(EntityNotFoundError);
    expect(listed.message).toBe(
      'No seniorities entity is named "Grand Vizier" (searched the facet\'s list of 10 entities (q=adTargetingFacet)).',
    );
    const typed = (await rejection(li().entities.find({ facet: "locations", name: "Atlantis Qq" }))) as Error;
    expect(typed).toBeInstanceOf(EntityNotFoundError);
    expect(typed.message).toMatch(/"Atlantis Qq".*typeahead \(q=typeahead\), 0 matches/);
  });

  it("the facet list and each listing are read once per client, and shared by concurrent calls", async () => {
    const client = li();
    const names = ["Director", "VP", "Owner", "Entry"];
    const found = await Promise.all(names.map((name) => client.entities.find({ facet: "seniorities", name })));
    expect(found.map((e) => e.name)).toEqual(names);
    expect(log()).toEqual(["/adTargetingFacets", "/adTargetingEntities q=adTargetingFacet"]);
    await client.entities.find({ facet: "seniorities", name: "cxo" });
    expect(server().requests).toHaveLength(2);
    await li().entities.find({ facet: "seniorities", name: "cxo" }); // another client, its own cache
    expect(server().requests).toHaveLength(4);
  });

  it("a failed listing is not cached: the next call tries again", async () => {
    const client = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url, maxRetries: 0 });
    server().injectFault({ path: "/adTargetingEntities", times: 1, status: 503 });
    await expect(client.entities.find({ facet: "seniorities", name: "VP" })).rejects.toThrow(/503/);
    server().clearFaults();
    expect((await client.entities.find({ facet: "seniorities", name: "VP" })).urn).toBe(urn.seniority(7));
  });

  it("a caller's abort ends its own wait; the shared listing goes on for the others", async () => {
    const client = li();
    const gone = new AbortController();
    const a = client.entities.find({ facet: "jobFunctions", name: "Legal" }, { signal: gone.signal });
    const b = client.entities.find({ facet: "jobFunctions", name: "Legal" });
    gone.abort(new Error("A gave up"));
    expect(((await rejection(a)) as Error).message).toBe("A gave up");
    expect((await b).urn).toBe(urn.function(14));
  });

  it("a facet offering no name finder: EntityNotFoundError before any entity request", async () => {
    const client = createLinkedInClient({
      accessToken: TEST_ACCESS_TOKEN,
      baseUrl: server().url,
      fetch: async (request) => {
        if (!request.url.includes("/adTargetingFacets")) return globalThis.fetch(request);
        const elements = [
          { facetName: "employers", adTargetingFacetUrn: Facet.employers, entityTypes: [], availableEntityFinders: [] },
          {
            facetName: "groups",
            adTargetingFacetUrn: Facet.groups,
            entityTypes: [],
            availableEntityFinders: ["SIMILAR_ENTITIES"],
          },
        ];
        return new Response(JSON.stringify({ elements }), { headers: { "content-type": "application/json" } });
      },
    });
    await expect(client.entities.find({ facet: "groups", name: "x" })).rejects.toThrow(
      /offers no finder to search names by \(its finders: SIMILAR_ENTITIES\); give the entity's URN instead/,
    );
    await expect(client.entities.find({ facet: "employers", name: "x" })).rejects.toThrow(/its finders: none/);
    await expect(client.entities.find({ facet: "skills", name: "x" })).rejects.toThrow(
      /LinkedIn's facet list has no urn:li:adTargetingFacet:skills/,
    );
    expect(server().requests).toHaveLength(0);
  });

  it("checks its parameters before any request", async () => {
    await expect(li().entities.find({ facet: "senority", name: "VP" })).rejects.toThrow(TargetingCriteriaError);
    await expect(li().entities.find({ facet: "seniorities", name: " " })).rejects.toThrow(ConfigurationError);
    await expect(li().entities.find({ facet: "seniorities", name: "VP", locale: "english" })).rejects.toThrow(/locale/);
    expect(server().requests).toHaveLength(0);
  });
});
