/**
 * `li.insights`: Audience Insights for a targeting criteria — how many members match, and the top
 * segments of one facet (`groupBy`) among them.
 */
import type { components } from "../../generated/schema.js";
import { ConfigurationError } from "../errors.js";
import { InvalidResponseError } from "../http/errors.js";
import type { CallOptions } from "../http/transport.js";
import { facetUrn, parseTargetingCriteria, type TargetingCriteria } from "../targeting/index.js";
import type { NameResolver } from "./names.js";
import { checkCallOptions, requestInit, type ResourceContext, unwrap } from "./request.js";

/** One segment of the grouped facet: a value URN with its member count and share of the audience. */
export type InsightSegmentation = components["schemas"]["InsightSegmentation"];

/** A segment, with the entity's display name when `resolveNames` was asked for and LinkedIn knows the URN. */
export type NamedSegment = InsightSegmentation & { name?: string | undefined };

/** Anything with a `build()` that yields criteria: the `targeting()` builder. */
export interface CriteriaBuilder {
  build(): TargetingCriteria;
}

export interface InsightsParams {
  /** Who: the criteria object, or the `targeting()` builder itself. Validated before sending. */
  targetingCriteria: TargetingCriteria | CriteriaBuilder;
  /** The facet to break the audience down by: a facet URN or name (`"interests"`). */
  groupBy: string;
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
      const groupBy = facetUrn(params.groupBy);
      const request: NonNullable<components["schemas"]["AudienceInsightsRequest"]["request"]> = {
        targetingCriteria,
        groupBy,
      };
      if (params.sponsoredAccount !== undefined) {
        request.requestMetaData = { sponsoredAccount: sponsoredAccountUrn(params.sponsoredAccount) };
      }
      const result = await ctx.api.POST("/targetingAudienceInsights", {
        params: { query: { action: "audienceInsights" } },
        body: { request },
        ...requestInit(ctx, options),
      });
      const value = unwrap(result, "POST").value;
      if (value === undefined || typeof value.totalAudienceCount !== "number") {
        throw new InvalidResponseError(
          `POST ${result.response.url}: the answer has no value.totalAudienceCount, which the spec promises.`,
          { status: result.response.status, method: "POST", url: result.response.url, body: value },
        );
      }
      let segments: NamedSegment[] = value.audienceInsight?.segmentations ?? [];
      if (params.resolveNames && segments.length > 0) {
        const names = await resolve(
          segments.flatMap((s) => (s.value ? [s.value] : [])),
          options,
        );
        segments = segments.map((s) => ({ ...s, name: s.value ? names.get(s.value)?.name : undefined }));
      }
      return {
        totalAudienceCount: value.totalAudienceCount,
        groupedBy: value.audienceInsight?.groupedBy ?? groupBy,
        segments,
      };
    },
  };
}
