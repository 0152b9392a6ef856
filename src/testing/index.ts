/**
 * `linkedin-audience-insights/testing`: an embedded, spec-faithful, stateful stand-in for LinkedIn's
 * Marketing Audience Insights API, for tests and benchmarks (Node only; listens on loopback). It follows the
 * API as LinkedIn documents it (spec/overlays): facets carry `adTargetingFacetUrn`; adTargetingEntities answers
 * the legacy `{value, facetUrn, name}` unless asked for `queryVersion=QUERY_USES_URNS`; LinkedIn's combination
 * rules are 400s; insights take `maxReturnCount`, `segmentsOrderedBy` and the place levels `bing*` as groupBy.
 *
 * ```ts
 * import { startTestServer } from "linkedin-audience-insights/testing";
 * const server = await startTestServer();
 * // createLinkedInClient({ baseUrl: server.url, accessToken: TEST_ACCESS_TOKEN, … })
 * server.injectFault({ path: "/adTargetingEntities", times: 2, status: 503 });
 * server.injectFault(dailyQuotaFault("member", { path: "/targetingAudienceInsights" })); // 429 … MEMBER DAY limit …
 * await server.close();
 * ```
 *
 * @packageDocumentation
 */
export { startTestServer, MAX_URL_LENGTH, type TestServer, type TestServerStats } from "./server.js";
export { TEST_ACCESS_TOKEN, type TestServerOptions } from "./options.js";
export type { RecordedRequest } from "./requests.js";
export { dailyQuotaFault, throttleFault, type FaultSpec, type InjectedFault, type ThrottleTarget } from "./faults.js";
export {
  DAILY_LIMIT_MESSAGES,
  dailyLimitBody,
  errorBody,
  tooManyRequestsBody,
  TOO_MANY_REQUESTS_BODY,
  type DailyLimitScope,
  type LinkedInErrorBody,
} from "./errors.js";
export { defaultVersionWindow, type VersionWindow } from "./versions.js";
export { SYNTHETIC_ID_BASE, SYNTHETIC_TOP_MEMBERS, type ExtraEntities } from "./synthetic.js";
export { MIN_AUDIENCE, roundAudience, type AudienceCriteria, type CriteriaValue } from "./population.js";
export { TOP_SEGMENTS } from "./insights-route.js";
export {
  DEFAULT_MAX_RETURN_COUNT,
  MAX_RETURN_COUNT,
  MAX_TARGETING_VALUES,
  PLACE_BREAKDOWNS,
  SEGMENT_ORDERS,
  UNGROUPABLE_FACETS,
  type SegmentOrder,
} from "./criteria.js";
export type { PlaceLevel } from "./dataset/types.js";
export { ENTITY_FIELDS, ENTITY_PAGE_LIMITS, MAX_URNS } from "./entities-route.js";
export { MAX_SIMILAR_ENTITIES } from "./similar.js";
export {
  startOAuthServer,
  type OAuthServer,
  type OAuthServerOptions,
  type OAuthRecordedRequest,
  type OAuthFault,
  type IssueOptions,
} from "./oauth.js";
