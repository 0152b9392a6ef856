/**
 * The root of every error this SDK throws, so `catch (e) { if (e instanceof LinkedInError) … }` catches
 * them all. Subclasses: API and transport errors (`http/errors.ts`), `TargetingCriteriaError`, `UrnError`,
 * `RestliError`, `OAuthError`, `ConfigurationError`.
 */
export class LinkedInError extends Error {
  override name = "LinkedInError";
}

/** An option given to the SDK is invalid; thrown before any request is sent. */
export class ConfigurationError extends LinkedInError {
  override name = "ConfigurationError";
}
