// li.insights.count and li.insights.compare: against the embedded test server, and against canned answers where
// the arithmetic (index, thresholds, lower bounds) must be exact.
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createLinkedInClient,
  Facet,
  targeting,
  TargetingCriteriaError,
  urn,
  type TargetingCriteria,
} from "../../src/index.js";
import { COUNT_GROUP_BY, MIN_AFFINITY_MEMBERS, MIN_AFFINITY_SHARE } from "../../src/resources/insights.js";
import { TEST_ACCESS_TOKEN } from "../../src/testing/index.js";
import { useTestServer } from "../support/test-server.js";

const server = useTestServer({ port: 0 });
const li = () => createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url });
const US = urn.geo(103644278);
const financeInUs = () => targeting().include(Facet.locations, US).include(Facet.jobFunctions, urn.function(10));
type Body = { request: { targetingCriteria: TargetingCriteria; groupBy: string; maxReturnCount?: number } };

describe("insights.count", () => {
  it("the audience size in one request: grouped by seniorities, no maxReturnCount", async () => {
    const client = li();
    const n = await client.insights.count(financeInUs());
    expect(n).toBeGreaterThan(0);
    expect(server().requests).toHaveLength(1);
    const body = server().requests[0]!.body as Body;
    expect(body.request.groupBy).toBe(COUNT_GROUP_BY);
    expect(body.request).not.toHaveProperty("maxReturnCount");
    const full = await client.insights.get({ targetingCriteria: financeInUs(), groupBy: "interests" });
    expect(n).toBe(full.totalAudienceCount);
  });

  it("invalid criteria: TargetingCriteriaError before any request", async () => {
    await expect(li().insights.count({ include: { and: [] } } as TargetingCriteria)).rejects.toThrow(
      TargetingCriteriaError,
    );
    expect(server().requests).toHaveLength(0);
  });
});

describe("insights.compare against the test server", () => {
  it("default baseline: the persona's locations groups; shares, baseline shares and indexes agree; names resolved", async () => {
    const c = await li().insights.compare({ targetingCriteria: financeInUs(), groupBy: "interests" });
    expect(c.groupedBy).toBe(Facet.interests);
    expect(c.baseline.derived).toBe(true);
    expect(c.baseline.targetingCriteria).toEqual({ include: { and: [{ or: { [Facet.locations]: [US] } }] } });
    expect(c.persona.totalAudienceCount).toBeLessThan(c.baseline.totalAudienceCount);
    expect(c.minimum).toEqual({ share: MIN_AFFINITY_SHARE, members: MIN_AFFINITY_MEMBERS });
    expect(c.segments.length).toBeGreaterThan(0);
    for (const s of c.segments) {
      expect(s.name).toEqual(expect.any(String));
      expect(s.share).toBeCloseTo((100 * s.members) / c.persona.totalAudienceCount, 9);
      expect(s.share).toBeGreaterThanOrEqual(MIN_AFFINITY_SHARE);
      expect(s.members).toBeGreaterThanOrEqual(MIN_AFFINITY_MEMBERS);
      if (!s.indexIsLowerBound) expect(s.index).toBeCloseTo((100 * s.share) / s.baselineShare!, 9);
    }
    const indexes = c.segments.map((s) => s.index!);
    expect(indexes).toEqual([...indexes].sort((a, b) => b - a));

    const insights = server().requests.filter((r) => r.path === "/targetingAudienceInsights");
    const urns = server().requests.filter((r) => r.query.q === "urns");
    expect(insights.length).toBeGreaterThanOrEqual(2);
    expect(insights.length).toBeLessThanOrEqual(3);
    expect(urns).toHaveLength(1);
    const criteria = insights.map((r) => (r.body as Body).request.targetingCriteria);
    expect(criteria[0]).toEqual(financeInUs().build());
    expect(criteria[1]).toEqual(c.baseline.targetingCriteria);
  });

  it("an explicit baseline is used as given", async () => {
    const baseline = targeting().include(Facet.locations, US).include(Facet.seniorities, urn.seniority(6));
    const c = await li().insights.compare({ targetingCriteria: financeInUs(), baseline, groupBy: "skills" });
    expect(c.baseline.derived).toBe(false);
    expect((server().requests[1]!.body as Body).request.targetingCriteria).toEqual(baseline.build());
  });

  it("no locations group and no baseline: ConfigurationError before any request", async () => {
    const persona = targeting().include(Facet.jobFunctions, urn.function(10));
    await expect(li().insights.compare({ targetingCriteria: persona, groupBy: "interests" })).rejects.toThrow(
      /no include group of locations alone.*pass a baseline/,
    );
    await expect(
      li().insights.compare({ targetingCriteria: financeInUs(), groupBy: "interests", minShare: 101 }),
    ).rejects.toThrow(ConfigurationError);
    await expect(li().insights.compare({ targetingCriteria: financeInUs(), groupBy: "genders" })).rejects.toThrow(
      /not an Audience Insights breakdown/,
    );
    expect(server().requests).toHaveLength(0);
  });
});

