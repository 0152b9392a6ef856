import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "../../src/restli.js";
import { facetByUrn } from "../../src/testing/dataset/index.js";
import { startTestServer, SYNTHETIC_ID_BASE, type TestServer } from "../../src/testing/index.js";
import { api, call, type ApiResponse } from "../support/api.js";
import { useTestServer } from "../support/test-server.js";

const LOCATIONS = "urn:li:adTargetingFacet:locations";
const enc = encodeURIComponent;
const typeahead = (query: string, extra = "", facet = LOCATIONS) =>
  `/adTargetingEntities?q=typeahead&query=${enc(query)}&facet=${enc(facet)}&queryVersion=QUERY_USES_URNS${extra}`;
const browse = (facet: string, extra = "") =>
  `/adTargetingEntities?q=adTargetingFacet&facet=${enc(facet)}&queryVersion=QUERY_USES_URNS${extra}`;
const members = (facet: string, urn: string) => facetByUrn(facet)!.entities.find((e) => e.urn === urn)!.members;

const server = useTestServer();
const get = api(() => server().url);

/** Follows `next` links from a first page, returning every element. */
async function allPages(baseUrl: string, first: string): Promise<any[]> {
  const origin = new URL(baseUrl).origin;
  const out: any[] = [];
  let path: string | undefined = first;
  for (let guard = 0; path !== undefined && guard < 1000; guard++) {
    const res: ApiResponse = await call(baseUrl, path);
    expect(res.status).toBe(200);
    out.push(...res.body.elements);
    const next: { href: string } | undefined = res.body.paging.links.find((l: any) => l.rel === "next");
    path = next ? new URL(next.href, origin).href.slice(baseUrl.length) : undefined;
  }
  return out;
}

