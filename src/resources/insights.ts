/**
 * `li.insights`: Audience Insights for a targeting criteria — how many members match (`count`), the top
 * segments of one facet (`groupBy`) among them (`get`), and how a persona differs from a baseline audience
 * segment by segment, as affinity indexes (`compare`).
 */
import type { components } from "../../generated/schema.js";
import { ConfigurationError } from "../errors.js";
import type { CallOptions } from "../http/transport.js";
import { checkNumber, type NumberRule } from "../internal/numbers.js";
import {
  Facet,
  facetInfo,
  facetUrn,
  type GroupByRef,
  parseTargetingCriteria,
  type TargetingCriteria,
  TargetingCriteriaError,
} from "../targeting/index.js";
import type { NameResolver } from "./names.js";
import { checkCallOptions, resourceCall, type ResourceContext } from "./request.js";
import { type Answer, badShape, number, object, objects, optionalString } from "./shape.js";

/**
 * One segment of the grouped facet: an entity with its member count and share of the audience. LinkedIn's own
 * shape (`value`, `entityCount`, `entityPercentage`, all optional in its schema) stays in `li.api`.
 */
export interface InsightSegment {
  /** The segment's URN, e.g. `urn:li:interest:71363` (LinkedIn's `value`). */
  urn: string;
  /**
   * Members of the audience in the segment, rounded by LinkedIn (`entityCount`; from `entityPercentage` of the
   * total when LinkedIn sent only that).
   */
  count: number;
  /**
   * The segment's share of the audience in percent, 0–100, as LinkedIn sent it (`entityPercentage`, often a whole
   * number; from the counts when LinkedIn sent only `entityCount`). `100 * count / totalAudienceCount` is finer.
   */
  percentage: number;
  /** The entity's display name, when `resolveNames` was asked for and LinkedIn knows the URN. */
  name?: string | undefined;
}

/** Anything with a `build()` that yields criteria: the `targeting()` builder. */
export interface CriteriaBuilder {
  /** The criteria, validated: a `targeting()` builder throws {@link TargetingCriteriaError} for invalid ones. */
  build(): TargetingCriteria;
}

/** How segments are ordered: `AUDIENCE_PERCENTAGE` (largest share first) or `HIERARCHICAL`; others type-check. */
export type SegmentsOrderedBy = components["schemas"]["SegmentsOrderedBy"] | (string & {});

/** What `li.insights.get` asks: whose audience (`targetingCriteria`), broken down by which facet (`groupBy`). */
export interface InsightsParams {
  /** Who: the criteria object, or the `targeting()` builder itself. Validated before sending. */
  targetingCriteria: TargetingCriteria | CriteriaBuilder;
  /**
   * The facet to break the audience down by: a name or URN (`"interests"`, `Facet.seniorities`), or a place level
   * (`"bingCity"`, `"bingState"`, `"bingCountry"`, `"bingContinent"`: "the top cities"). Facets that are not
   * breakdowns (interface language, gender, age, matched audiences, retargeting) are rejected before any request.
   */
  groupBy: GroupByRef;
  /** At most this many segments, 1–100. Default: LinkedIn's. */
  maxReturnCount?: number | undefined;
  /** `AUDIENCE_PERCENTAGE` (largest first; LinkedIn's default) or `HIERARCHICAL` (a country before its states). */
  segmentsOrderedBy?: SegmentsOrderedBy | undefined;
  /** Optional ad account, `urn:li:sponsoredAccount:123` or its numeric id. */
  sponsoredAccount?: string | number | undefined;
  /** Also look up each segment's name (`q=urns`, batched and cached per client). Default false. */
  resolveNames?: boolean | undefined;
}

/** The result of `li.insights.get`: the audience's size and its top segments of one facet. */
export interface AudienceInsights {
  /** Members matching the criteria (rounded by LinkedIn; 0 below 300 members). */
  totalAudienceCount: number;
  /** The facet URN the segments belong to. */
  groupedBy: string;
  /** Top segments of `groupedBy`, as LinkedIn ranks them; with `name` when `resolveNames` was set. */
  segments: InsightSegment[];
}