/** A client whose insights answers are canned per criteria; `sent` records each request body. */
function canned(answer: (body: Body["request"]) => { total: number; segments: [string, number][] }) {
  const sent: Body["request"][] = [];
  const client = createLinkedInClient({
    accessToken: "t",
    baseUrl: "http://127.0.0.1:9/rest",
    maxRetries: 0,
    fetch: async (request) => {
      const json = (body: unknown) =>
        new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
      if (request.url.includes("q=urns")) {
        const list = decodeURIComponent(/urns=List\(([^)]*)\)/.exec(request.url)?.[1] ?? "").split(",");
        return json({ elements: list.map((u) => ({ urn: u, name: `name ${u.split(":").pop()}` })) });
      }
      const body = (await request.json()) as Body;
      sent.push(body.request);
      const { total, segments } = answer(body.request);
      const segmentations = segments.map(([value, entityCount]) => ({
        value,
        entityCount,
        entityPercentage: Math.round((100 * entityCount) / total),
      }));
      return json({
        value: { totalAudienceCount: total, audienceInsight: { groupedBy: body.request.groupBy, segmentations } },
      });
    },
  });
  return { client, sent };
}

const i = (n: number) => urn.interest(n);
const groupsOf = (c: TargetingCriteria) => c.include?.and ?? [];

