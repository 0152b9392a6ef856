/**
 * The errors of the OAuth 2.0 helpers (`LinkedInOAuth`, `refreshingToken`), in the SDK's one error model
 * (`../errors.ts`): `OAuthError` catches them all; a subclass names each failure you may handle apart (the redirect
 * back is unusable, the member must authorize again, the endpoint did not answer); `code` names every kind as a
 * string to `switch` on, and LinkedIn's own OAuth code is `error`. A bad option is a `ConfigurationError`, thrown
 * before any request. None holds a secret: the client secret, authorization codes and tokens are scrubbed from
 * every text that came back from LinkedIn.
 */
import { LinkedInError } from "../errors.js";
import { redact } from "../internal/redact.js";

/**
 * What went wrong, as a stable string to branch on (the class that carries each in brackets).
 *
 * | code                       | when                                                                                   |
 * | -------------------------- | -------------------------------------------------------------------------------------- |
 * | `state_mismatch`           | [`OAuthRedirectError`] `exchangeCode`: the redirect's `state` is missing or differs from `expectedState` (no request sent) |
 * | `missing_code`             | [`OAuthRedirectError`] `exchangeCode`: the redirect carried no `code` (no request sent) |
 * | `authorization_denied`     | [`OAuthRedirectError`] `exchangeCode`: the redirect carried `error` (e.g. the member cancelled; no request sent) |
 * | `reauthorization_required` | [`ReauthorizationRequiredError`] no usable refresh token (none, expired, or LinkedIn rejected it): the member must authorize again |
 * | `connection_failed`        | [`OAuthConnectionError`] no answer: DNS, refused or reset connection (`cause` holds the runtime's error) |
 * | `timeout`                  | [`OAuthConnectionError`] no complete answer within `timeoutMs`                          |
 * | `oauth_error`              | [`OAuthError`] LinkedIn answered `{ error, error_description }` (see `error`, `description`, `status`) |
 * | `invalid_response`         | [`OAuthError`] LinkedIn's answer was not the JSON OAuth promises (an HTML page, a field missing, …) |
 * | `missing_token`            | [`OAuthError`] `introspect`: no token given (no request sent)                           |
 */
export type OAuthErrorCode =
  | "state_mismatch"
  | "missing_code"
  | "missing_token"
  | "authorization_denied"
  | "oauth_error"
  | "reauthorization_required"
  | "invalid_response"
  | "connection_failed"
  | "timeout";

/** What an {@link OAuthError} is built from. */
export interface OAuthErrorFields {
  /** The kind of failure. */
  code: OAuthErrorCode;
  /** LinkedIn's OAuth error code (`invalid_grant`, `invalid_client`, …), when LinkedIn sent one. */
  error?: string | undefined;
  /** LinkedIn's `error_description`, scrubbed of secrets. */
  description?: string | undefined;
  /** HTTP status of LinkedIn's answer, when there was one. */
  status?: number | undefined;
  /** The OAuth endpoint called (never carries a secret). */
  url?: string | undefined;
  /** The underlying error (a network failure, or the OAuthError a refresh failed with). */
  cause?: unknown;
}

/**
 * A failure of the OAuth 2.0 flow: the catch-all of the OAuth errors. Thrown as itself when LinkedIn refused a call
 * (`code` "oauth_error": see `error`) or answered something unusable ("invalid_response").
 */
export class OAuthError extends LinkedInError {
  /** `"OAuthError"`, or the subclass's name. */
  override name = "OAuthError";
  /** The kind of failure (see {@link OAuthErrorCode}). */
  declare readonly code: OAuthErrorCode;
  /** LinkedIn's OAuth error code (`invalid_grant`, `invalid_client`, `invalid_request`, …), when it sent one. */
  declare readonly error: string | undefined;
  /** LinkedIn's `error_description`, scrubbed of secrets. */
  declare readonly description: string | undefined;
  /** HTTP status of LinkedIn's answer; undefined when there was no answer or no request. */
  declare readonly status: number | undefined;
  /** The OAuth endpoint called, e.g. "https://www.linkedin.com/oauth/v2/accessToken". */
  declare readonly url: string | undefined;

  /**
   * Builds the error; the OAuth helpers do, as the subclass that matches `fields.code`. Build one yourself only to
   * test your handling.
   *
   * @param message - What happened and what to do.
   * @param fields - The kind of failure and what LinkedIn said; each becomes the field of the same name (`cause`
   *   becomes `Error.cause`).
   */
  constructor(message: string, fields: OAuthErrorFields) {
    super(message, fields);
  }

  /** True when only a new authorization by the member can fix this (a {@link ReauthorizationRequiredError}). */
  get reauthorizationRequired(): boolean {
    return this.code === "reauthorization_required";
  }
}

/**
 * The redirect back from LinkedIn's authorization page cannot be used — its `state` does not match (a forged or
 * stale redirect), it has no `code`, or it carries `error` (the member declined) — and nothing was sent to
 * LinkedIn. Start the flow again with `oauth.authorizationUrl()`.
 */
export class OAuthRedirectError extends OAuthError {
  /** Always `"OAuthRedirectError"`. */
  override name = "OAuthRedirectError";
  /** Which part of the redirect is unusable (see {@link OAuthErrorCode}). */
  declare readonly code: "state_mismatch" | "missing_code" | "authorization_denied";
}

/**
 * No usable refresh token — none was issued, it expired, or LinkedIn rejected it: only a new authorization by the
 * member helps (send them through `oauth.authorizationUrl()` and `oauth.exchangeCode()`).
 */
export class ReauthorizationRequiredError extends OAuthError {
  /** Always `"ReauthorizationRequiredError"`. */
  override name = "ReauthorizationRequiredError";
  /** Always `"reauthorization_required"`. */
  declare readonly code: "reauthorization_required";
}

/**
 * The OAuth endpoint gave no complete answer: the connection failed (`code` "connection_failed", `cause` holds the
 * runtime's error, redacted) or `timeoutMs` passed ("timeout"). Transient: the call can be retried.
 */
export class OAuthConnectionError extends OAuthError {
  /** Always `"OAuthConnectionError"`. */
  override name = "OAuthConnectionError";
  /** `"connection_failed"` (see `cause`) or `"timeout"`. */
  declare readonly code: "connection_failed" | "timeout";
}

const CLASSES: Partial<Record<OAuthErrorCode, new (message: string, fields: OAuthErrorFields) => OAuthError>> = {
  state_mismatch: OAuthRedirectError,
  missing_code: OAuthRedirectError,
  authorization_denied: OAuthRedirectError,
  reauthorization_required: ReauthorizationRequiredError,
  connection_failed: OAuthConnectionError,
  timeout: OAuthConnectionError,
};

/** The OAuth error of the class that carries `fields.code` (OAuthError itself for the other codes). */
export function oauthError(message: string, fields: OAuthErrorFields): OAuthError {
  return new (CLASSES[fields.code] ?? OAuthError)(message, fields);
}

// `"access_token":"…"`, `refresh_token=…`, `client_secret: …`: a credential-bearing field echoed back.
const CREDENTIAL_FIELD =
  /(["']?\b(?:access_token|refresh_token|id_token|client_secret|code|token)["']?\s*[:=]\s*["']?)([^"'&\s,;}]+)/gi;

/** Removes the given secrets, and the value of any credential-bearing field, from text LinkedIn sent back. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  return redact(text, secrets).replace(CREDENTIAL_FIELD, "$1[REDACTED]");
}