/** What `li.insights.compare` compares: a persona with a baseline audience, segment by segment of one facet. */
export interface CompareParams {
  /** The persona: criteria or a `targeting()` builder. Validated before any request. */
  targetingCriteria: TargetingCriteria | CriteriaBuilder;
  /**
   * The audience the persona is compared with. Default: the persona's include groups that hold only
   * `locations` (the persona's place, everyone in it), without its exclusions. A persona with no such group
   * needs an explicit baseline.
   */
  baseline?: TargetingCriteria | CriteriaBuilder | undefined;
  /** The facet to compare segment by segment, as in `insights.get` (`"interests"`, `"skills"`, `"bingCity"`, …). */
  groupBy: GroupByRef;
  /** Segments asked for in each breakdown, 1–100 (sent as `maxReturnCount`). Default: LinkedIn's. */
  maxReturnCount?: number | undefined;
  /** Smallest persona share (percent) of a segment that is ranked. Default 1 (%). */
  minShare?: number | undefined;
  /** Fewest persona members in a segment that is ranked. Default 1,000. */
  minMembers?: number | undefined;
  /** Optional ad account, as in `insights.get`. */
  sponsoredAccount?: string | number | undefined;
}

/** One segment of a comparison: the persona's share, the baseline's, and the affinity index. */
export interface AffinitySegment {
  /** The segment's URN, e.g. `urn:li:interest:71363`. */
  urn: string;
  /** Its display name, when LinkedIn knows the URN. */
  name?: string | undefined;
  /** Persona members in the segment (LinkedIn's rounded count). */
  members: number;
  /** The segment's share of the persona, in percent (0–100), from the counts when LinkedIn sent them. */
  share: number;
  /** Baseline members in the segment; `undefined` when LinkedIn did not say (see `indexIsLowerBound`). */
  baselineMembers: number | undefined;
  /** The segment's share of the baseline, in percent; `undefined` when unknown. */
  baselineShare: number | undefined;
  /**
   * `share ÷ baselineShare × 100`: 100 is typical, 150 means 1.5× over-represented in the persona, 50 half as
   * common. `undefined` when the baseline has no members.
   */
  index: number | undefined;
  /**
   * `true` when the baseline's count of this segment is unknown and `index` is a lower bound, computed from the
   * most the baseline can hold (LinkedIn lists a breakdown's top segments only; a segment missing from a
   * targeted follow-up answer has fewer than 300 members, LinkedIn's smallest reported audience).
   */
  indexIsLowerBound: boolean;
}

/** The result of `li.insights.compare`. */
export interface AudienceComparison {
  /** The facet URN compared. */
  groupedBy: string;
  /** The persona: its criteria (as sent) and size. */
  persona: {
    /** The persona's criteria, validated, as sent. */
    targetingCriteria: TargetingCriteria;
    /** Members matching them (rounded by LinkedIn; 0 below 300). */
    totalAudienceCount: number;
  };
  /** The baseline: its criteria (as sent), size, and whether it was derived from the persona's locations. */
  baseline: {
    /** The baseline's criteria, validated, as sent. */
    targetingCriteria: TargetingCriteria;
    /** Members matching them (rounded by LinkedIn; 0 below 300). */
    totalAudienceCount: number;
    /** `true` when no `baseline` was given and it was derived from the persona's `locations`-only groups. */
    derived: boolean;
  };
  /** Segments with enough members to mean something (see `minimum`), highest index first. */
  segments: AffinitySegment[];
  /** The persona's other segments (too small to rank), largest share first. */
  belowMinimum: AffinitySegment[];
  /** The thresholds applied: smallest share (percent) and fewest members. */
  minimum: {
    /** The smallest persona share, in percent, of a ranked segment: `minShare` (default 1). */
    share: number;
    /** The fewest persona members of a ranked segment: `minMembers` (default 1,000). */
    members: number;
  };
}