describe("insights.compare: the arithmetic", () => {
  it("index = share ÷ baseline share × 100; a follow-up asks the baseline for the persona's segments it did not list", async () => {
    const { client, sent } = canned((r) => {
      const groups = groupsOf(r.targetingCriteria);
      if (groups.some((g) => g.or?.[Facet.jobFunctions])) {
        // Persona: 100,000 members.
        return {
          total: 100_000,
          segments: [
            [i(1), 50_000],
            [i(2), 20_000],
            [i(3), 10_000],
            [i(4), 800],
            [i(5), 600],
          ],
        };
      }
      if (groups.some((g) => g.or?.[Facet.interests])) {
        // Follow-up: the baseline AND (2 or 4 or 5); 5 is below LinkedIn's minimum, so absent.
        return {
          total: 3_000_000,
          segments: [
            [i(2), 500_000],
            [i(4), 2_000_000],
          ],
        };
      }
      // Baseline: 10,000,000 members; lists 1 and 3 (and one the persona does not have).
      return {
        total: 10_000_000,
        segments: [
          [i(1), 2_500_000],
          [i(9), 2_000_000],
          [i(3), 2_000_000],
        ],
      };
    });
    const c = await client.insights.compare({
      targetingCriteria: targeting().include(Facet.locations, US).include(Facet.jobFunctions, urn.function(10)),
      groupBy: "interests",
      minMembers: 500,
    });
    expect(sent).toHaveLength(3);
    expect(groupsOf(sent[2]!.targetingCriteria)).toEqual([
      { or: { [Facet.locations]: [US] } },
      { or: { [Facet.interests]: [i(2), i(4), i(5)] } },
    ]);
    const byUrn = new Map([...c.segments, ...c.belowMinimum].map((s) => [s.urn, s]));
    expect(byUrn.get(i(1))).toMatchObject({ share: 50, baselineShare: 25, index: 200, indexIsLowerBound: false });
    expect(byUrn.get(i(2))).toMatchObject({ share: 20, baselineMembers: 500_000, baselineShare: 5, index: 400 });
    expect(byUrn.get(i(3))).toMatchObject({ share: 10, baselineShare: 20, index: 50 });
    expect(byUrn.get(i(4))).toMatchObject({ share: 0.8, baselineShare: 20, index: 4 });
    // 5: fewer than 300 baseline members → index ≥ 0.6 / 0.003 × 100.
    expect(byUrn.get(i(5))).toMatchObject({ baselineShare: undefined, indexIsLowerBound: true, name: "name 5" });
    expect(byUrn.get(i(5))!.index).toBeCloseTo(20_000, 6);
    // Ranked: ≥ 1% and ≥ 500 members, by index; 4 and 5 are under 1%.
    expect(c.segments.map((s) => s.urn)).toEqual([i(2), i(1), i(3)]);
    expect(c.belowMinimum.map((s) => s.urn)).toEqual([i(4), i(5)]);
    expect(c.segments[0]!.name).toBe("name 2");
  });

  it("minShare and minMembers decide what is ranked", async () => {
    const { client } = canned((r) =>
      groupsOf(r.targetingCriteria).length > 1
        ? {
            total: 10_000,
            segments: [
              [i(1), 5_000],
              [i(2), 900],
            ],
          }
        : {
            total: 1_000_000,
            segments: [
              [i(1), 100_000],
              [i(2), 10_000],
            ],
          },
    );
    const persona = targeting().include(Facet.locations, US).include(Facet.seniorities, urn.seniority(6));
    const strict = await client.insights.compare({ targetingCriteria: persona, groupBy: "interests" });
    expect(strict.segments.map((s) => s.urn)).toEqual([i(1)]); // 900 < 1,000 members
    const loose = await client.insights.compare({ targetingCriteria: persona, groupBy: "interests", minMembers: 0 });
    expect(loose.segments.map((s) => s.urn)).toEqual([i(2), i(1)]); // index 900 before 500
    const picky = await client.insights.compare({ targetingCriteria: persona, groupBy: "interests", minShare: 60 });
    expect(picky.segments).toEqual([]);
  });

  it("no follow-up where LinkedIn's rules forbid it: the index is a lower bound from the baseline's smallest listed segment", async () => {
    const { client, sent } = canned((r) =>
      groupsOf(r.targetingCriteria).some((g) => g.or?.[Facet.seniorities])
        ? {
            total: 10_000,
            segments: [
              [i(1), 5_000],
              [i(2), 2_000],
            ],
          }
        : {
            total: 1_000_000,
            segments: [
              [i(1), 100_000],
              [i(3), 40_000],
            ],
          },
    );
    // Website-retargeting segments may not be AND'ed with interests: the follow-up would break that rule.
    const baseline = targeting().include(Facet.dynamicSegments, "urn:li:adSegment:1");
    const persona = targeting().include(Facet.locations, US).include(Facet.seniorities, urn.seniority(6));
    const c = await client.insights.compare({ targetingCriteria: persona, baseline, groupBy: "interests" });
    expect(sent).toHaveLength(2);
    const two = c.segments.find((s) => s.urn === i(2))!;
    expect(two).toMatchObject({ baselineShare: undefined, indexIsLowerBound: true });
    expect(two.index).toBeCloseTo((100 * 20) / 4, 9); // ≤ 40,000 of 1,000,000 = 4%
  });

  it("place breakdowns (bingCity) are followed up through the locations facet", async () => {
    const city = urn.geo(102571732);
    const { client, sent } = canned((r) => {
      const groups = groupsOf(r.targetingCriteria);
      if (groups.some((g) => g.or?.[Facet.seniorities])) return { total: 10_000, segments: [[city, 3_000]] };
      if (groups.length > 1) return { total: 50_000, segments: [[city, 50_000]] };
      return { total: 1_000_000, segments: [[urn.geo(1), 200_000]] };
    });
    const persona = targeting().include(Facet.locations, US).include(Facet.seniorities, urn.seniority(6));
    const c = await client.insights.compare({ targetingCriteria: persona, groupBy: "bingCity" });
    expect(groupsOf(sent[2]!.targetingCriteria)[1]).toEqual({ or: { [Facet.locations]: [city] } });
    expect(c.segments[0]).toMatchObject({ urn: city, share: 30, baselineShare: 5, index: 600 });
  });

  it("maxReturnCount is sent with every breakdown when given", async () => {
    const { client, sent } = canned(() => ({ total: 1_000, segments: [] }));
    await client.insights.compare({ targetingCriteria: financeInUs(), groupBy: "skills", maxReturnCount: 50 });
    expect(sent.map((r) => r.maxReturnCount)).toEqual([50, 50]);
  });
});
