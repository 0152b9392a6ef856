/**
 * `refreshingToken({ oauth, tokens })`: an `AccessTokenProvider` for `createLinkedInClient({ getAccessToken })`
 * that refreshes the member's access token ahead of expiry, and when the API answers 401.
 *
 *   valid for > refreshBeforeMs ─→ current token
 *   near expiry / expired / forced ─→ one shared refresh (single flight) ─→ await onRefresh ─→ new token
 */
import { ConfigurationError } from "../errors.js";
import { hasMethods } from "../internal/objects.js";
import type { AccessTokenProvider, TokenRequest } from "../http/auth.js";
import { isHeaderSafeToken } from "../internal/headers.js";
import { checkNumber } from "../internal/numbers.js";
import { oauthError } from "./errors.js";
import type { OAuthCallOptions, OAuthTokens, StoredOAuthTokens } from "./types.js";

/** Options of {@link refreshingToken}. */
export interface RefreshingTokenOptions {
  /** Performs the refresh: a `LinkedInOAuth` (anything with its `refresh` method). */
  oauth: {
    /**
     * Exchanges the current refresh token for new tokens, as `LinkedInOAuth.refresh` does; called with the refresh
     * token only. What it throws reaches the callers waiting for that refresh.
     */
    refresh(refreshToken: string, options?: OAuthCallOptions): Promise<OAuthTokens>;
  };
  /** The member's tokens, from `exchangeCode` or from storage (dates as `Date`, ISO string or epoch ms). */
  tokens: StoredOAuthTokens;
  /**
   * Called with the new tokens after each refresh, and awaited before any caller gets the new access token:
   * persist them here. If LinkedIn sent no new refresh token, the old one (and its expiry) is carried over.
   * If it throws, the callers waiting on that refresh get its error; the new tokens are still used from memory.
   */
  onRefresh?: ((tokens: OAuthTokens) => void | Promise<void>) | undefined;
  /** Refresh when the access token has less than this left, in ms. Default 5 minutes. */
  refreshBeforeMs?: number | undefined;
  /** Clock in ms since the epoch, to decide expiry. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * After a refresh ahead of expiry failed while the current token is still valid, requests keep using the
 * current token and the next refresh attempt waits this long (a LinkedIn outage must not add a timeout to
 * every request). Forced refreshes and expired tokens do not wait.
 */
const RETRY_AFTER_FAILED_EARLY_REFRESH_MS = 30_000;

const REAUTHORIZE =
  "The member must authorize again: send them through oauth.authorizationUrl(…) and oauth.exchangeCode(…).";

function toDate(value: unknown, name: string, required: boolean): Date | undefined {
  if (value === undefined || value === null) {
    if (!required) return undefined;
    throw new ConfigurationError(`tokens.${name} is missing: pass the tokens exchangeCode() or refresh() returned.`);
  }
  const date =
    value instanceof Date
      ? new Date(value.getTime())
      : typeof value === "string" || typeof value === "number"
        ? new Date(value)
        : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new ConfigurationError(
      `tokens.${name} must be a Date, an ISO date string or epoch milliseconds (got ${typeof value === "string" ? JSON.stringify(value) : typeof value}).`,
    );
  }
  return date;
}

/** Checks and copies stored tokens into the {@link OAuthTokens} shape. */
export function normalizeTokens(tokens: StoredOAuthTokens): OAuthTokens {
  if (typeof tokens !== "object" || tokens === null) {
    throw new ConfigurationError(
      "tokens must be the object exchangeCode() returned: { accessToken, expiresAt, refreshToken?, … }.",
    );
  }
  if (typeof tokens.accessToken !== "string" || !isHeaderSafeToken(tokens.accessToken)) {
    throw new ConfigurationError(
      "tokens.accessToken must be a non-empty string of visible ASCII characters (no whitespace, control or non-ASCII character: it travels in an HTTP header).",
    );
  }
  if (
    tokens.refreshToken !== undefined &&
    (typeof tokens.refreshToken !== "string" || /\s/.test(tokens.refreshToken))
  ) {
    throw new ConfigurationError("tokens.refreshToken must be a string without whitespace, or absent.");
  }
  if (
    tokens.scopes !== undefined &&
    (!Array.isArray(tokens.scopes) || tokens.scopes.some((s) => typeof s !== "string"))
  ) {
    throw new ConfigurationError("tokens.scopes must be an array of strings, or absent.");
  }
  const out: OAuthTokens = {
    accessToken: tokens.accessToken,
    expiresAt: toDate(tokens.expiresAt, "expiresAt", true) as Date,
    scopes: [...(tokens.scopes ?? [])],
  };
  if (tokens.refreshToken) {
    out.refreshToken = tokens.refreshToken;
    const refreshExpiry = toDate(tokens.refreshTokenExpiresAt, "refreshTokenExpiresAt", false);
    if (refreshExpiry) out.refreshTokenExpiresAt = refreshExpiry;
  }
  return out;
}

function copy(tokens: OAuthTokens): OAuthTokens {
  const out: OAuthTokens = { ...tokens, expiresAt: new Date(tokens.expiresAt.getTime()), scopes: [...tokens.scopes] };
  if (tokens.refreshTokenExpiresAt) out.refreshTokenExpiresAt = new Date(tokens.refreshTokenExpiresAt.getTime());
  return out;
}

