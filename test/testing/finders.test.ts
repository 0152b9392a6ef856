// GET /adTargetingEntities as LinkedIn documents it (spec/overlays/finders.overlay.yaml): queryVersion and the
// legacy format, the fields projection, per-finder page limits, totals, locale, and q=similarEntities.
import { describe, expect, it } from "vitest";
import { finderPageLimits } from "../../generated/metadata.js";
import { encode } from "../../src/restli.js";
import { entityByUrn, facetByUrn } from "../../src/testing/dataset/index.js";
import {
  ENTITY_PAGE_LIMITS,
  MAX_SIMILAR_ENTITIES,
  startTestServer,
  SYNTHETIC_ID_BASE,
} from "../../src/testing/index.js";
import { api, type ApiResponse } from "../support/api.js";
import { useTestServer } from "../support/test-server.js";

const F = (name: string) => `urn:li:adTargetingFacet:${name}`;
const enc = encodeURIComponent;
const URNS = "&queryVersion=QUERY_USES_URNS";
const LOCALE = "&locale=(language:en,country:US)";
const typeahead = (query: string, facet: string, extra = "") =>
  `/adTargetingEntities?q=typeahead&query=${enc(query)}&facet=${enc(facet)}${extra}`;
const browse = (facet: string, extra = "") => `/adTargetingEntities?q=adTargetingFacet&facet=${enc(facet)}${extra}`;
const similar = (facet: string, entities: string[], extra = "") =>
  `/adTargetingEntities?q=similarEntities&facet=${enc(facet)}&entities=${encode(entities)}${extra}`;
const resolve = (urns: string[], extra = "") => `/adTargetingEntities?q=urns&urns=${encode(urns)}${extra}`;
const MICROSOFT = "urn:li:organization:1035";
const GOOGLE = "urn:li:organization:1441";
const US = "urn:li:geo:103644278";

const server = useTestServer();
const get = api(() => server().url);

/**
 * A call whose answer the spec does not describe, so it cannot be validated against it: the legacy format
 * ({value, facetUrn, name}: the spec's AdTargetingEntity requires `urn`) and projections (`fields` drops fields
 * the spec requires). Status and content type are still checked.
 */
async function unchecked(path: string): Promise<ApiResponse> {
  const res = await get(path, { unchecked: true });
  expect(res.headers.get("content-type")).toBe("application/json");
  return res;
}

describe("queryVersion: QUERY_USES_URNS answers urn; without it, LinkedIn's legacy format (value)", () => {
  const finders: [string, string][] = [
    ["typeahead", typeahead("germany", F("locations"))],
    ["adTargetingFacet", browse(F("seniorities"))],
    ["similarEntities", similar(F("employers"), [MICROSOFT])],
    ["urns", resolve([US, "urn:li:seniority:5"])],
  ];

  it.each(finders)("q=%s: absent → {value, facetUrn, name}; QUERY_USES_MIXED the same", async (_finder, path) => {
    const legacy = await unchecked(path);
    expect(legacy.status).toBe(200);
    expect(legacy.body.elements.length).toBeGreaterThan(0);
    for (const e of legacy.body.elements) {
      expect(Object.keys(e).sort()).toEqual(["facetUrn", "name", "value"]);
      expect(e.value).toMatch(/^urn:li:/);
    }
    const mixed = await unchecked(`${path}&queryVersion=QUERY_USES_MIXED`);
    expect(mixed.body.elements).toEqual(legacy.body.elements);
    // The documented format carries the same entities, the URN in `urn` (and validates against the spec).
    const current = await get(`${path}${URNS}`);
    expect(current.body.elements).toEqual(
      legacy.body.elements.map(({ value, ...rest }: any) => ({ ...rest, urn: value })),
    );
  });

  it("a client reading `urn` without sending queryVersion gets nothing: how it fails at LinkedIn", async () => {
    const res = await unchecked(resolve([US]));
    expect(res.body.elements).toEqual([
      { value: US, facetUrn: F("locations"), name: "United States" }, // LinkedIn's legacy element
    ]);
    expect(res.body.elements[0].urn).toBeUndefined();
  });

  it("next links keep the request's queryVersion (or its absence), fields and locale", async () => {
    const legacy = await unchecked(typeahead("united", F("locations")));
    expect(legacy.body.paging.links[0].href).not.toContain("queryVersion");
    const urns = await unchecked(typeahead("united", F("locations"), `${URNS}${LOCALE}&fields=name,urn`));
    expect(urns.body.paging.links[0].href).toBe(
      "/rest/adTargetingEntities?q=typeahead&query=united&start=10&count=10&facet=urn%3Ali%3AadTargetingFacet%3Alocations&locale=(language:en,country:US)&fields=name,urn&queryVersion=QUERY_USES_URNS",
    );
  });
});

