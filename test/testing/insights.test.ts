import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { COMBINATION_RULES } from "../../src/targeting/rules.js";
import { facetByUrn } from "../../src/testing/dataset/index.js";
import {
  MAX_TARGETING_VALUES,
  startTestServer,
  TOP_SEGMENTS,
  UNGROUPABLE_FACETS,
  type TestServer,
} from "../../src/testing/index.js";
import { api, call, insightsBody, INSIGHTS_PATH } from "../support/api.js";
import { validateRequest } from "../support/spec.js";

const F = (name: string) => `urn:li:adTargetingFacet:${name}`;
const US = "urn:li:geo:103644278";
const CALIFORNIA = "urn:li:geo:102095887";
const VATICAN = "urn:li:geo:107163060";

let server: TestServer;
let get: ReturnType<typeof api>;
beforeAll(async () => {
  server = await startTestServer();
  get = api(server.url);
});
afterAll(() => server.close());

/** Calls audienceInsights with groups (AND of ORs) and returns the `value`. */
async function insights(
  and: Record<string, string[]>[],
  groupBy = F("seniorities"),
  exclude?: Record<string, string[]>,
) {
  const body = insightsBody(and, groupBy, exclude);
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
  test("the spec's example request: the audience and its top segments of the groupBy facet", async () => {
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
    expect(audienceInsight.segmentations).toHaveLength(TOP_SEGMENTS);
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

  test("counts are rounded to two significant digits", async () => {
    const value = await insights([{ [F("locations")]: [US] }], F("jobFunctions"));
    for (const n of [value.totalAudienceCount, ...value.audienceInsight.segmentations.map((s) => s.entityCount)]) {
      const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
      expect(n % unit).toBe(0);
    }
  });

  test("a single value's audience is its member count (rounded)", async () => {
    const us = facetByUrn(F("locations"))!.entities.find((e) => e.urn === US)!;
    expect(await total([{ [F("locations")]: [US] }])).toBe(Number(us.members.toPrecision(2)));
  });

  test("AND-ing a group narrows; OR-ing values (and facets) in a group widens; exclude shrinks", async () => {
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

  test("a child location inside a selected parent adds nothing; excluding the parent leaves nothing", async () => {
    expect(await total([{ [F("locations")]: [US, CALIFORNIA] }])).toBe(await total([{ [F("locations")]: [US] }]));
    expect(await total([{ [F("locations")]: [US] }, { [F("locations")]: [CALIFORNIA] }])).toBe(
      await total([{ [F("locations")]: [CALIFORNIA] }]),
    );
    const none = await insights([{ [F("locations")]: [CALIFORNIA] }], F("jobFunctions"), { [F("locations")]: [US] });
    expect(none.totalAudienceCount).toBe(0);
  });

  test("audiences under 300 members are 0, with no segments", async () => {
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

  test("grouping by the criteria's facet: the selected location is 100 %", async () => {
    const value = await insights([{ [F("locations")]: [CALIFORNIA] }], F("locations"));
    const ca = value.audienceInsight.segmentations.find((s) => s.value === CALIFORNIA)!;
    expect(ca).toMatchObject({ entityCount: value.totalAudienceCount, entityPercentage: 100 });
    expect(value.audienceInsight.segmentations.map((s) => s.value)).toContain(US); // the parent holds all of it
  });

  test("the same request gets the same answer, from this server and from a fresh one", async () => {
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

  test("requestMetaData is optional; generated entities can be targeted", async () => {
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

  test("every facet but the unsupported ones can be a groupBy", async () => {
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

  test.each(forbidden)("%s: 400 with LinkedIn's sentence and the two include groups", async (_name, and, facet) => {
    const res = await get(INSIGHTS_PATH, { body: insightsBody(and) });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message: `${rule(facet).text} (request.targetingCriteria.include.and[0] and and[1])`,
    });
  });

  test("the message names the groups where they are, and counts the other pairs", async () => {
    const and = [one("titles"), { [F("locations")]: [US] }, one("seniorities"), one("jobFunctions")];
    const res = await get(INSIGHTS_PATH, { body: insightsBody(and) });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      `${rule("seniorities").text} (request.targetingCriteria.include.and[0] and and[2]; 1 more forbidden pair)`,
    );
  });

  test("the same facets OR'ed in one group are fine, and so are facets no rule names", async () => {
    const ored = [{ ...one("jobFunctions"), ...one("titles") }, { [F("locations")]: [US] }];
    expect((await insights(ored)).totalAudienceCount).toBeGreaterThan(0);
    const segments = [one("dynamicSegments"), one("seniorities")];
    expect((await insights(segments)).totalAudienceCount).toBeGreaterThan(0);
    const industries = [one("industries"), one("staffCountRanges"), one("skills")];
    expect((await insights(industries)).totalAudienceCount).toBeGreaterThan(0);
  });

  test("exclusions are not AND'ed: excluding employers from an industry audience is fine", async () => {
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

  test.each(cases)("%s", async (_name, body, fragment) => {
    const res = await get(INSIGHTS_PATH, { body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toContain(fragment);
  });

  test("a non-JSON content type", async () => {
    const res = await get(INSIGHTS_PATH, { body: JSON.stringify(ok), headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("Content-Type");
  });

  test.each([
    ["/targetingAudienceInsights", '"action"'],
    ["/targetingAudienceInsights?action=audienceCounts", "audienceCounts"],
    ["/targetingAudienceInsights?action=audienceInsights&debug=1", '"debug"'],
  ])("%s: 400", async (path, fragment) => {
    const res = await get(path, { body: ok });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(fragment);
  });

  test("the largest criteria allowed is answered; one value more is a 400", async () => {
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

  test("after all of that, the server still answers", async () => {
    expect((await get(INSIGHTS_PATH, { body: ok })).status).toBe(200);
  });
});
