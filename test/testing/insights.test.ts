import { describe, expect, it } from "vitest";
import { COMBINATION_RULES } from "../../src/targeting/rules.js";
import { entityByUrn, facetByUrn, type DatasetEntity } from "../../src/testing/dataset/index.js";
import {
  DEFAULT_MAX_RETURN_COUNT,
  MAX_TARGETING_VALUES,
  PLACE_BREAKDOWNS,
  startTestServer,
  UNGROUPABLE_FACETS,
} from "../../src/testing/index.js";
import { encode } from "../../src/restli.js";
import { api, call, insightsBody, INSIGHTS_PATH } from "../support/api.js";
import { validateRequest } from "../support/spec.js";
import { useTestServer } from "../support/test-server.js";

const F = (name: string) => `urn:li:adTargetingFacet:${name}`;
const US = "urn:li:geo:103644278";
const CALIFORNIA = "urn:li:geo:102095887";
const VATICAN = "urn:li:geo:107163060";

const server = useTestServer();
const get = api(() => server().url);

/** Calls audienceInsights with groups (AND of ORs) and returns the `value`. */
async function insights(
  and: Record<string, string[]>[],
  groupBy = F("seniorities"),
  exclude?: Record<string, string[]>,
  fields: { maxReturnCount?: number; segmentsOrderedBy?: string } = {},
) {
  const plain = insightsBody(and, groupBy, exclude);
  const body = { request: { ...plain.request, ...fields } };
  expect(
    validateRequest(
      {
        method: "POST",
        path: INSIGHTS_PATH,
        query: { action: "audienceInsights" },
        headers: { authorization: "Bearer x", "linkedin-version": "202610", "x-restli-protocol-version": "2.0.0" },
        body,
      },
      { closed: true },
    ),
  ).toEqual([]);
  const res = await get(INSIGHTS_PATH, { body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.value as {
    totalAudienceCount: number;
    audienceInsight: {
      groupedBy: string;
      segmentations: { entityCount: number; entityPercentage: number; value: string }[];
    };
  };
}
const total = async (and: Record<string, string[]>[], exclude?: Record<string, string[]>) =>
  (await insights(and, F("seniorities"), exclude)).totalAudienceCount;

describe("POST /targetingAudienceInsights?action=audienceInsights", () => {
  it("the spec's example request: the audience and its top segments of the groupBy facet", async () => {
    const value = await insights(
      [
        { [F("locations")]: [US] },
        { [F("interfaceLocales")]: ["urn:li:locale:en_US"] },
        { [F("jobFunctions")]: ["urn:li:function:10"] },
      ],
      F("interests"),
    );
    const { totalAudienceCount, audienceInsight } = value;
    expect(totalAudienceCount).toBeGreaterThan(1_000_000);
    expect(audienceInsight.groupedBy).toBe(F("interests"));
    expect(audienceInsight.segmentations).toHaveLength(DEFAULT_MAX_RETURN_COUNT);
    const interests = new Set(facetByUrn(F("interests"))!.entities.map((e) => e.urn));
    let previous = Infinity;
    for (const s of audienceInsight.segmentations) {
      expect(interests.has(s.value)).toBe(true);
      expect(s.entityCount).toBeLessThanOrEqual(totalAudienceCount);
      expect(s.entityCount).toBeLessThanOrEqual(previous);
      expect(s.entityPercentage).toBe(Math.round((100 * s.entityCount) / totalAudienceCount));
      expect(Number.isInteger(s.entityPercentage)).toBe(true);
      previous = s.entityCount;
    }
  });

  it("counts are rounded to two significant digits", async () => {
    const value = await insights([{ [F("locations")]: [US] }], F("jobFunctions"));
    for (const n of [value.totalAudienceCount, ...value.audienceInsight.segmentations.map((s) => s.entityCount)]) {
      const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
      expect(n % unit).toBe(0);
    }
  });

  it("a single value's audience is its member count (rounded)", async () => {
    const us = facetByUrn(F("locations"))!.entities.find((e) => e.urn === US)!;
    expect(await total([{ [F("locations")]: [US] }])).toBe(Number(us.members.toPrecision(2)));
  });

  it("AND-ing a group narrows; OR-ing values (and facets) in a group widens; exclude shrinks", async () => {
    const base = await total([{ [F("locations")]: [US] }]);
    const and = await total([{ [F("locations")]: [US] }, { [F("seniorities")]: ["urn:li:seniority:5"] }]);
    const or = await total([
      { [F("locations")]: [US] },
      { [F("seniorities")]: ["urn:li:seniority:5", "urn:li:seniority:6"] },
    ]);
    const orFacets = await total([
      { [F("locations")]: [US] },
      { [F("seniorities")]: ["urn:li:seniority:5"], [F("jobFunctions")]: ["urn:li:function:10"] },
    ]);
    const excluded = await total([{ [F("locations")]: [US] }, { [F("seniorities")]: ["urn:li:seniority:5"] }], {
      [F("interfaceLocales")]: ["urn:li:locale:en_US"],
    });
    expect(and).toBeLessThan(base);
    expect(or).toBeGreaterThan(and);
    expect(or).toBeLessThanOrEqual(base);
    expect(orFacets).toBeGreaterThan(and);
    expect(excluded).toBeLessThan(and);
    expect(excluded).toBeGreaterThan(0);
  });

  it("a child location inside a selected parent adds nothing; excluding the parent leaves nothing", async () => {
    expect(await total([{ [F("locations")]: [US, CALIFORNIA] }])).toBe(await total([{ [F("locations")]: [US] }]));
    expect(await total([{ [F("locations")]: [US] }, { [F("locations")]: [CALIFORNIA] }])).toBe(
      await total([{ [F("locations")]: [CALIFORNIA] }]),
    );
    const none = await insights([{ [F("locations")]: [CALIFORNIA] }], F("jobFunctions"), { [F("locations")]: [US] });
    expect(none.totalAudienceCount).toBe(0);
  });

  it("audiences under 300 members are 0, with no segments", async () => {
    const value = await insights(
      [
        { [F("locations")]: [VATICAN] },
        { [F("seniorities")]: ["urn:li:seniority:10"] },
        { [F("jobFunctions")]: ["urn:li:function:1"] },
      ],
      F("skills"),
    );
    expect(value).toEqual({ audienceInsight: { segmentations: [], groupedBy: F("skills") }, totalAudienceCount: 0 });
  });

  it("grouping by the criteria's facet: the selected location is 100 %", async () => {
    const value = await insights([{ [F("locations")]: [CALIFORNIA] }], F("locations"));
    const ca = value.audienceInsight.segmentations.find((s) => s.value === CALIFORNIA)!;
    expect(ca).toMatchObject({ entityCount: value.totalAudienceCount, entityPercentage: 100 });
    expect(value.audienceInsight.segmentations.map((s) => s.value)).toContain(US); // the parent holds all of it
  });

  it("the same request gets the same answer, from this server and from a fresh one", async () => {
    const body = insightsBody(
      [{ [F("locations")]: [US] }, { [F("skills")]: [facetByUrn(F("skills"))!.entities[3]!.urn] }],
      F("titles"),
    );
    const a = await get(INSIGHTS_PATH, { body });
    const b = await get(INSIGHTS_PATH, { body });
    const other = await startTestServer();
    try {
      const c = await call(other.url, INSIGHTS_PATH, { body });
      expect(b.text).toBe(a.text);
      expect(c.text).toBe(a.text);
    } finally {
      await other.close();
    }
  });

  it("requestMetaData is optional; generated entities can be targeted", async () => {
    const gen = await startTestServer({ extraEntities: [{ facet: "skills", count: 10 }] });
    try {
      const body = {
        request: {
          targetingCriteria: { include: { and: [{ or: { [F("skills")]: ["urn:li:skill:900000000000"] } }] } },
          groupBy: F("seniorities"),
        },
      };
      const res = await call(gen.url, INSIGHTS_PATH, { body });
      expect(res.status).toBe(200);
      expect(res.body.value.totalAudienceCount).toBe(1_000_000);
    } finally {
      await gen.close();
    }
  });

  it("every facet but the unsupported ones can be a groupBy", async () => {
    for (const { adTargetingFacetUrn: urn } of (await get("/adTargetingFacets")).body.elements as {
      adTargetingFacetUrn: string;
    }[]) {
      const res = await get(INSIGHTS_PATH, { body: insightsBody([{ [F("locations")]: [US] }], urn) });
      if (UNGROUPABLE_FACETS.includes(urn)) {
        expect(res.status, urn).toBe(400);
        expect(res.body.message).toContain(urn);
      } else expect(res.status, urn).toBe(200);
    }
  });
});

describe("maxReturnCount and segmentsOrderedBy", () => {
  it(`without maxReturnCount: the ${DEFAULT_MAX_RETURN_COUNT} largest segments; with it: at most that many`, async () => {
    const and = [{ [F("locations")]: [US] }];
    const byDefault = await insights(and, F("skills"));
    expect(byDefault.audienceInsight.segmentations).toHaveLength(DEFAULT_MAX_RETURN_COUNT);
    const many = await insights(and, F("skills"), undefined, { maxReturnCount: 25 });
    expect(many.audienceInsight.segmentations).toHaveLength(25);
    expect(many.audienceInsight.segmentations.slice(0, DEFAULT_MAX_RETURN_COUNT)).toEqual(
      byDefault.audienceInsight.segmentations,
    );
    const all = await insights(and, F("seniorities"), undefined, { maxReturnCount: 100 });
    expect(all.audienceInsight.segmentations).toHaveLength(facetByUrn(F("seniorities"))!.entities.length);
    const one = await insights(and, F("skills"), undefined, { maxReturnCount: 1 });
    expect(one.audienceInsight.segmentations).toEqual(byDefault.audienceInsight.segmentations.slice(0, 1));
  });

  it.each([0, 101, 2.5, -1, "5", null])("maxReturnCount %j: 400 naming the field and its range", async (n) => {
    const body = { request: { ...insightsBody([{ [F("locations")]: [US] }]).request, maxReturnCount: n } };
    const res = await get(INSIGHTS_PATH, { body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toContain("request.maxReturnCount must be an integer between 1 and 100");
  });

  it.each(["BY_SIZE", "hierarchical", 1])("segmentsOrderedBy %j: 400 listing the allowed values", async (order) => {
    const body = { request: { ...insightsBody([{ [F("locations")]: [US] }]).request, segmentsOrderedBy: order } };
    const res = await get(INSIGHTS_PATH, { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("request.segmentsOrderedBy must be one of AUDIENCE_PERCENTAGE, HIERARCHICAL");
  });

  it("AUDIENCE_PERCENTAGE is the default order: largest first", async () => {
    const and = [{ [F("locations")]: [US] }];
    const byDefault = await insights(and, F("locations"), undefined, { maxReturnCount: 30 });
    const explicit = await insights(and, F("locations"), undefined, {
      maxReturnCount: 30,
      segmentsOrderedBy: "AUDIENCE_PERCENTAGE",
    });
    expect(explicit).toEqual(byDefault);
    const counts = byDefault.audienceInsight.segmentations.map((s) => s.entityCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("HIERARCHICAL: the same segments, each place before the places inside it, subtrees together, siblings by size", async () => {
    const and = [{ [F("locations")]: ["urn:li:geo:102221843"] }]; // North America
    const fields = { maxReturnCount: 40 };
    const bySize = await insights(and, F("locations"), undefined, fields);
    const tree = await insights(and, F("locations"), undefined, { ...fields, segmentsOrderedBy: "HIERARCHICAL" });
    const urns = tree.audienceInsight.segmentations.map((s) => s.value);
    expect(new Set(urns)).toEqual(new Set(bySize.audienceInsight.segmentations.map((s) => s.value)));
    expect(urns).not.toEqual(bySize.audienceInsight.segmentations.map((s) => s.value));
    const count = new Map(tree.audienceInsight.segmentations.map((s) => [s.value, s.entityCount]));
    // A place comes before everything inside it, and what is inside it comes right after it (contiguous).
    urns.forEach((urn, i) => {
      const inside = urns.map((u, j) => (chain(u).includes(urn) ? j : -1)).filter((j) => j >= 0);
      if (inside.length === 0) return;
      expect(Math.min(...inside), urn).toBeGreaterThan(i);
      expect(Math.max(...inside) - i, urn).toBe(inside.length);
    });
    // Siblings (segments whose nearest listed ancestor is the same) by size.
    const nearest = (u: string) => chain(u).find((a) => count.has(a));
    const groups = new Map<string | undefined, number[]>();
    for (const u of urns) groups.set(nearest(u), [...(groups.get(nearest(u)) ?? []), count.get(u)!]);
    expect(urns[0]).toBe("urn:li:geo:102221843"); // the continent first
    expect(urns[1]).toBe(US); // its largest country
    for (const [, sizes] of groups) expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("HIERARCHICAL on a flat facet is the AUDIENCE_PERCENTAGE order", async () => {
    const and = [{ [F("locations")]: [US] }];
    const bySize = await insights(and, F("titles"), undefined, { maxReturnCount: 20 });
    const tree = await insights(and, F("titles"), undefined, { maxReturnCount: 20, segmentsOrderedBy: "HIERARCHICAL" });
    expect(tree).toEqual(bySize);
  });
});

/** The ancestors of a location, nearest first. */
function chain(urn: string): string[] {
  const out: string[] = [];
  for (let p = entityByUrn(urn)?.entity.parent; p !== undefined; p = entityByUrn(p)?.entity.parent) out.push(p);
  return out;
}
const CITY = F("bingCity");
const levelOf = (urn: string) => entityByUrn(urn)?.entity.placeLevel;
const countryOf = (urn: string) => chain(urn).find((a) => levelOf(a) === "COUNTRY");
const stateOf = (urn: string) => chain(urn).find((a) => levelOf(a) === "STATE");

describe("place breakdowns: groupBy bingCity, bingState, bingCountry, bingContinent", () => {
  it("the top 5 U.S. cities of a U.S. persona: geo URNs of U.S. cities, resolvable by q=urns", async () => {
    const value = await insights(
      [{ [F("locations")]: [US] }, { [F("jobFunctions")]: ["urn:li:function:8"] }],
      CITY,
      undefined,
      {
        maxReturnCount: 5,
      },
    );
    const segments = value.audienceInsight.segmentations;
    expect(value.audienceInsight.groupedBy).toBe(CITY);
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.length).toBeLessThanOrEqual(5);
    for (const s of segments) {
      expect(s.value).toMatch(/^urn:li:geo:\d+$/);
      expect(levelOf(s.value), s.value).toBe("CITY");
      expect(chain(s.value), s.value).toContain(US);
      expect(s.entityCount).toBeLessThanOrEqual(value.totalAudienceCount);
    }
    const urns = segments.map((s) => s.value);
    const resolved = await get(`/adTargetingEntities?q=urns&queryVersion=QUERY_USES_URNS&urns=${encode(urns)}`);
    expect(resolved.body.elements.map((e: any) => e.urn)).toEqual(urns);
    for (const e of resolved.body.elements) {
      expect(e.facetUrn).toBe(F("locations"));
      expect(e.name).toMatch(/, United States$/);
    }
    expect(resolved.body.elements[0].name).toBe("New York, New York, United States"); // the largest
  });

  it("a persona located through profileLocations gets its own country's cities too", async () => {
    const value = await insights([{ [F("profileLocations")]: [US] }], CITY, undefined, { maxReturnCount: 20 });
    expect(value.audienceInsight.segmentations).toHaveLength(20);
    for (const s of value.audienceInsight.segmentations) expect(chain(s.value), s.value).toContain(US);
  });

  it("a persona without a place gets the world's largest cities; cities of a country it excludes are gone", async () => {
    const world = await insights([{ [F("seniorities")]: ["urn:li:seniority:4"] }], CITY, undefined, {
      maxReturnCount: 30,
    });
    const countries = new Set(world.audienceInsight.segmentations.map((s) => countryOf(s.value)));
    expect(countries.size).toBeGreaterThan(3);
    const notUS = await insights(
      [{ [F("seniorities")]: ["urn:li:seniority:4"] }],
      CITY,
      { [F("locations")]: [US] },
      {
        maxReturnCount: 30,
      },
    );
    for (const s of notUS.audienceInsight.segmentations) expect(chain(s.value)).not.toContain(US);
  });

  it.each([
    ["bingContinent", "CONTINENT"],
    ["bingCountry", "COUNTRY"],
    ["bingState", "STATE"],
    ["bingCity", "CITY"],
  ])("%s: segments are places of that level, groupedBy echoes it", async (name, level) => {
    const value = await insights([{ [F("seniorities")]: ["urn:li:seniority:5"] }], F(name), undefined, {
      maxReturnCount: 100,
    });
    expect(value.audienceInsight.groupedBy).toBe(F(name));
    expect(value.audienceInsight.segmentations.length).toBeGreaterThan(3);
    for (const s of value.audienceInsight.segmentations) expect(levelOf(s.value), s.value).toBe(level);
    expect(PLACE_BREAKDOWNS[F(name)]).toBe(level);
  });

  it("a state's breakdown by city: only its cities, and their shares add up to at most 100 %", async () => {
    const value = await insights([{ [F("locations")]: ["urn:li:geo:102748797"] }], CITY, undefined, {
      maxReturnCount: 100,
    });
    const segments = value.audienceInsight.segmentations;
    expect(segments.map((s) => entityByUrn(s.value)!.entity.name)).toEqual(
      expect.arrayContaining([
        "Houston, Texas, United States",
        "Dallas, Texas, United States",
        "Austin, Texas, United States",
      ]),
    );
    for (const s of segments) expect(stateOf(s.value)).toBe("urn:li:geo:102748797");
    expect(segments.reduce((sum, s) => sum + s.entityCount, 0)).toBeLessThanOrEqual(value.totalAudienceCount * 1.05);
  });

  it("HIERARCHICAL cities: grouped by country, then state, each group together", async () => {
    const value = await insights([{ [F("seniorities")]: ["urn:li:seniority:4"] }], CITY, undefined, {
      maxReturnCount: 60,
      segmentsOrderedBy: "HIERARCHICAL",
    });
    const urns = value.audienceInsight.segmentations.map((s) => s.value);
    // A city outside any state of the dataset (Delhi, Berlin …) is a group of its own.
    for (const key of [countryOf, (u: string) => stateOf(u) ?? u]) {
      const seen: (string | undefined)[] = [];
      for (const u of urns) if (seen.at(-1) !== key(u)) seen.push(key(u));
      expect(new Set(seen).size, "each country/state appears in one run").toBe(seen.length);
    }
  });

  it("place levels are groupBy only: not facets of targeting criteria, and groupable", async () => {
    for (const name of ["bingCity", "bingState", "bingCountry", "bingContinent"]) {
      expect(UNGROUPABLE_FACETS).not.toContain(F(name));
      const res = await get(INSIGHTS_PATH, { body: insightsBody([{ [F(name)]: [US] }]) });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(`Unknown facet "${F(name)}"`);
    }
  });
});

describe("LinkedIn's combination rules (src/targeting/rules.ts): facets that may not be AND'ed", () => {
  const first = (facet: string) => facetByUrn(F(facet))!.entities[0]!.urn;
  const one = (facet: string) => ({ [F(facet)]: [first(facet)] });
  const rule = (facet: string) => COMBINATION_RULES.find((r) => (r.a as readonly string[]).includes(facet))!;
  const forbidden: [string, Record<string, string[]>[], string][] = [
    ["website retargeting AND member behaviors", [one("dynamicSegments"), one("memberBehaviors")], "dynamicSegments"],
    ["website retargeting AND interests", [one("dynamicSegments"), one("interests")], "dynamicSegments"],
    ["industries AND employers", [one("industries"), one("employers")], "industries"],
    ["staff count ranges AND employers", [one("employers"), one("staffCountRanges")], "staffCountRanges"],
    ["job functions AND titles", [one("jobFunctions"), one("titles")], "jobFunctions"],
    ["seniorities AND titles", [one("titles"), one("seniorities")], "seniorities"],
  ];

  it.each(forbidden)("%s: 400 with LinkedIn's sentence and the two include groups", async (_name, and, facet) => {
    const res = await get(INSIGHTS_PATH, { body: insightsBody(and) });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: `${rule(facet).text} (request.targetingCriteria.include.and[0] and and[1])`,
    });
  });

  it("the message names the groups where they are, and counts the other pairs", async () => {
    const and = [one("titles"), { [F("locations")]: [US] }, one("seniorities"), one("jobFunctions")];
    const res = await get(INSIGHTS_PATH, { body: insightsBody(and) });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      `${rule("seniorities").text} (request.targetingCriteria.include.and[0] and and[2]; 1 more forbidden pair)`,
    );
  });

  it("the same facets OR'ed in one group are fine, and so are facets no rule names", async () => {
    const ored = [{ ...one("jobFunctions"), ...one("titles") }, { [F("locations")]: [US] }];
    expect((await insights(ored)).totalAudienceCount).toBeGreaterThan(0);
    const segments = [one("dynamicSegments"), one("seniorities")];
    expect((await insights(segments)).totalAudienceCount).toBeGreaterThan(0);
    const industries = [one("industries"), one("staffCountRanges"), one("skills")];
    expect((await insights(industries)).totalAudienceCount).toBeGreaterThan(0);
  });

  it("exclusions are not AND'ed: excluding employers from an industry audience is fine", async () => {
    const value = await insights([one("industries")], F("seniorities"), one("employers"));
    expect(value.totalAudienceCount).toBeGreaterThan(0);
  });
});

describe("audienceInsights errors: 400 ILLEGAL_ARGUMENT naming the problem; the server keeps serving", () => {
  const ok = insightsBody([{ [F("locations")]: [US] }]);
  const request = (patch: Record<string, unknown>) => ({ request: { ...ok.request, ...patch } });
  const criteria = (tc: unknown) => request({ targetingCriteria: tc });
  const cases: [string, unknown, string][] = [
    ["malformed JSON", '{"request": {', "Malformed JSON"],
    ["an empty body", "", "body is missing"],
    ["a JSON array", "[]", "body must be an object"],
    ["no request", {}, "Missing field request"],
    ["an unknown top-level field", { ...ok, extra: 1 }, "body.extra"],
    ["an unknown request field", request({ targeting: {} }), "request.targeting"],
    ["no targetingCriteria", { request: { groupBy: F("seniorities") } }, "request.targetingCriteria"],
    ["no groupBy", { request: { targetingCriteria: ok.request.targetingCriteria } }, "request.groupBy"],
    ["groupBy not a string", request({ groupBy: 42 }), "request.groupBy"],
    ["groupBy unknown", request({ groupBy: F("colours") }), F("colours")],
    ["groupBy unsupported", request({ groupBy: F("genders") }), F("genders")],
    ["no include", criteria({}), "include"],
    ["include.and empty", criteria({ include: { and: [] } }), "include.and"],
    ["a group without or", criteria({ include: { and: [{}] } }), "include.and[0].or"],
    ["an empty group", criteria({ include: { and: [{ or: {} }] } }), "include.and[0].or is empty"],
    ["an empty value list", criteria({ include: { and: [{ or: { [F("locations")]: [] } }] } }), "non-empty array"],
    [
      "a value that is not a string",
      criteria({ include: { and: [{ or: { [F("locations")]: [42] } }] } }),
      "URN string",
    ],
    [
      "an unknown facet",
      criteria({ include: { and: [{ or: { [F("colours")]: ["urn:li:colour:1"] } }] } }),
      F("colours"),
    ],
    [
      "an unknown entity",
      criteria({ include: { and: [{ or: { [F("locations")]: ["urn:li:geo:1"] } }] } }),
      "urn:li:geo:1",
    ],
    ["an entity of another facet", criteria({ include: { and: [{ or: { [F("industries")]: [US] } }] } }), US],
    ["an empty exclude", criteria({ ...ok.request.targetingCriteria, exclude: { or: {} } }), "exclude.or is empty"],
    ["exclude with and", criteria({ ...ok.request.targetingCriteria, exclude: { and: [] } }), "exclude.and"],
    ["a malformed sponsoredAccount", request({ requestMetaData: { sponsoredAccount: "123" } }), "sponsoredAccount"],
  ];

  it.each(cases)("%s", async (_name, body, fragment) => {
    const res = await get(INSIGHTS_PATH, { body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toContain(fragment);
  });

  it("a non-JSON content type", async () => {
    const res = await get(INSIGHTS_PATH, { body: JSON.stringify(ok), headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("Content-Type");
  });

  it.each([
    ["/targetingAudienceInsights", '"action"'],
    ["/targetingAudienceInsights?action=audienceCounts", "audienceCounts"],
    ["/targetingAudienceInsights?action=audienceInsights&debug=1", '"debug"'],
  ])("%s: 400", async (path, fragment) => {
    const res = await get(path, { body: ok });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(fragment);
  });

  it("the largest criteria allowed is answered; one value more is a 400", async () => {
    const geo = facetByUrn(F("locations"))!.entities.map((e) => e.urn);
    const skills = facetByUrn(F("skills"))!.entities.map((e) => e.urn);
    // Heavy on purpose: repeated values and nested locations in many groups, grouped by a mentioned facet.
    const and = Array.from({ length: 10 }, () => ({
      [F("locations")]: geo.slice(0, 80),
      [F("skills")]: skills.slice(0, 19),
    }));
    const atLimit = insightsBody(and, F("locations"), { [F("locations")]: geo.slice(200, 210) });
    const res = await get(INSIGHTS_PATH, { body: atLimit });
    expect(res.status).toBe(200);
    expect(res.body.value.totalAudienceCount).toBeGreaterThan(0);
    const over = insightsBody(and, F("locations"), { [F("locations")]: geo.slice(200, 211) });
    const rejected = await get(INSIGHTS_PATH, { body: over });
    expect(rejected.status).toBe(400);
    expect(rejected.body.message).toContain(String(MAX_TARGETING_VALUES));
  });

  it("after all of that, the server still answers", async () => {
    expect((await get(INSIGHTS_PATH, { body: ok })).status).toBe(200);
  });
});