/** `maxReturnCount`: LinkedIn returns at most 100 segments. */
const MAX_RETURN_COUNT: NumberRule = { min: 1, max: 100, whole: true };

/** Smallest persona share (percent) a segment needs to be ranked by `compare`. */
export const MIN_AFFINITY_SHARE = 1;
/** Fewest persona members a segment needs to be ranked by `compare`. */
export const MIN_AFFINITY_MEMBERS = 1_000;
/** LinkedIn's smallest reported audience: counts below it come back as 0 (and segments below it are left out). */
export const LINKEDIN_MIN_AUDIENCE = 300;
/**
 * The breakdown `count` asks for: seniorities, a facet of ten values, so the answer is small whatever LinkedIn's
 * default number of segments is.
 */
export const COUNT_GROUP_BY = Facet.seniorities;

/**
 * `li.insights`: Audience Insights for targeting criteria — the audience's size (`count`), its top segments of one
 * facet (`get`), and how a persona differs from a baseline (`compare`).
 */
export interface InsightsResource {
  /**
   * The audience of the criteria broken down by one facet: its size and top segments, as LinkedIn ranks them
   * (`POST /targetingAudienceInsights?action=audienceInsights`, one request, plus a name look-up with
   * `resolveNames`).
   *
   * @throws {@link TargetingCriteriaError} for invalid criteria, before any request.
   * @throws {@link ConfigurationError} for an unknown or ungroupable `groupBy`, or an invalid `maxReturnCount`,
   *   `segmentsOrderedBy` or `sponsoredAccount`, before any request.
   * @throws {@link LinkedInApiError} (a subclass by status) when LinkedIn refuses the request, and an
   *   {@link InvalidResponseError} for an answer not of LinkedIn's shape (no `totalAudienceCount`, a segment
   *   without its URN, …).
   *
   * @example
   * ```ts
   * const insights = await li.insights.get({
   *   targetingCriteria: targeting().include(Facet.locations, urn.geo(103644278)),
   *   groupBy: "bingCity", // the top cities
   *   maxReturnCount: 5,
   *   resolveNames: true,
   * });
   * for (const s of insights.segments) console.log(s.name, s.percentage, s.count);
   * ```
   */
  get(params: InsightsParams, options?: CallOptions): Promise<AudienceInsights>;
  /**
   * The audience size alone (members matching the criteria, rounded by LinkedIn; 0 below 300), in one request:
   * the `audienceInsights` action grouped by seniorities (ten values) and its
   * `totalAudienceCount`. No `maxReturnCount` is sent, so servers that do not know that field answer too.
   * @throws TargetingCriteriaError for invalid criteria, before any request.
   *
   * @example
   * ```ts
   * const members = await li.insights.count(targeting().include(Facet.locations, urn.geo(103644278)));
   * ```
   */
  count(targetingCriteria: TargetingCriteria | CriteriaBuilder, options?: CallOptions): Promise<number>;
  /**
   * Compares a persona with a baseline audience segment by segment of one facet: per segment, the persona's
   * share, the baseline's share and the affinity **index** (persona share ÷ baseline share × 100; 100 =
   * typical, 150 = 1.5× over-represented). Segments with at least `minShare` percent of the persona and
   * `minMembers` members are ranked by index, highest first; names are resolved.
   *
   * Cost: two insights requests in parallel (persona and baseline), one more when persona segments are missing
   * from the baseline's top segments (the baseline AND'ed with those segments, grouped the same way, gives
   * their baseline counts; skipped for facets that cannot be targeted or criteria LinkedIn's rules forbid, and
   * the index is then a lower bound), and one name look-up shared with concurrent calls.
   * @throws ConfigurationError when no baseline is given and the persona has no `locations`-only group.
   *
   * @example
   * ```ts
   * const persona = targeting()
   *   .include(Facet.locations, urn.geo(103644278)) // the default baseline: everyone in the United States
   *   .include(Facet.jobFunctions, urn.function(10));
   * const affinity = await li.insights.compare({ targetingCriteria: persona, groupBy: "skills" });
   * for (const s of affinity.segments) console.log(s.name, Math.round(s.index ?? 0));
   * ```
   */
  compare(params: CompareParams, options?: CallOptions): Promise<AudienceComparison>;
}

