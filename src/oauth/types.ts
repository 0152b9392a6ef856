/** The shapes the OAuth helpers take and return. */

/**
 * A member's tokens, as `exchangeCode` and `refresh` return them. Persist them (they are secrets: encrypt
 * at rest) and hand them to `refreshingToken({ oauth, tokens })`. `JSON.stringify` turns the dates into ISO
 * strings; `refreshingToken` accepts that form back ({@link StoredOAuthTokens}).
 */
export interface OAuthTokens {
  /** The bearer token for API calls (3-legged member token). Secret. */
  accessToken: string;
  /** When the access token expires (LinkedIn: 60 days after issue). */
  expiresAt: Date;
  /** Exchanges for a new access token; only approved Marketing partners get one. Secret. */
  refreshToken?: string;
  /** When the refresh token expires (LinkedIn: 365 days after the first authorization; refreshing does not extend it). */
  refreshTokenExpiresAt?: Date;
  /** The scopes granted, e.g. `["r_ads", "rw_ads"]` (LinkedIn's comma- or space-separated `scope`, split). */
  scopes: string[];
}

/**
 * {@link OAuthTokens} as read back from storage: the dates may be `Date`s, ISO strings or epoch milliseconds
 * (what `JSON.parse(JSON.stringify(tokens))` gives back works as is).
 */
export interface StoredOAuthTokens {
  /** The bearer token. */
  accessToken: string;
  /** When the access token expires. */
  expiresAt: Date | string | number;
  /** The refresh token, if LinkedIn issued one. */
  refreshToken?: string | undefined;
  /** When the refresh token expires, if known. */
  refreshTokenExpiresAt?: Date | string | number | undefined;
  /** The scopes granted (default `[]`). */
  scopes?: readonly string[] | undefined;
}

/** What LinkedIn's token introspection says about a token (`POST /oauth/v2/introspectToken`). */
export interface TokenIntrospection {
  /** True when the token is valid now. */
  active: boolean;
  /** LinkedIn's status: "active", "expired" or "revoked" (undefined when LinkedIn did not say). */
  status: string | undefined;
  /** Scopes the token carries. */
  scopes: string[];
  /** When the token expires. */
  expiresAt: Date | undefined;
  /** "2L" (application), "3L" (member) or "Enterprise_User". */
  authType: "2L" | "3L" | "Enterprise_User" | (string & {}) | undefined;
  /** The application (client id) the token was issued to. */
  clientId: string | undefined;
  /** When the member authorized the application. */
  authorizedAt: Date | undefined;
  /** When the token was created. */
  createdAt: Date | undefined;
}

/** Per-call options of `exchangeCode`, `refresh` and `introspect`. */
export interface OAuthCallOptions {
  /** Aborts the call; the abort reaches you as the abort it is (the signal's reason), not as an OAuthError. */
  signal?: AbortSignal | undefined;
  /**
   * Deadline in ms for the whole exchange, body included (at most 2^31−1; `Infinity`: none). Overrides the `timeoutMs`
   * given to `LinkedInOAuth`.
   */
  timeoutMs?: number | undefined;
}
