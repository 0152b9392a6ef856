/**
 * Where the bearer token comes from: a fixed `accessToken`, or a provider called before every request
 * (`{ forceRefresh: false }`) and once more after a 401 (`{ forceRefresh: true }`). The token itself is
 * never put in an error, a log line or a URL.
 */
import { ConfigurationError } from "../errors.js";
import { describeValue } from "../internal/describe.js";
import { unsafeTokenCharacter } from "../internal/headers.js";

/** What the client asks a token provider for. */
export interface TokenRequest {
  /** True after LinkedIn answered 401 with the last token: return a fresh one if you can. */
  forceRefresh: boolean;
  /**
   * With `forceRefresh`: the token LinkedIn just rejected. A provider that already holds a different one (another
   * request refreshed meanwhile) can return it without refreshing again.
   */
  rejectedToken?: string | undefined;
}

/** Supplies the bearer token; may be async (e.g. `refreshingToken(...)` from this package). */
export type AccessTokenProvider = (request: TokenRequest) => string | Promise<string>;

/** The client's view of its credentials. */
export interface TokenSource {
  /** A fixed token comes back as is (no promise, no extra tick per request); a provider's as a promise. */
  get(forceRefresh: boolean, rejectedToken?: string): string | Promise<string>;
  /** True when a forced refresh can yield a different token (a provider, not a fixed string). */
  readonly canRefresh: boolean;
}

function checkToken(token: unknown, origin: string): string {
  if (typeof token !== "string" || token.length === 0) {
    throw new ConfigurationError(`${origin} must be a non-empty string (got ${describeValue(token)}).`);
  }
  const unsafe = unsafeTokenCharacter(token);
  if (unsafe !== undefined) {
    // Saying where and what kind, never what: the token must not appear in the message.
    throw new ConfigurationError(
      `${origin} contains ${unsafe}, not allowed in an HTTP header (a token is visible ASCII only; ${token.length} characters given): ` +
        `pass the bare token as LinkedIn issued it, without "Bearer " or surrounding whitespace.`,
    );
  }
  return token;
}

/** Validates the auth options once, at construction. */
export function createTokenSource(options: {
  accessToken?: string | undefined;
  getAccessToken?: AccessTokenProvider | undefined;
}): TokenSource {
  const { accessToken, getAccessToken } = options;
  if (accessToken !== undefined && getAccessToken !== undefined) {
    throw new ConfigurationError("Pass either accessToken or getAccessToken, not both.");
  }
  if (getAccessToken !== undefined) {
    if (typeof getAccessToken !== "function")
      throw new ConfigurationError("getAccessToken must be a function ({ forceRefresh }) => string | Promise<string>.");
    return {
      canRefresh: true,
      get: async (forceRefresh, rejectedToken) =>
        checkToken(
          await getAccessToken(forceRefresh ? { forceRefresh, rejectedToken } : { forceRefresh }),
          "The token returned by getAccessToken",
        ),
    };
  }
  if (accessToken === undefined) {
    throw new ConfigurationError(
      "No credentials: pass accessToken (a 3-legged member token of an app LinkedIn approved for Audience Insights) or getAccessToken (e.g. refreshingToken({ oauth, tokens })).",
    );
  }
  const token = checkToken(accessToken, "accessToken");
  return { canRefresh: false, get: () => token };
}
