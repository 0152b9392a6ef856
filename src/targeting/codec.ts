import { decode, encode, type RestliValue } from "../restli.js";
import type { TargetingOptions } from "./errors.js";
import { parseTargetingCriteria, type TargetingCriteria } from "./validate.js";

/**
 * Encodes targeting criteria as Rest.li 2.0 text, for APIs that take `targetingCriteria` as a query parameter:
 *
 * `(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A103644278))))),exclude:(or:(…)))`
 *
 * The criteria are validated first (free for criteria from `build()` or `parseTargetingCriteria`).
 *
 * @param criteria - The criteria to encode.
 * @param options - `onWarning` receives each validation warning.
 * @returns The Rest.li text; percent-encoded already, so do not URL-encode it again.
 * @throws {@link TargetingCriteriaError} when the criteria are invalid.
 */
export function toRestli(criteria: TargetingCriteria, options?: TargetingOptions): string {
  return encode(parseTargetingCriteria(criteria, options) as unknown as RestliValue);
}

/**
 * Decodes Rest.li 2.0 text (as produced by {@link toRestli}) back into targeting criteria, validated with
 * `parseTargetingCriteria` (normalised and deep-frozen).
 *
 * @param text - The Rest.li text, still percent-encoded.
 * @param options - `onWarning` receives each validation warning.
 * @throws `RestliError` (with the position) when the text is not well-formed Rest.li.
 * @throws {@link TargetingCriteriaError} when it is well-formed but not valid targeting criteria.
 */
export function fromRestli(text: string, options?: TargetingOptions): TargetingCriteria {
  return parseTargetingCriteria(decode(text), options);
}