/** The new tokens, with the old refresh token (and its expiry) and scopes carried over when LinkedIn omitted them. */
function merge(old: OAuthTokens, fresh: OAuthTokens): OAuthTokens {
  const out: OAuthTokens = {
    accessToken: fresh.accessToken,
    expiresAt: fresh.expiresAt,
    scopes: fresh.scopes.length > 0 ? [...fresh.scopes] : [...old.scopes],
  };
  const refreshToken = fresh.refreshToken ?? old.refreshToken;
  if (refreshToken !== undefined) out.refreshToken = refreshToken;
  const refreshExpiry = fresh.refreshToken !== undefined ? fresh.refreshTokenExpiresAt : old.refreshTokenExpiresAt;
  if (refreshExpiry !== undefined) out.refreshTokenExpiresAt = refreshExpiry;
  return out;
}

/**
 * Builds the token provider for `createLinkedInClient({ getAccessToken })`:
 *
 * - returns the current access token while it is valid for more than `refreshBeforeMs`;
 * - refreshes ahead of expiry; if that early refresh fails while the token is still valid, the current
 *   token is returned (and the refresh retried after 30 s), so a LinkedIn hiccup does not fail requests;
 * - `{ forceRefresh: true }` (what the client asks after a 401) refreshes, or joins the refresh in flight — unless
 *   `rejectedToken` shows the 401 was for a token already replaced, which then needs no new refresh;
 * - concurrent callers share one refresh (single flight), and all of them wait for `onRefresh`;
 * - no refresh token, an expired one (by `refreshTokenExpiresAt`) or one LinkedIn rejects → a
 *   `ReauthorizationRequiredError` (an `OAuthError`, code "reauthorization_required") once the access token can
 *   no longer be used;
 * - a failed refresh does not poison later calls: the next one tries again.
 *
 * ```ts
 * const li = createLinkedInClient({
 *   getAccessToken: refreshingToken({ oauth, tokens, onRefresh: (t) => db.saveTokens(memberId, t) }),
 * });
 * ```
 */
export function refreshingToken(options: RefreshingTokenOptions): AccessTokenProvider {
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError("refreshingToken needs an options object: { oauth, tokens, onRefresh? }.");
  }
  const { oauth, onRefresh } = options;
  if (!hasMethods(oauth, "refresh")) {
    throw new ConfigurationError(
      "refreshingToken needs oauth: a LinkedInOAuth (new LinkedInOAuth({ clientId, clientSecret })).",
    );
  }
  if (onRefresh !== undefined && typeof onRefresh !== "function") {
    throw new ConfigurationError("onRefresh must be a function (tokens) => void | Promise<void>.");
  }
  const refreshBeforeMs = checkNumber(options.refreshBeforeMs, "refreshBeforeMs", 5 * 60_000, {
    min: 0,
    unit: "milliseconds",
  });
  if (options.now !== undefined && typeof options.now !== "function") {
    throw new ConfigurationError("now must be a function returning milliseconds since the epoch, e.g. Date.now.");
  }
  const now = options.now ?? Date.now;

  let current = normalizeTokens(options.tokens);
  let inflight: Promise<OAuthTokens> | undefined;
  let earlyFailureAt: number | undefined;
  /** Errors thrown by onRefresh: never swallowed by the "still valid" fallback. */
  const persistFailures = new WeakSet<object>();

  async function run(): Promise<OAuthTokens> {
    const base = current;
    if (!base.refreshToken) {
      throw oauthError(
        `The access token ${base.expiresAt.getTime() > now() ? "needs refreshing" : `expired at ${base.expiresAt.toISOString()}`} and there is no refresh token (LinkedIn issues them only to approved Marketing partners). ${REAUTHORIZE}`,
        { code: "reauthorization_required" },
      );
    }
    if (base.refreshTokenExpiresAt && base.refreshTokenExpiresAt.getTime() <= now()) {
      throw oauthError(
        `The refresh token expired at ${base.refreshTokenExpiresAt.toISOString()} (refresh tokens live 365 days from the first authorization; refreshing does not extend them). ${REAUTHORIZE}`,
        { code: "reauthorization_required" },
      );
    }
    const fresh = merge(base, await oauth.refresh(base.refreshToken));
    current = fresh;
    earlyFailureAt = undefined;
    if (onRefresh) {
      try {
        await onRefresh(copy(fresh));
      } catch (error) {
        if (typeof error === "object" && error !== null) persistFailures.add(error);
        throw error;
      }
    }
    return fresh;
  }

  function refreshOnce(): Promise<OAuthTokens> {
    if (inflight) return inflight;
    const flight = run();
    inflight = flight;
    // Cleared asynchronously, after `inflight` was assigned, even when run() failed before its first await.
    flight.then(
      () => {
        if (inflight === flight) inflight = undefined;
      },
      () => {
        if (inflight === flight) inflight = undefined;
      },
    );
    return flight;
  }

  return async function getAccessToken(request: TokenRequest): Promise<string> {
    const forceRefresh = request?.forceRefresh === true;
    // A 401 for a token already replaced (a concurrent request refreshed meanwhile): the new one is the answer.
    if (
      forceRefresh &&
      !inflight &&
      request.rejectedToken !== undefined &&
      request.rejectedToken !== current.accessToken
    ) {
      return current.accessToken;
    }
    const t = now();
    const expiresAt = current.expiresAt.getTime();
    if (!forceRefresh && !inflight) {
      if (expiresAt - t > refreshBeforeMs) return current.accessToken;
      if (expiresAt > t && earlyFailureAt !== undefined && t - earlyFailureAt < RETRY_AFTER_FAILED_EARLY_REFRESH_MS) {
        return current.accessToken;
      }
    }
    try {
      return (await refreshOnce()).accessToken;
    } catch (error) {
      const persistFailure = typeof error === "object" && error !== null && persistFailures.has(error);
      if (!forceRefresh && !persistFailure && current.expiresAt.getTime() > now()) {
        // Early refresh failed, the current token still works: use it, try again later.
        earlyFailureAt = now();
        return current.accessToken;
      }
      throw error;
    }
  };
}
