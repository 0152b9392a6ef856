// The audienceInsights request body: checked field by field (errors name the JSON path), then turned into
// the population's criteria normal form.

import { findCombinationViolations } from "../targeting/rules.js";
import type { Catalog } from "./catalog.js";
import type { PlaceLevel } from "./dataset/types.js";
import { restErrors } from "./errors.js";
import type { AudienceCriteria, CriteriaValue } from "./population.js";

/**
 * Facets the server refuses as `groupBy`: the interface language (not a member trait), demographic
 * facets (gender, age), and account-owned segments (matched audiences, website retargeting).
 */
export const UNGROUPABLE_FACETS: readonly string[] = [
  "urn:li:adTargetingFacet:interfaceLocales",
  "urn:li:adTargetingFacet:genders",
  "urn:li:adTargetingFacet:ageRanges",
  "urn:li:adTargetingFacet:audienceMatchingSegments",
  "urn:li:adTargetingFacet:dynamicSegments",
];

/** Most values (include and exclude together) one targeting criteria may hold; more get a 400. */
export const MAX_TARGETING_VALUES = 1_000;

/** Largest `request.maxReturnCount` (the documented range is 1–100); outside the range is a 400. */
export const MAX_RETURN_COUNT = 100;

/**
 * Segments an answer lists when the request has no `maxReturnCount`. The server's choice: LinkedIn does not
 * document its default.
 */
export const DEFAULT_MAX_RETURN_COUNT = 10;

/** The `request.segmentsOrderedBy` values; any other is a 400 listing these. */
export const SEGMENT_ORDERS = ["AUDIENCE_PERCENTAGE", "HIERARCHICAL"] as const;
/** A `request.segmentsOrderedBy` value: `"AUDIENCE_PERCENTAGE"` (the default) or `"HIERARCHICAL"`. */
export type SegmentOrder = (typeof SEGMENT_ORDERS)[number];

/**
 * The place levels Audience Insights breaks an audience down by (`groupBy` only): facet URN → the level of the
 * `locations` hierarchy whose places (urn:li:geo) the segments are. They are not facets: GET /adTargetingFacets
 * does not list them and targeting criteria cannot use them ("Unknown facet").
 */
export const PLACE_BREAKDOWNS: Readonly<Record<string, PlaceLevel>> = Object.freeze({
  "urn:li:adTargetingFacet:bingContinent": "CONTINENT",
  "urn:li:adTargetingFacet:bingCountry": "COUNTRY",
  "urn:li:adTargetingFacet:bingState": "STATE",
  "urn:li:adTargetingFacet:bingCity": "CITY",
});

/** A checked audienceInsights request. */
export interface InsightsRequest {
  criteria: AudienceCriteria;
  /** A facet URN of the catalog, or a key of {@link PLACE_BREAKDOWNS}. */
  groupBy: string;
  sponsoredAccount: string | undefined;
  /** 1 … {@link MAX_RETURN_COUNT}; {@link DEFAULT_MAX_RETURN_COUNT} when the request has none. */
  maxReturnCount: number;
  /** AUDIENCE_PERCENTAGE (the default) or HIERARCHICAL. */
  segmentsOrderedBy: SegmentOrder;
}

type Json = Record<string, unknown>;

const fail = (message: string): never => {
  throw restErrors.illegalArgument(message);
};

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string, allowed: readonly string[]): Json {
  if (!isObject(value)) fail(`${path} must be an object`);
  for (const key of Object.keys(value as Json)) {
    if (!allowed.includes(key)) fail(`Unknown field ${path}.${key} (allowed: ${allowed.join(", ")})`);
  }
  return value as Json;
}

/** `{ <facet URN>: [entity URNs] }` → values; every facet and entity must exist. */
function orMap(catalog: Catalog, value: unknown, path: string): CriteriaValue[] {
  if (!isObject(value)) fail(`${path} must be an object of facet URN → entity URNs`);
  const entries = Object.entries(value as Json);
  if (entries.length === 0) fail(`${path} is empty: name at least one facet`);
  const out: CriteriaValue[] = [];
  for (const [facetUrn, urns] of entries) {
    const facet = catalog.facet(facetUrn);
    if (!facet) fail(`Unknown facet ${JSON.stringify(facetUrn)} in ${path}`);
    if (!Array.isArray(urns) || urns.length === 0)
      fail(`${path}[${JSON.stringify(facetUrn)}] must be a non-empty array of entity URNs`);
    (urns as unknown[]).forEach((urn, i) => {
      if (typeof urn !== "string") fail(`${path}[${JSON.stringify(facetUrn)}][${i}] must be a URN string`);
      if (!facet!.get(urn as string)) {
        fail(
          `Unknown entity ${JSON.stringify(urn)} for facet ${facetUrn} in ${path}[${JSON.stringify(facetUrn)}][${i}]`,
        );
      }
      out.push({ facet: facetUrn, urn: urn as string });
    });
  }
  return out;
}

/**
 * LinkedIn's rules on facets that may not be AND'ed (src/targeting/rules.ts, shared with the SDK's validation):
 * a 400 whose message is the rule's sentence and the two include groups, e.g. `Job functions and seniorities may
 * not be AND'ed with any include clauses targeting Job Titles. (request.targetingCriteria.include.and[0] and
 * and[2])`. Facets OR'ed in one group are fine. Linear in the criteria's size; the first pair is named.
 */
