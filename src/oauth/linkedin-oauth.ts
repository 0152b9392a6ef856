/**
 * `LinkedInOAuth`: LinkedIn's 3-legged OAuth 2.0 authorization code flow (the only one the Marketing APIs
 * accept), token refresh and introspection. Web-standard APIs only, so it runs on Node ≥ 20, Deno, Bun,
 * Cloudflare Workers and other edge runtimes.
 *
 * ```ts
 * const oauth = new LinkedInOAuth({ clientId, clientSecret, redirectUri });
 * const { url, state } = oauth.authorizationUrl({ scopes: ["r_ads"] }); // redirect the member; keep `state`
 * // …on the redirect back: ?code=…&state=…
 * const tokens = await oauth.exchangeCode({ code, state, expectedState: state });
 * ```
 */
import { ConfigurationError } from "../errors.js";
import { isAbortSignal } from "../http/timeout.js";
import { describeValue } from "../internal/describe.js";
import { isHeaderSafeToken } from "../internal/headers.js";
import { checkNumber, TIMEOUT_MS } from "../internal/numbers.js";
import { checkBaseUrl } from "../internal/urls.js";
import { oauthError, type OAuthError } from "./errors.js";
import { type Classified, type FormAnswer, type OAuthFetch, postForm } from "./http.js";
import type { OAuthCallOptions, OAuthTokens, TokenIntrospection } from "./types.js";

/** LinkedIn's OAuth 2.0 base URL. */
export const LINKEDIN_AUTH_BASE_URL = "https://www.linkedin.com/oauth/v2";

