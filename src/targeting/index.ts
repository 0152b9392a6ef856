/**
 * Targeting criteria: the facet registry, an immutable builder, validation shared by the builder and
 * `parseTargetingCriteria`, and the Rest.li codec for criteria.
 *
 * @module
 */
export { targeting, type TargetingBuilder, type FacetValues, type FacetValueMap } from "./builder.js";
export { toRestli, fromRestli } from "./codec.js";
export {
  TargetingCriteriaError,
  type TargetingProblem,
  type TargetingWarningHandler,
  type TargetingOptions,
} from "./errors.js";
export {
  Facet,
  facetRegistry,
  facetInfo,
  facetUrn,
  facetName,
  isFacetUrn,
  type FacetName,
  type FacetUrn,
  type FacetRef,
  type FacetInfo,
  type GroupByFacetName,
  type GroupByRef,
} from "./facets.js";
export {
  parseTargetingCriteria,
  validateTargetingCriteria,
  type TargetingCriteria,
  type TargetingValidationResult,
} from "./validate.js";
