/**
 * `li.insights`: Audience Insights for a targeting criteria — how many members match, and the top
 * segments of one facet (`groupBy`) among them.
 */
import type { components } from "../../generated/schema.js";
import { ConfigurationError } from "../errors.js";
import type { CallOptions } from "../http/transport.js";
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
import { checkCallOptions, requestInit, type ResourceContext, unwrap } from "./request.js";
import { badShape, number, object, objects, optionalString } from "./shape.js";

/** One segment of the grouped facet: a value URN with its member count and share of the audience. */
export type InsightSegmentation = components["schemas"]["InsightSegmentation"];

/** A segment, with the entity's display name when `resolveNames` was asked for and LinkedIn knows the URN. */
export type NamedSegment = InsightSegmentation & { name?: string | undefined };

/** Anything with a `build()` that yields criteria: the `targeting()` builder. */
export interface CriteriaBuilder {
  build(): TargetingCriteria;
}

/** How segments are ordered: `AUDIENCE_PERCENTAGE` (largest share first) or `HIERARCHICAL`; others type-check. */
export type SegmentsOrderedBy = components["schemas"]["SegmentsOrderedBy"] | (string & {});

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

export interface AudienceInsights {
  /** Members matching the criteria (rounded by LinkedIn; 0 below 300 members). */
  totalAudienceCount: number;
  /** The facet URN the segments belong to. */
  groupedBy: string;
  /** Top segments of `groupedBy`, as LinkedIn ranks them; with `name` when `resolveNames` was set. */
  segments: NamedSegment[];
}

export interface InsightsResource {
  /** `POST /targetingAudienceInsights?action=audienceInsights`. Throws typed errors. */
  get(params: InsightsParams, options?: CallOptions): Promise<AudienceInsights>;
}

/** The groupBy facet URN; a ConfigurationError naming `groupBy` for a typo or a facet that is no breakdown. */
function groupByUrn(value: unknown): string {
  let result: string;
  try {
    result = facetUrn(value as string);
  } catch (error) {
    if (!(error instanceof TargetingCriteriaError)) throw error;
    throw new ConfigurationError(`insights.get: groupBy: ${error.problems[0]!.message}.`);
  }
  const info = facetInfo(result);
  if (info && !info.groupable) {
    throw new ConfigurationError(
      `insights.get: groupBy ${info.name} is not an Audience Insights breakdown (LinkedIn's insights cover members, ` +
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

export function insightsResource(ctx: ResourceContext, resolve: NameResolver): InsightsResource {
  return {
    async get(params, options) {
      checkCallOptions(options, "insights.get");
      if (typeof params !== "object" || params === null) {
        throw new ConfigurationError("insights.get needs { targetingCriteria, groupBy }.");
      }
      const source = params.targetingCriteria;
      const targetingCriteria =
        typeof (source as CriteriaBuilder | undefined)?.build === "function"
          ? (source as CriteriaBuilder).build()
          : parseTargetingCriteria(source);
      const groupBy = groupByUrn(params.groupBy);
      const request: NonNullable<components["schemas"]["AudienceInsightsRequest"]["request"]> = {
        targetingCriteria,
        groupBy,
      };
      const { maxReturnCount, segmentsOrderedBy } = params;
      if (maxReturnCount !== undefined) {
        if (!Number.isInteger(maxReturnCount) || maxReturnCount < 1 || maxReturnCount > 100) {
          throw new ConfigurationError(
            `insights.get: maxReturnCount must be a whole number from 1 to 100 (got ${String(maxReturnCount)}).`,
          );
        }
        request.maxReturnCount = maxReturnCount;
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
      const result = await ctx.api.POST("/targetingAudienceInsights", {
        params: { query: { action: "audienceInsights" } },
        body: { request },
        ...requestInit(ctx, options),
      });
      const answer = { method: "POST", response: result.response };
      const value = object(answer, object(answer, unwrap(result, "POST"), "$").value, "$.value");
      const totalAudienceCount = number(answer, value.totalAudienceCount, "$.value.totalAudienceCount");
      const insight =
        value.audienceInsight === undefined ? {} : object(answer, value.audienceInsight, "$.value.audienceInsight");
      const raw =
        insight.segmentations === undefined
          ? []
          : objects(answer, insight.segmentations, "$.value.audienceInsight.segmentations");
      for (let i = 0; i < raw.length; i++) {
        const { value: urn, entityCount, entityPercentage } = raw[i]!;
        const at = (field: string) => `$.value.audienceInsight.segmentations[${i}].${field}`;
        if (urn !== undefined && typeof urn !== "string") badShape(answer, at("value"), "a string", urn);
        if (entityCount !== undefined) number(answer, entityCount, at("entityCount"));
        if (entityPercentage !== undefined) number(answer, entityPercentage, at("entityPercentage"));
      }
      const groupedBy = optionalString(answer, insight.groupedBy, "$.value.audienceInsight.groupedBy") ?? groupBy;
      let segments = raw as NamedSegment[];
      if (params.resolveNames && segments.length > 0) {
        const names = await resolve(
          segments.flatMap((s) => (s.value ? [s.value] : [])),
          options,
        );
        segments = segments.map((s) => ({ ...s, name: s.value ? names.get(s.value)?.name : undefined }));
      }
      return { totalAudienceCount, groupedBy, segments };
    },
  };
}