describe("q=typeahead", () => {
  it("finds entities by name, ranked by members, with facetUrn", async () => {
    const res = await get(typeahead("united states"));
    expect(res.status).toBe(200);
    expect(res.body.elements[0]).toEqual({ name: "United States", urn: "urn:li:geo:103644278", facetUrn: LOCATIONS });
    expect(res.body.elements).toHaveLength(10);
    const sizes = res.body.elements.map((e: any) => members(LOCATIONS, e.urn));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(res.body.paging).toMatchObject({ start: 0, count: 10 });
  });

  it("is case- and accent-insensitive", async () => {
    const shouted = await get(typeahead("UNITED sTaTeS"));
    const plain = await get(typeahead("united states"));
    expect(shouted.body.elements).toEqual(plain.body.elements);
    expect(shouted.body.paging.total).toBe(plain.body.paging.total);
    for (const q of ["cote", "CÔTE", "côte d'iv", "ivoire"]) {
      const res = await get(typeahead(q));
      expect(
        res.body.elements.map((e: any) => e.name),
        q,
      ).toContain("Côte d'Ivoire");
    }
  });

  it("matches word prefixes only, and every query word must match", async () => {
    const infix = await get(typeahead("nited"));
    expect(infix.body.elements.map((e: any) => e.name)).not.toContain("United States");
    const uk = await get(typeahead("united king"));
    const names = uk.body.elements.map((e: any) => e.name);
    expect(names).toContain("United Kingdom");
    expect(names).not.toContain("United States");
    const none = await get(typeahead("zzzzqx"));
    expect(none.body).toEqual({ elements: [], paging: { start: 0, count: 10, total: 0, links: [] } });
  });

  it("a next link in the spec's exact format while more remain", async () => {
    const res = await get(typeahead("united states"));
    expect(res.body.paging.total).toBeGreaterThan(10);
    expect(res.body.paging.links).toEqual([
      {
        type: "application/json",
        rel: "next",
        href: "/rest/adTargetingEntities?q=typeahead&query=united%20states&start=10&count=10&facet=urn%3Ali%3AadTargetingFacet%3Alocations&queryVersion=QUERY_USES_URNS",
      },
    ]);
  });

  it("following next links visits every match once, in the same order as big pages", async () => {
    const first = await get(typeahead("united", "&count=100"));
    const total = first.body.paging.total;
    expect(total).toBeGreaterThan(100);
    const big = await allPages(server().url, typeahead("united", "&count=100"));
    expect(big.slice(0, 100)).toEqual(first.body.elements);
    const paged = await allPages(server().url, typeahead("united", "&count=7"));
    expect(paged).toEqual(big);
    expect(new Set(paged.map((e) => e.urn)).size).toBe(total);
  });

  it("start past the end: no elements, the total, no next link", async () => {
    const res = await get(typeahead("united states", "&start=1000&count=5"));
    expect(res.body.elements).toEqual([]);
    expect(res.body.paging.links).toEqual([]);
    expect(res.body.paging.total).toBeGreaterThan(0);
  });

  it.each([
    ["&count=0", '"count"'],
    ["&count=101", '"count"'],
    ["&count=ten", '"count"'],
    ["&start=-1", '"start"'],
    ["&start=1.5", '"start"'],
    ["&start=10&start=20", '"start"'],
  ])("%s: 400 naming the parameter", async (extra, name) => {
    const res = await get(typeahead("united", extra));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toContain(name);
  });

  it("an unknown parameter: 400 QUERY_PARAM_NOT_ALLOWED naming it", async () => {
    const res = await get(typeahead("united", "&sort=name"));
    expect(res.body).toMatchObject({ status: 400, code: "QUERY_PARAM_NOT_ALLOWED" });
    expect(res.body.message).toContain('"sort"');
    const otherFinders = await get(typeahead("united", "&totals=false"));
    expect(otherFinders.body.message).toContain('"totals"');
  });

  it("facet errors: unknown, double-encoded, or without the TYPEAHEAD finder", async () => {
    const unknown = await get(typeahead("a", "", "urn:li:adTargetingFacet:nope"));
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain("urn:li:adTargetingFacet:nope");
    const doubled = await get(
      `/adTargetingEntities?q=typeahead&query=a&facet=urn%253Ali%253AadTargetingFacet%253Alocations`,
    );
    expect(doubled.status).toBe(400);
    expect(doubled.body.message).toContain("urn%3Ali%3AadTargetingFacet%3Alocations");
    const noTypeahead = await get(typeahead("a", "", "urn:li:adTargetingFacet:seniorities"));
    expect(noTypeahead.status).toBe(400);
    expect(noTypeahead.body.message).toContain("typeahead");
  });

  it("query, q and queryVersion errors", async () => {
    const missing = await get(`/adTargetingEntities?q=typeahead&facet=${enc(LOCATIONS)}`);
    expect(missing.body.message).toContain('"query"');
    const blank = await get(typeahead("  "));
    expect(blank.body.message).toContain("blank");
    const restliEmpty = await get(`/adTargetingEntities?q=typeahead&query=''&facet=${enc(LOCATIONS)}`);
    expect(restliEmpty.status).toBe(400);
    const punctuation = await get(typeahead("-- ,"));
    expect(punctuation.status).toBe(400);
    const noQ = await get(`/adTargetingEntities?query=a&facet=${enc(LOCATIONS)}`);
    expect(noQ.body.message).toContain('"q"');
    const otherQ = await get(`/adTargetingEntities?q=nearby&facet=${enc(LOCATIONS)}`);
    expect(otherQ.body.message).toContain("q=nearby");
    const unknownVersion = await get(typeahead("a").replace("QUERY_USES_URNS", "QUERY_USES_NAMES"));
    expect(unknownVersion.status).toBe(400);
    expect(unknownVersion.body.message).toContain('"queryVersion" must be QUERY_USES_URNS or QUERY_USES_MIXED');
  });
});

