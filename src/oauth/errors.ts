/**
 * `OAuthError`: every failure of the OAuth 2.0 helpers (`LinkedInOAuth`, `refreshingToken`) that is not a
 * bad option (those are `ConfigurationError`, thrown before any request). It never holds a secret: the
 * client secret, authorization codes and tokens are scrubbed from every text that came back from LinkedIn.
 */
import { LinkedInError } from "../errors.js";
import { redact } from "../internal/redact.js";

/**
 * What went wrong, as a stable string to branch on.
 *
 * | code                       | when                                                                                   |
 * | -------------------------- | -------------------------------------------------------------------------------------- |
 * | `state_mismatch`           | `exchangeCode`: the redirect's `state` is missing or differs from `expectedState` (no request sent) |
 * | `missing_code`             | `exchangeCode`: the redirect carried no `code` (no request sent)                        |
 * | `missing_token`            | `introspect`: no token given (no request sent)                                          |
 * | `authorization_denied`     | `exchangeCode`: the redirect carried `error` (e.g. the member cancelled; no request sent) |
 * | `oauth_error`              | LinkedIn answered `{ error, error_description }` (see `error`, `description`, `status`) |
 * | `reauthorization_required` | no usable refresh token (none, expired, or LinkedIn rejected it): the member must authorize again |
 * | `invalid_response`         | LinkedIn's answer was not the JSON OAuth promises (an HTML page, a field missing, …)    |
 * | `connection_failed`        | no answer: DNS, refused or reset connection (`cause` holds the runtime's error)         |
 * | `timeout`                  | no complete answer within `timeoutMs`                                                  |
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
 * A failure of the OAuth 2.0 flow. Branch on {@link OAuthError.code}; `code === "reauthorization_required"`
 * means the member has to go through the authorization URL flow again.
 */
export class OAuthError extends LinkedInError {
  override name = "OAuthError";
  /** The kind of failure (see {@link OAuthErrorCode}). */
  readonly code: OAuthErrorCode;
  /** LinkedIn's OAuth error code (`invalid_grant`, `invalid_client`, `invalid_request`, …), when it sent one. */
  readonly error: string | undefined;
  /** LinkedIn's `error_description`, scrubbed of secrets. */
  readonly description: string | undefined;
  /** HTTP status of LinkedIn's answer; undefined when there was no answer or no request. */
  readonly status: number | undefined;
  /** The OAuth endpoint called, e.g. "https://www.linkedin.com/oauth/v2/accessToken". */
  readonly url: string | undefined;

  constructor(message: string, fields: OAuthErrorFields) {
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.code = fields.code;
    this.error = fields.error;
    this.description = fields.description;
    this.status = fields.status;
    this.url = fields.url;
  }

  /** True when only a new authorization by the member can fix this (`code === "reauthorization_required"`). */
  get reauthorizationRequired(): boolean {
    return this.code === "reauthorization_required";
  }

  /** A plain object for logs: everything above, never a credential. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      error: this.error,
      description: this.description,
      status: this.status,
      url: this.url,
    };
  }
}

// `"access_token":"…"`, `refresh_token=…`, `client_secret: …`: a credential-bearing field echoed back.
const CREDENTIAL_FIELD =
  /(["']?\b(?:access_token|refresh_token|id_token|client_secret|code|token)["']?\s*[:=]\s*["']?)([^"'&\s,;}]+)/gi;

/** Removes the given secrets, and the value of any credential-bearing field, from text LinkedIn sent back. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  return redact(text, secrets).replace(CREDENTIAL_FIELD, "$1[REDACTED]");
}