describe("fields: a Rest.li projection of the elements", () => {
  it("LinkedIn's Postman request: fields=name,urn keeps name and urn only", async () => {
    const res = await unchecked(browse(F("seniorities"), `${URNS}&fields=name,urn`));
    expect(res.status).toBe(200);
    expect(res.body.elements[0]).toEqual({
      name: expect.any(String),
      urn: expect.stringMatching(/^urn:li:seniority:/),
    });
    for (const e of res.body.elements) expect(Object.keys(e).sort()).toEqual(["name", "urn"]);
  });

  it("every finder; unknown names are ignored; naming every field is the full element", async () => {
    const paths = [
      typeahead("germany", F("locations"), URNS),
      browse(F("jobFunctions"), URNS),
      similar(F("employers"), [MICROSOFT], URNS),
      resolve([US, "urn:li:function:8"], URNS),
    ];
    for (const path of paths) {
      const full = await get(path);
      const names = await unchecked(`${path}&fields=name,colour`);
      expect(names.body.elements, path).toEqual(full.body.elements.map((e: any) => ({ name: e.name })));
      const all = await get(`${path}&fields=urn,facetUrn,name`);
      expect(all.body.elements, path).toEqual(full.body.elements);
    }
  });

  it("the legacy format projects `value`; an encoded comma works too", async () => {
    const res = await unchecked(browse(F("seniorities"), "&fields=value%2CfacetUrn"));
    for (const e of res.body.elements) expect(Object.keys(e).sort()).toEqual(["facetUrn", "value"]);
  });
});

describe("page limits per finder (generated/metadata.ts finderPageLimits) and totals", () => {
  it("the server uses the spec's limits", () => {
    expect(ENTITY_PAGE_LIMITS).toEqual(finderPageLimits["/adTargetingEntities"]);
    expect(ENTITY_PAGE_LIMITS).toEqual({ typeahead: 100, adTargetingFacet: 10_000, similarEntities: 100 });
  });

  it("q=adTargetingFacet: count=10000 with totals=false (as LinkedIn's Postman requests all titles)", async () => {
    const titles = facetByUrn(F("titles"))!.entities;
    const res = await get(browse(F("titles"), `${URNS}&start=0&count=10000&totals=false`));
    expect(res.status).toBe(200);
    expect(res.body.elements).toHaveLength(titles.length);
    expect(res.body.paging).toEqual({ start: 0, count: 10_000, links: [] });
    // LinkedIn's exact request, projection included.
    const postman = await unchecked(
      `/adTargetingEntities?q=adTargetingFacet&queryVersion=QUERY_USES_URNS&facet=urn%3Ali%3AadTargetingFacet%3Askills&fields=name,urn&start=0&count=10000&totals=false`,
    );
    expect(postman.status).toBe(200);
    expect(postman.body.elements).toHaveLength(facetByUrn(F("skills"))!.entities.length);
  });

  it.each([
    ["adTargetingFacet", browse(F("titles"), `${URNS}&count=10001&totals=false`), 10_000],
    ["typeahead", typeahead("manager", F("titles"), `${URNS}&count=101`), 100],
    ["similarEntities", similar(F("employers"), [MICROSOFT], `${URNS}&count=101`), 100],
  ])("q=%s: a count over the finder's limit is a 400 naming both", async (finder, path, limit) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toBe(
      `Query parameter "count" must be at most ${limit} for the ${finder} finder, got ${limit + 1}`,
    );
    const atLimit = await get(path.replace(`count=${limit + 1}`, `count=${limit}`));
    expect(atLimit.status).toBe(200);
  });

  it("totals: false leaves paging.total out (next links keep it); true or absent tallies it; else 400", async () => {
    const off = await get(browse(F("skills"), `${URNS}&count=50&totals=false`));
    expect(off.body.paging.total).toBeUndefined();
    expect(off.body.paging.links[0].href).toContain("&totals=false");
    const skills = facetByUrn(F("skills"))!.entities.length;
    expect((await get(browse(F("skills"), `${URNS}&count=50&totals=true`))).body.paging.total).toBe(skills);
    expect((await get(browse(F("skills"), `${URNS}&count=50`))).body.paging.total).toBe(skills);
    const bad = await get(browse(F("skills"), `${URNS}&totals=no`));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('"totals"');
  });
});