describe("q=adTargetingFacet", () => {
  it("lists every entity of a facet, ranked by members", async () => {
    const facet = "urn:li:adTargetingFacet:seniorities";
    const res = await get(browse(facet));
    const dataset = facetByUrn(facet)!.entities;
    expect(res.body.paging.total).toBe(dataset.length);
    expect(new Set(res.body.elements.map((e: any) => e.urn))).toEqual(new Set(dataset.slice(0, 10).map((e) => e.urn)));
    const sizes = res.body.elements.map((e: any) => members(facet, e.urn));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("pages through a large facet with next links", async () => {
    const all = await allPages(server().url, browse(LOCATIONS, "&count=100"));
    expect(all).toHaveLength(facetByUrn(LOCATIONS)!.entities.length);
    const first = await get(browse(LOCATIONS, "&count=100"));
    expect(first.body.paging.links[0].href).toBe(
      "/rest/adTargetingEntities?q=adTargetingFacet&start=100&count=100&facet=urn%3Ali%3AadTargetingFacet%3Alocations&queryVersion=QUERY_USES_URNS",
    );
  });

  it("entityType filters; totals is accepted", async () => {
    const res = await get(browse(LOCATIONS, "&entityType=COUNTRY_GROUP&totals=true&count=100"));
    const continents = facetByUrn(LOCATIONS)!.entities.filter((e) => e.entityType === "COUNTRY_GROUP");
    expect(res.body.paging.total).toBe(continents.length);
    expect(res.body.elements.map((e: any) => e.urn).sort()).toEqual(continents.map((e) => e.urn).sort());
  });

  it("a facet without the AD_TARGETING_FACET finder: 400", async () => {
    const res = await get(browse("urn:li:adTargetingFacet:employers"));
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("adTargetingFacet");
  });
});

describe("q=urns", () => {
  it("resolves known URNs in request order, omitting unknown ones", async () => {
    const urns = ["urn:li:seniority:5", "urn:li:geo:999", "urn:li:geo:103644278", "urn:li:ageRange:(25,34)"];
    const res = await get(`/adTargetingEntities?q=urns&urns=${encode(urns)}&queryVersion=QUERY_USES_URNS`);
    expect(res.status).toBe(200);
    expect(res.body.elements.map((e: any) => e.urn)).toEqual([
      "urn:li:seniority:5",
      "urn:li:geo:103644278",
      "urn:li:ageRange:(25,34)",
    ]);
    expect(res.body.elements[1]).toEqual({ name: "United States", urn: "urn:li:geo:103644278", facetUrn: LOCATIONS });
  });

  it("rejects more than 100 URNs, malformed lists and bare values", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `urn:li:geo:${i + 1}`);
    const tooMany = await get(`/adTargetingEntities?q=urns&urns=${encode(many)}`);
    expect(tooMany.body.message).toContain("101");
    const malformed = await get(`/adTargetingEntities?q=urns&urns=List(urn%3Ali%3Ageo%3A1`);
    expect(malformed.status).toBe(400);
    const bare = await get(`/adTargetingEntities?q=urns&urns=urn%3Ali%3Ageo%3A1`);
    expect(bare.status).toBe(400);
    const encodedStructure = await get(`/adTargetingEntities?q=urns&urns=List%28urn%3Ali%3Ageo%3A1%29`);
    expect(encodedStructure.status).toBe(400);
  });
});