/** Options of {@link LinkedInOAuth}. Checked at construction: a bad one throws `ConfigurationError`. */
export interface LinkedInOAuthOptions {
  /** The application's Client ID (developer portal → your app → Auth). */
  clientId: string;
  /** The application's Client Secret. Kept private: never in an error, a log line, `JSON.stringify` or `util.inspect`. */
  clientSecret: string;
  /**
   * Where LinkedIn sends the member back, exactly as registered on the app's Auth tab ("Authorized redirect
   * URLs"). Needed by `authorizationUrl` and `exchangeCode`; a service that only refreshes may omit it.
   */
  redirectUri?: string | undefined;
  /** The fetch to use. Default: `globalThis.fetch`, looked up at each call. */
  fetch?: OAuthFetch | undefined;
  /** Default `https://www.linkedin.com/oauth/v2`. Must be https unless the host is loopback (tests). */
  authBaseUrl?: string | undefined;
  /**
   * Deadline of each OAuth call in ms, body included. Default 30000. At most 2^31−1 (about 24.8 days, the longest
   * timer runtimes support); `Infinity` means no deadline.
   */
  timeoutMs?: number | undefined;
  /** Clock used to turn `expires_in` into `expiresAt`, in ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** Parameters of {@link LinkedInOAuth.authorizationUrl}. */
export interface AuthorizationUrlParams {
  /**
   * Scopes to request, e.g. `["r_ads", "rw_ads"]` for ad accounts. Audience Insights and the ad-targeting finders
   * need none: LinkedIn grants that permission to the app, not at token time.
   */
  scopes: readonly string[];
  /** CSRF token to round-trip. Default: 128 random bits (crypto.getRandomValues), base64url. */
  state?: string | undefined;
}

/** What {@link LinkedInOAuth.authorizationUrl} returns. */
export interface AuthorizationRequest {
  /** Send the member's browser here. */
  url: string;
  /** Keep it (e.g. in the session) and pass it to `exchangeCode` as `expectedState`. */
  state: string;
}

/**
 * Parameters of {@link LinkedInOAuth.exchangeCode}: the query parameters of the redirect back, and the state
 * kept from `authorizationUrl`. `url.searchParams.get(…)` results (string or null) can be passed as they are.
 */
export interface ExchangeCodeParams extends OAuthCallOptions {
  /** The redirect's `code` parameter. */
  code: string | null | undefined;
  /** The redirect's `state` parameter. */
  state: string | null | undefined;
  /** The `state` returned by `authorizationUrl` for this member's flow. */
  expectedState: string | null | undefined;
  /** The redirect's `error` parameter, if any (e.g. "user_cancelled_authorize"): it becomes an OAuthError. */
  error?: string | null | undefined;
  /** The redirect's `error_description` parameter, if any. */
  errorDescription?: string | null | undefined;
}

/** Field names of OAuth 2.0 answers (token, error, introspection): the only keys an error message lists. */
const OAUTH_FIELDS = new Set([
  "access_token",
  "token_type",
  "expires_in",
  "refresh_token",
  "refresh_token_expires_in",
  "scope",
  "id_token",
  "error",
  "error_description",
  "error_uri",
  "active",
  "status",
  "client_id",
  "auth_type",
  "authorized_at",
  "created_at",
  "expires_at",
  "message",
  "serviceErrorCode",
  "code",
]);
const SCOPE = /^[^\s,]+$/;

/**
 * The longest `expires_in` accepted from LinkedIn: 10 years, in seconds. LinkedIn's access tokens live 60 days
 * and refresh tokens 365; a larger value is a broken answer (1e300 made an Invalid Date, after which
 * `refreshingToken` refreshed on every request), so it is an `OAuthError` with code "invalid_response". A
 * `refresh_token_expires_in` beyond it is left out, like any other unusable value of that optional field.
 */
export const MAX_EXPIRES_IN_SECONDS = 10 * 365 * 86_400;

/** Seconds of a date-valued field (LinkedIn sends seconds; tolerate milliseconds); undefined if no valid date. */
function dateFromEpoch(value: unknown): Date | undefined {
  const n = typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) return undefined;
  const date = new Date(n > 1e12 ? n : n * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function positiveSeconds(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** LinkedIn's `scope`: comma- or space-separated (both are seen), or an array. */
export function parseScopes(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? value.split(/[\s,]+/)
      : [];
  return [...new Set(parts.map((s) => s.trim()).filter((s) => s !== ""))];
}

function credential(value: unknown, name: string, secret: boolean): string {
  if (typeof value !== "string" || value === "") {
    throw new ConfigurationError(
      `${name} must be a non-empty string (got ${describeValue(value)}): copy it from the LinkedIn developer portal (your app → Auth).`,
    );
  }
  if (/\s/.test(value)) {
    // Saying where, never what: a secret must not appear in the message.
    throw new ConfigurationError(
      `${name} contains whitespace (${value.length} characters${secret ? "" : `: ${JSON.stringify(value)}`}); check for a stray space or newline.`,
    );
  }
  return value;
}

function checkRedirectUri(value: unknown): string {
  if (typeof value !== "string") {
    throw new ConfigurationError(
      `redirectUri must be a string (got ${describeValue(value)}), e.g. "https://app.example.com/auth/linkedin/callback".`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `redirectUri ${JSON.stringify(value)} is not an absolute URL: pass it exactly as registered on the app's Auth tab, e.g. "https://app.example.com/callback".`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`redirectUri ${JSON.stringify(value)} must be an http(s) URL.`);
  }
  if (url.hash || value.includes("#")) {
    throw new ConfigurationError(`redirectUri ${JSON.stringify(value)} must not have a fragment (#…).`);
  }
  return value;
}

/** 128 random bits, base64url without padding. */
function randomState(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Compares without an early exit, so timing says nothing about how much of the state matched. */
function sameState(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

const REAUTHORIZE =
  "The member must authorize again: send them through oauth.authorizationUrl(…) and oauth.exchangeCode(…).";

/**
 * LinkedIn's OAuth 2.0 endpoints for one application. The client secret lives in a private field:
 * `JSON.stringify(oauth)` and `util.inspect(oauth)` show only the client id, redirect URI and base URL.
 */
export class LinkedInOAuth {
  /** The application's Client ID. */
  readonly clientId: string;
  /** The registered redirect URI, if given. */
  readonly redirectUri: string | undefined;
  /** The OAuth base URL, without a trailing slash. */
  readonly authBaseUrl: string;
  /** Default deadline of each call, in ms. */
  readonly timeoutMs: number;
  readonly #clientSecret: string;
  readonly #fetch: OAuthFetch;
  readonly #now: () => number;

  /** Checks the options; throws `ConfigurationError` (never echoing the secret) when one is wrong. */
  constructor(options: LinkedInOAuthOptions) {
    if (typeof options !== "object" || options === null) {
      throw new ConfigurationError(
        "new LinkedInOAuth needs an options object: { clientId, clientSecret, redirectUri }.",
      );
    }
    this.clientId = credential(options.clientId, "clientId", false);
    this.#clientSecret = credential(options.clientSecret, "clientSecret", true);
    this.redirectUri = options.redirectUri === undefined ? undefined : checkRedirectUri(options.redirectUri);
    this.authBaseUrl = checkBaseUrl(options.authBaseUrl ?? LINKEDIN_AUTH_BASE_URL, {
      name: "authBaseUrl",
      example: LINKEDIN_AUTH_BASE_URL,
      secrets: "the client secret and tokens",
      authenticatesWith: "clientId and clientSecret",
    });
    this.timeoutMs = checkNumber(options.timeoutMs, "timeoutMs", 30_000, TIMEOUT_MS);
    if (options.fetch !== undefined && typeof options.fetch !== "function") {
      throw new ConfigurationError(
        "fetch must be a function (input: Request) => Promise<Response>, e.g. globalThis.fetch.",
      );
    }
    if (options.now !== undefined && typeof options.now !== "function") {
      throw new ConfigurationError("now must be a function returning milliseconds since the epoch, e.g. Date.now.");
    }
    const custom = options.fetch;
    this.#fetch = custom ?? ((input: Request) => globalThis.fetch(input));
    this.#now = options.now ?? Date.now;
  }

  /**
   * The URL to send the member's browser to: `${authBaseUrl}/authorization?response_type=code&client_id=…
   * &redirect_uri=…&state=…&scope=r_ads%20rw_ads`. Keep the returned `state` for `exchangeCode`.
   */
  authorizationUrl(params: AuthorizationUrlParams): AuthorizationRequest {
    const redirectUri = this.#requireRedirectUri("authorizationUrl");
    const scopes: unknown = params?.scopes;
    if (!Array.isArray(scopes) || scopes.length === 0) {
      throw new ConfigurationError(
        `authorizationUrl needs scopes, a non-empty array such as ["r_ads"] (LinkedIn's authorization takes at least one; Audience Insights itself needs none).`,
      );
    }
    for (const scope of scopes) {
      if (typeof scope !== "string" || !SCOPE.test(scope)) {
        throw new ConfigurationError(
          `Scope ${JSON.stringify(scope)} is not valid: pass each scope as its own array item, e.g. ["r_ads", "rw_ads"].`,
        );
      }
    }
    const state = params.state === undefined ? randomState() : params.state;
    if (typeof state !== "string" || state === "") {
      throw new ConfigurationError("state must be a non-empty string (or omit it for 128 random bits).");
    }
    const query = [
      ["response_type", "code"],
      ["client_id", this.clientId],
      ["redirect_uri", redirectUri],
      ["state", state],
      ["scope", [...new Set(scopes as string[])].join(" ")],
    ]
      .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
      .join("&");
    return { url: `${this.authBaseUrl}/authorization?${query}`, state };
  }

  /**
   * Exchanges the code of the redirect back for tokens. Checks `state` against `expectedState` first and
   * sends nothing when they differ (`OAuthRedirectError` "state_mismatch"), or when there is no code.
   */
  async exchangeCode(params: ExchangeCodeParams): Promise<OAuthTokens> {
    const { code, state, expectedState, error, errorDescription } = params ?? ({} as ExchangeCodeParams);
    if (typeof expectedState !== "string" || expectedState === "") {
      throw oauthError(
        "OAuth state check failed: no expectedState. Keep the state returned by oauth.authorizationUrl() (e.g. in the member's session) and pass it as expectedState; if the session expired, start the flow again.",
        { code: "state_mismatch" },
      );
    }
    if (typeof state !== "string" || !sameState(state, expectedState)) {
      throw oauthError(
        `OAuth state check failed: the redirect's state ${typeof state === "string" && state !== "" ? "does not match the expected one" : "is missing"}. The redirect may be forged (CSRF) or belong to another flow; nothing was sent to LinkedIn. Start the flow again with oauth.authorizationUrl().`,
        { code: "state_mismatch" },
      );
    }
    if (typeof error === "string" && error !== "") {
      const description =
        typeof errorDescription === "string" && errorDescription !== "" ? errorDescription : undefined;
      throw oauthError(
        `LinkedIn authorization was not granted: ${error}${description ? `: ${description}` : ""}. The member declined or the request was invalid; offer to start again.`,
        { code: "authorization_denied", error, description },
      );
    }
    if (typeof code !== "string" || code === "") {
      throw oauthError(
        "The redirect carried no authorization code (query parameter `code`); nothing was sent to LinkedIn. Start the flow again with oauth.authorizationUrl().",
        { code: "missing_code" },
      );
    }
    const redirectUri = this.#requireRedirectUri("exchangeCode");
    const started = this.#now();
    const answer = await this.#post(
      "authorization code exchange",
      "accessToken",
      params,
      [code],
      {
        grant_type: "authorization_code",
        code,
        client_id: this.clientId,
        client_secret: this.#clientSecret,
        redirect_uri: redirectUri,
      },
      (err) => ({
        code: "oauth_error",
        hint:
          err === "invalid_client"
            ? "Check clientId and clientSecret (developer portal → your app → Auth)."
            : err === "invalid_request" || err === "invalid_grant"
              ? "An authorization code is single-use and expires after 30 minutes, and redirectUri must be exactly the one used for the authorization URL: start the flow again."
              : undefined,
      }),
    );
    return this.#tokens(answer, "authorization code exchange", started);
  }

  /**
   * Exchanges a refresh token for a new access token (`grant_type=refresh_token`). The refresh token keeps
   * its original expiry. No refresh token, or LinkedIn rejecting it, is a `ReauthorizationRequiredError` (code
   * "reauthorization_required").
   */
  async refresh(refreshToken: string | null | undefined, options: OAuthCallOptions = {}): Promise<OAuthTokens> {
    if (typeof refreshToken !== "string" || refreshToken === "") {
      throw oauthError(
        `No refresh token to refresh with (LinkedIn issues them only to approved Marketing partners). ${REAUTHORIZE}`,
        { code: "reauthorization_required" },
      );
    }
    const started = this.#now();
    const answer = await this.#post(
      "token refresh",
      "accessToken",
      options,
      [refreshToken],
      {
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: this.clientId,
        client_secret: this.#clientSecret,
      },
      (err, description) => {
        if (err === "invalid_client") {
          return { code: "oauth_error", hint: "Check clientId and clientSecret (developer portal → your app → Auth)." };
        }
        const aboutToken = /refresh.?token|expired|revoked|invalid/i.test(description ?? "");
        if (err === "invalid_grant" || (err === "invalid_request" && aboutToken)) {
          return {
            code: "reauthorization_required",
            hint: `LinkedIn no longer accepts the refresh token. ${REAUTHORIZE}`,
          };
        }
        return { code: "oauth_error" };
      },
    );
    return this.#tokens(answer, "token refresh", started);
  }

  /** Asks LinkedIn about a token (`POST /introspectToken`): whether it is active, its scopes and its dates. */
  async introspect(token: string, options: OAuthCallOptions = {}): Promise<TokenIntrospection> {
    if (typeof token !== "string" || token === "") {
      throw oauthError("introspect needs the token to ask about (a non-empty string).", { code: "missing_token" });
    }
    const answer = await this.#post(
      "token introspection",
      "introspectToken",
      options,
      [token],
      {
        client_id: this.clientId,
        client_secret: this.#clientSecret,
        token,
      },
      (err) => ({
        code: "oauth_error",
        hint:
          err === "invalid_client"
            ? "Check clientId and clientSecret (developer portal → your app → Auth)."
            : undefined,
      }),
    );
    const b = answer.body;
    const active = b.active === true || b.active === "true";
    if (typeof b.active !== "boolean" && b.active !== "true" && b.active !== "false") {
      throw this.#invalid("token introspection", "introspectToken", answer, "no boolean `active` field");
    }
    return {
      active,
      status: typeof b.status === "string" ? b.status : undefined,
      scopes: parseScopes(b.scope),
      expiresAt: dateFromEpoch(b.expires_at),
      authType: typeof b.auth_type === "string" ? b.auth_type : undefined,
      clientId: typeof b.client_id === "string" ? b.client_id : undefined,
      authorizedAt: dateFromEpoch(b.authorized_at),
      createdAt: dateFromEpoch(b.created_at),
    };
  }

  /** What logs and `JSON.stringify` see: no secret. */
  toJSON(): Record<string, unknown> {
    return {
      clientId: this.clientId,
      redirectUri: this.redirectUri,
      authBaseUrl: this.authBaseUrl,
      timeoutMs: this.timeoutMs,
    };
  }

  /** What Node's `util.inspect` (and console.log) shows: no secret. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `LinkedInOAuth ${JSON.stringify(this.toJSON())}`;
  }

  #requireRedirectUri(method: string): string {
    if (this.redirectUri === undefined) {
      throw new ConfigurationError(
        `${method} needs redirectUri: pass it to new LinkedInOAuth({ …, redirectUri }) exactly as registered on the app's Auth tab.`,
      );
    }
    return this.redirectUri;
  }

  #post(
    what: string,
    endpoint: string,
    options: OAuthCallOptions,
    secrets: readonly string[],
    form: Record<string, string>,
    classify: (error: string, description: string | undefined) => Classified,
  ): Promise<FormAnswer> {
    const signal = options?.signal;
    if (signal !== undefined && !isAbortSignal(signal)) {
      throw new ConfigurationError(
        "signal must be an AbortSignal (e.g. new AbortController().signal or AbortSignal.timeout(ms)).",
      );
    }
    return postForm({
      what,
      url: `${this.authBaseUrl}/${endpoint}`,
      form,
      secrets: [this.#clientSecret, ...secrets],
      fetch: this.#fetch,
      timeoutMs: checkNumber(options?.timeoutMs, "timeoutMs", this.timeoutMs, TIMEOUT_MS),
      signal,
      classify,
    });
  }

  #invalid(what: string, endpoint: string, answer: FormAnswer, problem: string): OAuthError {
    const url = `${this.authBaseUrl}/${endpoint}`;
    // Only field names OAuth defines are shown: any other key may be a secret (a token used as a key).
    const keys = Object.keys(answer.body);
    const known = keys.filter((k) => OAUTH_FIELDS.has(k));
    const others = keys.length - known.length;
    const rest = others === 0 ? "" : `${known.length ? " and " : ""}${others} other${others === 1 ? "" : "s"}`;
    const fields = keys.length === 0 ? "none" : `${known.join(", ")}${rest}`;
    return oauthError(
      `LinkedIn OAuth ${what} (POST ${url}) → ${answer.status}: unexpected answer: ${problem} (fields: ${fields}).`,
      { code: "invalid_response", status: answer.status, url },
    );
  }

  #tokens(answer: FormAnswer, what: string, started: number): OAuthTokens {
    const b = answer.body;
    if (typeof b.access_token !== "string" || b.access_token === "") {
      throw this.#invalid(what, "accessToken", answer, "no access_token");
    }
    if (!isHeaderSafeToken(b.access_token)) {
      // Never echoed: it is a live token, just not one an Authorization header can carry.
      throw this.#invalid(
        what,
        "accessToken",
        answer,
        "an access_token with a character an HTTP header cannot carry (whitespace, control or non-ASCII)",
      );
    }
    const expiresIn = positiveSeconds(b.expires_in);
    if (expiresIn === undefined) throw this.#invalid(what, "accessToken", answer, "no positive expires_in");
    if (expiresIn > MAX_EXPIRES_IN_SECONDS) {
      throw this.#invalid(
        what,
        "accessToken",
        answer,
        `expires_in ${String(b.expires_in).slice(0, 24)} s is more than ${MAX_EXPIRES_IN_SECONDS} s (10 years; LinkedIn's access tokens live 60 days), not a lifetime the tokens can be given`,
      );
    }
    const tokens: OAuthTokens = {
      accessToken: b.access_token,
      expiresAt: new Date(started + expiresIn * 1000),
      scopes: parseScopes(b.scope),
    };
    if (typeof b.refresh_token === "string" && b.refresh_token !== "") {
      tokens.refreshToken = b.refresh_token;
      const refreshIn = positiveSeconds(b.refresh_token_expires_in);
      if (refreshIn !== undefined && refreshIn <= MAX_EXPIRES_IN_SECONDS) {
        tokens.refreshTokenExpiresAt = new Date(started + refreshIn * 1000);
      }
    }
    return tokens;
  }
}