describe("locale: a Rest.li record on every finder (names are not localised)", () => {
  const finders = [
    typeahead("germany", F("locations"), URNS),
    browse(F("seniorities"), URNS),
    similar(F("employers"), [MICROSOFT], URNS),
    resolve([US], URNS),
  ];

  it.each(finders)("%s: raw or percent-encoded, the same answer", async (path) => {
    const plain = await get(path);
    const raw = await get(`${path}&locale=(language:en,country:US)`);
    const encoded = await get(`${path}&locale=%28language%3Aen%2Ccountry%3AUS%29`);
    const languageOnly = await get(`${path}&locale=(language:de)`);
    for (const res of [raw, encoded, languageOnly]) {
      expect(res.status).toBe(200);
      expect(res.body.elements).toEqual(plain.body.elements);
    }
  });

  it.each(["en_US", "(language:english)", "(lang:en)", "(language:en,country:usa)", "List(en)", "(language:en"])(
    "locale=%s: 400 naming the parameter",
    async (locale) => {
      const res = await get(`${finders[0]}&locale=${locale}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('Query parameter "locale" must be a Rest.li record such as');
    },
  );
});

describe("q=similarEntities", () => {
  const employers = facetByUrn(F("employers"))!.entities;

  it("LinkedIn's Postman request: the facet's other entities, most similar first, paged with a total", async () => {
    const res = await get(
      `/adTargetingEntities?q=similarEntities&facet=urn%3Ali%3AadTargetingFacet%3Aemployers&queryVersion=QUERY_USES_URNS&entities=List(urn%3Ali%3Aorganization%3A1035)&locale=(language:en,country:US)`,
    );
    expect(res.status).toBe(200);
    expect(res.body.elements).toHaveLength(10);
    expect(res.body.paging).toMatchObject({ start: 0, count: 10, total: employers.length - 1 });
    for (const e of res.body.elements) {
      expect(e.facetUrn).toBe(F("employers"));
      expect(e.urn).not.toBe(MICROSOFT);
    }
    expect(res.body.paging.links[0].href).toBe(
      "/rest/adTargetingEntities?q=similarEntities&start=10&count=10&facet=urn%3Ali%3AadTargetingFacet%3Aemployers&entities=List(urn%3Ali%3Aorganization%3A1035)&locale=(language:en,country:US)&queryVersion=QUERY_USES_URNS",
    );
  });

  it("pages partition one ranking; the same request always gets the same answer", async () => {
    const big = await get(similar(F("employers"), [MICROSOFT, GOOGLE], `${URNS}&count=100`));
    const pages = [];
    for (let start = 0; start < 100; start += 25) {
      pages.push(
        ...(await get(similar(F("employers"), [MICROSOFT, GOOGLE], `${URNS}&start=${start}&count=25`))).body.elements,
      );
    }
    expect(pages).toEqual(big.body.elements);
    const other = await startTestServer();
    try {
      const again = await api(other.url)(similar(F("employers"), [MICROSOFT, GOOGLE], `${URNS}&count=100`));
      expect(again.body).toEqual(big.body);
    } finally {
      await other.close();
    }
    const urns = big.body.elements.map((e: any) => e.urn);
    expect(urns).not.toContain(MICROSOFT);
    expect(urns).not.toContain(GOOGLE);
    expect(big.body.paging.total).toBe(employers.length - 2);
  });

  it("every facet offering SIMILAR_ENTITIES answers; the order depends on the given entities", async () => {
    for (const facet of ["groups", "employers", "employersPast", "industries", "titles", "schools"]) {
      const all = facetByUrn(F(facet))!.entities;
      const a = await get(similar(F(facet), [all[0]!.urn], URNS));
      const b = await get(similar(F(facet), [all[1]!.urn], URNS));
      expect(a.status, facet).toBe(200);
      expect(a.body.paging.total, facet).toBe(all.length - 1);
      expect(
        a.body.elements.map((e: any) => e.urn),
        facet,
      ).not.toEqual(b.body.elements.map((e: any) => e.urn));
    }
  });

  it("entities generated by extraEntities may be given (they are not answered)", async () => {
    const big = await startTestServer({ extraEntities: [{ facet: "titles", count: 1_000 }] });
    try {
      const generated = `urn:li:title:${SYNTHETIC_ID_BASE + 7}`;
      const res = await api(big.url)(similar(F("titles"), [generated], `${URNS}&count=100`));
      expect(res.status).toBe(200);
      expect(res.body.paging.total).toBe(facetByUrn(F("titles"))!.entities.length);
    } finally {
      await big.close();
    }
  });

  it.each([
    ["a facet without SIMILAR_ENTITIES", similar(F("locations"), [US]), "does not support the similarEntities finder"],
    ["no entities", `/adTargetingEntities?q=similarEntities&facet=${enc(F("employers"))}`, '"entities"'],
    ["no facet", `/adTargetingEntities?q=similarEntities&entities=${encode([MICROSOFT])}`, '"facet"'],
    ["an empty list", similar(F("employers"), []), "must hold 1 to 20 URNs of the facet, got 0"],
    [
      "too many",
      similar(
        F("employers"),
        employers.slice(0, MAX_SIMILAR_ENTITIES + 1).map((e) => e.urn),
      ),
      "must hold 1 to 20 URNs of the facet, got 21",
    ],
    [
      "a malformed list",
      `/adTargetingEntities?q=similarEntities&facet=${enc(F("employers"))}&entities=List(urn`,
      "not a Rest.li 2.0 list",
    ],
    [
      "a bare URN",
      `/adTargetingEntities?q=similarEntities&facet=${enc(F("employers"))}&entities=${enc(MICROSOFT)}`,
      "must be a Rest.li list of URNs",
    ],
    ["an unknown entity", similar(F("employers"), ["urn:li:organization:1"]), '"urn:li:organization:1"'],
    ["an entity of another facet", similar(F("employers"), [US]), US],
  ])("%s: 400", async (_name, path, fragment) => {
    const res = await get(`${path}${URNS}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toContain(fragment);
  });

  it("a bank's similar employers are banks and other financial companies (the dataset's industries)", async () => {
    const industry = (urn: string) => entityByUrn(urn)!.entity.industry!;
    const FINANCE = ["Banking", "Financial Services", "Insurance", "Investment Banking", "Investment Management"].map(
      (name) => facetByUrn(F("industries"))!.entities.find((e) => e.name === name)!.urn,
    );
    const jpmorgan = employers.find((e) => e.name === "JPMorgan Chase & Co.")!;
    expect(entityByUrn(industry(jpmorgan.urn))!.entity.name).toBe("Banking");
    const res = await get(similar(F("employers"), [jpmorgan.urn], URNS));
    const industries = res.body.elements.map((e: any) => industry(e.urn));
    expect(industries.filter((i: string) => FINANCE.includes(i)).length).toBeGreaterThanOrEqual(8);
    expect(industries.filter((i: string) => i === industry(jpmorgan.urn)).length).toBeGreaterThanOrEqual(6);
    // Software companies, likewise; and past employers rank as current ones do (the same companies).
    const microsoft = await get(similar(F("employers"), [MICROSOFT], URNS));
    const software = microsoft.body.elements.filter((e: any) => industry(e.urn) === industry(MICROSOFT));
    expect(software.length).toBeGreaterThanOrEqual(6);
    const past = await get(similar(F("employersPast"), [MICROSOFT], URNS));
    expect(past.body.elements.map((e: any) => e.urn)).toEqual(microsoft.body.elements.map((e: any) => e.urn));
  });

  it("the most similar entities co-occur most: AND-ed audiences are larger than independence predicts", async () => {
    // Similar = "members look alike" in the population model, so two similar titles overlap more than two
    // dissimilar ones: lift = audience(A AND B) × everybody / (audience(A) × audience(B)).
    const TOTAL = 1_000_000_000;
    const size = async (and: string[][]) => {
      const body = {
        request: {
          targetingCriteria: { include: { and: and.map((urns) => ({ or: { [F("titles")]: urns } })) } },
          groupBy: F("seniorities"),
        },
      };
      return (await get("/targetingAudienceInsights?action=audienceInsights", { body })).body.value
        .totalAudienceCount as number;
    };
    const titles = facetByUrn(F("titles"))!.entities;
    for (const given of titles.slice(0, 3)) {
      const first = await get(similar(F("titles"), [given.urn], `${URNS}&count=100`));
      const last = await get(
        similar(F("titles"), [given.urn], `${URNS}&count=100&start=${first.body.paging.total - 100}`),
      );
      const big = (e: any) => titles.find((t) => t.urn === e.urn)!.members >= 100_000;
      const lift = async (e: any) =>
        ((await size([[given.urn], [e.urn]])) * TOTAL) / ((await size([[given.urn]])) * (await size([[e.urn]])));
      const top = await Promise.all(first.body.elements.filter(big).slice(0, 3).map(lift));
      const bottom = await Promise.all(last.body.elements.filter(big).slice(-3).map(lift));
      expect(Math.min(...top), given.name).toBeGreaterThan(Math.max(...bottom));
    }
  });
});
