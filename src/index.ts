/**
 * linkedin-audience-insights — the public surface. Re-exports only: what user code calls, catches, passes or
 * compares. Defaults and limits no caller passes (the store's lifetimes, the coalescing window, …) are documented
 * where they apply, not exported.
 *
 * @packageDocumentation
 */
export {
  createLinkedInClient,
  paginate,
  type ClientWarning,
  type LinkedInClient,
  type LinkedInClientOptions,
} from "./client.js";
export type { LinkedInPaths } from "./paths.js";
export { LinkedInError, ConfigurationError } from "./errors.js";
export {
  LinkedInApiError,
  type ApiErrorFields,
  BadRequestError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  VersionError,
  RateLimitError,
  QuotaExceededError,
  type QuotaScope,
  ServerError,
  InvalidResponseError,
  ResponseTooLargeError,
  ConnectionError,
  TimeoutError,
} from "./http/errors.js";
export type { AccessTokenProvider, TokenRequest } from "./http/auth.js";
export type { CallOptions, Logger } from "./http/transport.js";
export type { RetryOptions } from "./http/retry.js";
export type { AdTargetingFacet, EntityFinder, EntityType, FacetsResource } from "./resources/facets.js";
export type {
  AffinitySegment,
  AudienceComparison,
  AudienceInsights,
  CompareParams,
  CriteriaBuilder,
  InsightSegment,
  InsightsParams,
  InsightsResource,
  SegmentsOrderedBy,
} from "./resources/insights.js";
export { restli, RestliError, type RestliValue, type RestliDecoded } from "./restli.js";
export { SDK_VERSION, isLinkedInVersion, versionLifecycle, type VersionLifecycle } from "./version.js";
export { defaultLinkedInVersion } from "../generated/metadata.js";
export type { components, operations as Operations, paths } from "../generated/schema.js";
export type {
  AdTargetingEntity,
  EntitiesResource,
  EntityField,
  EntitySearch,
  FinderOptions,
  FindEntityParams,
  ListEntitiesParams,
  Locale,
  SimilarEntitiesParams,
  TypeaheadParams,
} from "./resources/entities.js";
export { AmbiguousEntityError, EntityNotFoundError } from "./resources/entities.js";
export {
  VersionProbeError,
  type ActiveVersions,
  type ProbeOptions,
  type VersionsResource,
} from "./resources/versions.js";
export type { Store, StoreSetOptions } from "./store/types.js";
export { memoryStore, type MemoryStoreOptions } from "./store/memory.js";
export { redisStore, type RedisClientLike, type RedisStoreOptions } from "./store/redis.js";
export {
  PaginationError,
  type ElementOf,
  type Page,
  type PagedIterable,
  type PagedPath,
  type PageOptions,
  type PageQuery,
  type PaginateInit,
  type Paging,
} from "./resources/pagination.js";
export * from "./targeting/index.js";
export { urn, UrnError, type Gender, type NumericId, type ParsedUrn, type Urn } from "./urn.js";
export * from "./oauth/index.js";