/** The groupBy facet URN; a ConfigurationError naming `groupBy` for a typo or a facet that is no breakdown. */
function groupByUrn(value: unknown, where: string): string {
  let result: string;
  try {
    result = facetUrn(value as string);
  } catch (error) {
    if (!(error instanceof TargetingCriteriaError)) throw error;
    throw new ConfigurationError(`${where}: groupBy: ${error.problems[0]!.message}.`);
  }
  const info = facetInfo(result);
  if (info && !info.groupable) {
    throw new ConfigurationError(
      `${where}: groupBy ${info.name} is not an Audience Insights breakdown (LinkedIn's insights cover members, ` +
        `companies, places and interests). Group by e.g. ${Facet.jobFunctions}, ${Facet.seniorities}, ` +
        `${Facet.interests} or a place level such as ${Facet.bingCity}.`,
    );
  }
  return result;
}

function sponsoredAccountUrn(value: string | number): string {
  if (typeof value === "number" || /^\d+$/.test(value)) {
    const id = String(value);
    if (!/^[1-9]\d*$/.test(id))
      throw new ConfigurationError(`sponsoredAccount ${JSON.stringify(value)} must be a positive id.`);
    return `urn:li:sponsoredAccount:${id}`;
  }
  if (!/^urn:li:sponsoredAccount:[1-9]\d*$/.test(value)) {
    throw new ConfigurationError(
      `sponsoredAccount ${JSON.stringify(value)} must be "urn:li:sponsoredAccount:<id>" or the numeric id.`,
    );
  }
  return value;
}

/** Criteria from a builder or an object, validated. */
function criteriaOf(source: unknown): TargetingCriteria {
  return typeof (source as CriteriaBuilder | undefined)?.build === "function"
    ? (source as CriteriaBuilder).build()
    : parseTargetingCriteria(source);
}

/** The persona's `locations`-only include groups, without exclusions; undefined when it has none. */
export function locationsBaseline(criteria: TargetingCriteria): TargetingCriteria | undefined {
  const groups = (criteria.include?.and ?? []).filter((g) => {
    const keys = Object.keys(g.or ?? {});
    return keys.length > 0 && keys.every((k) => k === Facet.locations);
  });
  return groups.length > 0 ? parseTargetingCriteria({ include: { and: groups } }) : undefined;
}

/** The facet the segments of `groupBy` can be targeted with (the bing* place levels hold `locations` values). */
function targetingFacetOf(groupBy: string): string | undefined {
  const info = facetInfo(groupBy);
  if (!info) return undefined;
  if (!info.targetable) return info.namespaces.includes("geo") ? Facet.locations : undefined;
  return info.urn;
}

/** A segment's share (percent) of an audience of `total`, from the counts: finer than LinkedIn's percentage. */
function shareOf(s: InsightSegment, total: number): number {
  return total > 0 ? (100 * s.count) / total : s.percentage;
}

/**
 * One of LinkedIn's segmentations (an object: `objects()` checked it) → an {@link InsightSegment}; the error names
 * the element's path when it cannot be read. A segment needs its URN and a count or a percentage.
 */
function toSegment(answer: Answer, raw: Record<string, unknown>, index: number, total: number): InsightSegment {
  const at = (field: string) => `$.value.audienceInsight.segmentations[${index}].${field}`;
  const { value: urn, entityCount, entityPercentage } = raw;
  if (typeof urn !== "string") return badShape(answer, at("value"), "a string", urn);
  if (entityCount === undefined && entityPercentage === undefined) {
    return badShape(answer, at("entityCount"), "a number (or entityPercentage)", entityCount);
  }
  const count = entityCount === undefined ? undefined : number(answer, entityCount, at("entityCount"));
  const percentage =
    entityPercentage === undefined ? undefined : number(answer, entityPercentage, at("entityPercentage"));
  return {
    urn,
    count: count ?? (total > 0 ? Math.round((percentage! * total) / 100) : 0),
    percentage: percentage ?? (total > 0 ? (100 * count!) / total : 0),
  };
}