function checkCombinations(groups: readonly (readonly CriteriaValue[])[]): void {
  const { violations, total } = findCombinationViolations(
    groups.map((group) => group.map((v) => v.facet)),
    1,
  );
  const first = violations[0];
  if (!first) return;
  const more = total > 1 ? `; ${total - 1} more forbidden pair${total > 2 ? "s" : ""}` : "";
  fail(
    `${first.rule.text} (request.targetingCriteria.include.and[${first.first.group}] and and[${first.second.group}]${more})`,
  );
}

/** Parses and checks the body; every problem is a 400 ILLEGAL_ARGUMENT whose message names the field. */
export function parseInsightsRequest(
  catalog: Catalog,
  bodyText: string | undefined,
  contentType: string | undefined,
): InsightsRequest {
  if (contentType !== undefined && !/^application\/json\s*(;|$)/i.test(contentType.trim())) {
    fail(`Content-Type must be application/json, got ${JSON.stringify(contentType)}`);
  }
  if (bodyText === undefined || bodyText.trim() === "")
    fail("Request body is missing: expected {request: {targetingCriteria, groupBy}}");
  let body: unknown;
  try {
    body = JSON.parse(bodyText!);
  } catch (error) {
    fail(`Malformed JSON body: ${(error as Error).message}`);
  }
  const root = object(body, "body", ["request"]);
  if (root.request === undefined) fail("Missing field request");
  const request = object(root.request, "request", [
    "requestMetaData",
    "targetingCriteria",
    "groupBy",
    "maxReturnCount",
    "segmentsOrderedBy",
  ]);

  let sponsoredAccount: string | undefined;
  if (request.requestMetaData !== undefined) {
    const meta = object(request.requestMetaData, "request.requestMetaData", ["sponsoredAccount"]);
    if (meta.sponsoredAccount !== undefined) {
      if (typeof meta.sponsoredAccount !== "string" || !/^urn:li:sponsoredAccount:\d+$/.test(meta.sponsoredAccount)) {
        fail(
          `request.requestMetaData.sponsoredAccount must be a urn:li:sponsoredAccount:<id>, got ${JSON.stringify(meta.sponsoredAccount)}`,
        );
      }
      sponsoredAccount = meta.sponsoredAccount as string;
    }
  }

  if (request.targetingCriteria === undefined) fail("Missing field request.targetingCriteria");
  const tc = object(request.targetingCriteria, "request.targetingCriteria", ["include", "exclude"]);
  if (tc.include === undefined) fail("Missing field request.targetingCriteria.include: the criteria is empty");
  const include = object(tc.include, "request.targetingCriteria.include", ["and"]);
  if (!Array.isArray(include.and) || include.and.length === 0) {
    fail("request.targetingCriteria.include.and must be a non-empty array of {or: {…}} groups");
  }
  const groups = (include.and as unknown[]).map((group, i) => {
    const path = `request.targetingCriteria.include.and[${i}]`;
    const g = object(group, path, ["or"]);
    if (g.or === undefined) fail(`Missing field ${path}.or: empty group`);
    return orMap(catalog, g.or, `${path}.or`);
  });
  let exclude: CriteriaValue[] = [];
  if (tc.exclude !== undefined) {
    const ex = object(tc.exclude, "request.targetingCriteria.exclude", ["or"]);
    if (ex.or === undefined) fail("Missing field request.targetingCriteria.exclude.or");
    exclude = orMap(catalog, ex.or, "request.targetingCriteria.exclude.or");
  }

  const values = groups.reduce((n, g) => n + g.length, exclude.length);
  if (values > MAX_TARGETING_VALUES) {
    fail(`request.targetingCriteria holds ${values} values; at most ${MAX_TARGETING_VALUES} are allowed`);
  }
  checkCombinations(groups);

  if (request.groupBy === undefined) fail("Missing field request.groupBy");
  if (typeof request.groupBy !== "string") fail("request.groupBy must be a facet URN string");
  const groupBy = request.groupBy as string;
  if (!catalog.facet(groupBy) && !Object.hasOwn(PLACE_BREAKDOWNS, groupBy)) {
    fail(`Unknown facet ${JSON.stringify(groupBy)} in request.groupBy`);
  }
  if (UNGROUPABLE_FACETS.includes(groupBy)) fail(`request.groupBy ${groupBy} is not supported for audience insights`);

  let maxReturnCount = DEFAULT_MAX_RETURN_COUNT;
  if (request.maxReturnCount !== undefined) {
    const n = request.maxReturnCount;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_RETURN_COUNT) {
      fail(`request.maxReturnCount must be an integer between 1 and ${MAX_RETURN_COUNT}, got ${JSON.stringify(n)}`);
    }
    maxReturnCount = n as number;
  }
  let segmentsOrderedBy: SegmentOrder = "AUDIENCE_PERCENTAGE";
  if (request.segmentsOrderedBy !== undefined) {
    const order = request.segmentsOrderedBy;
    if (typeof order !== "string" || !(SEGMENT_ORDERS as readonly string[]).includes(order)) {
      fail(`request.segmentsOrderedBy must be one of ${SEGMENT_ORDERS.join(", ")}, got ${JSON.stringify(order)}`);
    }
    segmentsOrderedBy = order as SegmentOrder;
  }

  return {
    criteria: { include: groups, exclude },
    groupBy,
    sponsoredAccount,
    maxReturnCount,
    segmentsOrderedBy,
  };
}