describe("extraEntities: generated on the fly", () => {
  let big: TestServer;
  beforeAll(async () => {
    big = await startTestServer({
      extraEntities: [
        { facet: "skills", count: 1_000_000, namePrefix: "Zeta Skill" },
        { facet: "urn:li:adTargetingFacet:titles", count: 1_500 },
        { facet: "employers", count: 2_000, namePrefix: "Bank" },
        { facet: "industries", count: 1_000_000 },
      ],
    });
  });
  afterAll(() => big.close());
  const SKILLS = "urn:li:adTargetingFacet:skills";
  const EMPLOYERS = "urn:li:adTargetingFacet:employers";
  const INDUSTRIES = "urn:li:adTargetingFacet:industries";

  it("a million typeahead matches, with deep pages", async () => {
    const res = await call(big.url, typeahead("zeta", "", SKILLS));
    expect(res.body.paging.total).toBe(1_000_000);
    expect(res.body.elements[0]).toEqual({
      name: "Zeta Skill 000000",
      urn: `urn:li:skill:${SYNTHETIC_ID_BASE}`,
      facetUrn: SKILLS,
    });
    const deep = await call(big.url, typeahead("zeta skill", "&start=999995&count=10", SKILLS));
    expect(deep.body.elements.map((e: any) => e.name)).toEqual([
      "Zeta Skill 999995",
      "Zeta Skill 999996",
      "Zeta Skill 999997",
      "Zeta Skill 999998",
      "Zeta Skill 999999",
    ]);
    expect(deep.body.paging.links).toEqual([]);
  });

  it("digits match the zero-padded index as a word prefix", async () => {
    const res = await call(big.url, typeahead("zeta 00001", "&count=100", SKILLS));
    expect(res.body.elements.map((e: any) => e.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Zeta Skill 0000${10 + i}`),
    );
  });

  it("≥ 1,000 typeahead matches with the default name prefix", async () => {
    const res = await call(big.url, typeahead("synthetic titles", "&count=100", "urn:li:adTargetingFacet:titles"));
    expect(res.body.paging.total).toBe(1_500);
    expect(res.body.elements[0].name).toBe("Synthetic titles 0000");
  });

  it("generated and dataset matches interleave by members, without gaps or repeats", async () => {
    const all = await allPages(big.url, typeahead("bank", "&count=100", EMPLOYERS));
    const dataset = facetByUrn(EMPLOYERS)!.entities.filter((e) => /\bbank/i.test(e.name));
    expect(all).toHaveLength(2_000 + dataset.length);
    expect(new Set(all.map((e) => e.urn)).size).toBe(all.length);
    const size = (e: any) => {
      const m = /^Bank (\d+)$/.exec(e.name);
      return m ? Math.max(1, Math.floor(1_000_000 / (Number(m[1]) + 1))) : members(EMPLOYERS, e.urn);
    };
    const sizes = all.map(size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const firstDataset = all.findIndex((e) => !e.name.startsWith("Bank "));
    expect(firstDataset).toBeGreaterThan(0); // "Bank of America" (220k) comes after the generated 1M, 500k, 333k, 250k
    expect(firstDataset).toBeLessThan(10);
  }, 60_000);

  it("q=adTargetingFacet pages deep into a million generated entities", async () => {
    const first = await call(big.url, browse(INDUSTRIES, "&count=5"));
    expect(first.body.paging.total).toBe(1_000_000 + facetByUrn(INDUSTRIES)!.entities.length);
    const deep = await call(big.url, browse(INDUSTRIES, "&start=1000100&count=100"));
    expect(deep.body.elements).toHaveLength(first.body.paging.total - 1_000_100);
    for (const e of deep.body.elements) expect(e.facetUrn).toBe(INDUSTRIES);
    const last = await call(big.url, browse(INDUSTRIES, `&start=${first.body.paging.total - 1}&count=10`));
    expect(last.body.elements).toHaveLength(1);
    expect(last.body.paging.links).toEqual([]);
  });

  it("generated URNs resolve with q=urns", async () => {
    const urns = [`urn:li:skill:${SYNTHETIC_ID_BASE + 123_456}`, `urn:li:skill:${SYNTHETIC_ID_BASE + 1_000_000}`];
    const res = await call(big.url, `/adTargetingEntities?q=urns&urns=${encode(urns)}&queryVersion=QUERY_USES_URNS`);
    expect(res.body.elements).toEqual([{ name: "Zeta Skill 123456", urn: urns[0], facetUrn: SKILLS }]);
  });
});