export function insightsResource(ctx: ResourceContext, resolve: NameResolver): InsightsResource {
  const resource: InsightsResource = {
    async count(targetingCriteria, options) {
      checkCallOptions(options, "insights.count");
      const result = await resource.get({ targetingCriteria, groupBy: COUNT_GROUP_BY }, options);
      return result.totalAudienceCount;
    },

    async compare(params, options) {
      checkCallOptions(options, "insights.compare");
      if (typeof params !== "object" || params === null) {
        throw new ConfigurationError("insights.compare needs { targetingCriteria, groupBy }.");
      }
      const persona = criteriaOf(params.targetingCriteria);
      const given = params.baseline === undefined ? undefined : criteriaOf(params.baseline);
      const baseline = given ?? locationsBaseline(persona);
      if (!baseline) {
        throw new ConfigurationError(
          "insights.compare: the persona has no include group of locations alone to compare with; pass a baseline " +
            "(e.g. targeting().include(Facet.locations, urn.geo(103644278))).",
        );
      }
      const groupBy = groupByUrn(params.groupBy, "insights.compare");
      const minShare = checkNumber(params.minShare, "insights.compare: minShare", MIN_AFFINITY_SHARE, {
        min: 0,
        max: 100,
      });
      const minMembers = checkNumber(params.minMembers, "insights.compare: minMembers", MIN_AFFINITY_MEMBERS, {
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
      });
      const common = {
        groupBy,
        maxReturnCount: params.maxReturnCount,
        sponsoredAccount: params.sponsoredAccount,
      };
      const [mine, theirs] = await Promise.all([
        resource.get({ ...common, targetingCriteria: persona }, options),
        resource.get({ ...common, targetingCriteria: baseline }, options),
      ]);
      const values = mine.segments.map((s) => s.urn);
      const names = resolve(values, options);
      names.catch(() => undefined); // awaited below; an early failure elsewhere must not leave it unobserved

      // Baseline counts: from its breakdown, then from a follow-up for the persona's segments it did not list.
      const baselineCounts = new Map<string, number>();
      for (const s of theirs.segments) baselineCounts.set(s.urn, s.count);
      let missingBound: number | undefined;
      const missing = values.filter((v) => !baselineCounts.has(v));
      const facet = targetingFacetOf(groupBy);
      let followUp: TargetingCriteria | undefined;
      if (missing.length > 0 && facet && theirs.totalAudienceCount > 0) {
        try {
          followUp = parseTargetingCriteria({
            include: { and: [...(baseline.include?.and ?? []), { or: { [facet]: missing } }] },
            ...(baseline.exclude ? { exclude: baseline.exclude } : {}),
          });
        } catch (error) {
          if (!(error instanceof TargetingCriteriaError)) throw error; // a combination LinkedIn forbids: bound only
        }
      }
      if (followUp) {
        const extra = await resource.get({ ...common, targetingCriteria: followUp }, options);
        for (const s of extra.segments) {
          if (missing.includes(s.urn)) baselineCounts.set(s.urn, s.count);
        }
        missingBound = LINKEDIN_MIN_AUDIENCE; // left out of a targeted answer: below LinkedIn's smallest count
      } else if (missing.length > 0 && theirs.segments.length > 0) {
        // The baseline lists its top segments: one it left out has at most as many members as its smallest.
        missingBound = Math.min(...theirs.segments.map((s) => s.count));
      }

      const named = await names;
      const all: AffinitySegment[] = mine.segments.flatMap((s) => {
        const members = s.count;
        const share = shareOf(s, mine.totalAudienceCount);
        const known = baselineCounts.get(s.urn);
        const total = theirs.totalAudienceCount;
        const baselineMembers = known;
        const baselineShare = known !== undefined && total > 0 ? (100 * known) / total : undefined;
        let index: number | undefined;
        let indexIsLowerBound = false;
        if (baselineShare !== undefined && baselineShare > 0) index = (100 * share) / baselineShare;
        else if (missingBound !== undefined && total > 0) {
          index = (100 * share) / ((100 * missingBound) / total);
          indexIsLowerBound = true;
        }
        return [
          {
            urn: s.urn,
            name: named.get(s.urn)?.name,
            members,
            share,
            baselineMembers,
            baselineShare,
            index,
            indexIsLowerBound,
          },
        ];
      });
      const ranked = all
        .filter((s) => s.share >= minShare && s.members >= minMembers)
        .sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || b.share - a.share);
      const belowMinimum = all.filter((s) => !ranked.includes(s)).sort((a, b) => b.share - a.share);
      return {
        groupedBy: mine.groupedBy,
        persona: { targetingCriteria: persona, totalAudienceCount: mine.totalAudienceCount },
        baseline: { targetingCriteria: baseline, totalAudienceCount: theirs.totalAudienceCount, derived: !given },
        segments: ranked,
        belowMinimum,
        minimum: { share: minShare, members: minMembers },
      };
    },

    async get(params, options) {
      checkCallOptions(options, "insights.get");
      if (typeof params !== "object" || params === null) {
        throw new ConfigurationError("insights.get needs { targetingCriteria, groupBy }.");
      }
      const targetingCriteria = criteriaOf(params.targetingCriteria);
      const groupBy = groupByUrn(params.groupBy, "insights.get");
      const request: NonNullable<components["schemas"]["AudienceInsightsRequest"]["request"]> = {
        targetingCriteria,
        groupBy,
      };
      const { maxReturnCount, segmentsOrderedBy } = params;
      if (maxReturnCount !== undefined) {
        request.maxReturnCount = checkNumber(maxReturnCount, "insights.get: maxReturnCount", 0, MAX_RETURN_COUNT);
      }
      if (segmentsOrderedBy !== undefined) {
        if (typeof segmentsOrderedBy !== "string" || !/^[A-Z_]+$/.test(segmentsOrderedBy)) {
          throw new ConfigurationError(
            `insights.get: segmentsOrderedBy must be "AUDIENCE_PERCENTAGE" or "HIERARCHICAL" (got ${JSON.stringify(segmentsOrderedBy)}).`,
          );
        }
        request.segmentsOrderedBy = segmentsOrderedBy;
      }
      if (params.sponsoredAccount !== undefined) {
        request.requestMetaData = { sponsoredAccount: sponsoredAccountUrn(params.sponsoredAccount) };
      }
      const call = resourceCall(ctx, options);
      const result = await ctx.api.POST("/targetingAudienceInsights", {
        params: { query: { action: "audienceInsights" } },
        body: { request },
        ...call.init,
      });
      const answer = { method: "POST", response: result.response };
      const value = object(answer, object(answer, call.unwrap(result, "POST"), "$").value, "$.value");
      const totalAudienceCount = number(answer, value.totalAudienceCount, "$.value.totalAudienceCount");
      const insight =
        value.audienceInsight === undefined ? {} : object(answer, value.audienceInsight, "$.value.audienceInsight");
      const raw =
        insight.segmentations === undefined
          ? []
          : objects(answer, insight.segmentations, "$.value.audienceInsight.segmentations");
      const groupedBy = optionalString(answer, insight.groupedBy, "$.value.audienceInsight.groupedBy") ?? groupBy;
      let segments = raw.map((r, i) => toSegment(answer, r, i, totalAudienceCount));
      if (params.resolveNames && segments.length > 0) {
        const names = await resolve(
          segments.map((s) => s.urn),
          options,
        );
        segments = segments.map((s) => ({ ...s, name: names.get(s.urn)?.name }));
      }
      return { totalAudienceCount, groupedBy, segments };
    },
  };
  return resource;
}
