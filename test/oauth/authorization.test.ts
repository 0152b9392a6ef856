// LinkedInOAuth: construction checks, the authorization URL, and the whole flow against the loopback fake.
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { LinkedInOAuth, OAuthError, OAuthRedirectError, type LinkedInOAuthOptions } from "../../src/oauth/index.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { expectNoSecret, rejection } from "../support/errors.js";

const CLIENT_ID = "86abcdefclient";
const SECRET = "SeCrEt-client-secret-0123456789";
const REDIRECT = "https://app.example.com/auth/linkedin/callback?tenant=a b";

let auth: OAuthServer;
beforeAll(async () => {
  auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT });
});
afterAll(() => auth.close());
beforeEach(() => auth.clearRequests());

const make = (o: Partial<LinkedInOAuthOptions> = {}) =>
  new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT, authBaseUrl: auth.url, ...o });

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("construction", () => {
  it("defaults to LinkedIn's base URL and 30 s", () => {
    const oauth = new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET });
    expect(oauth.authBaseUrl).toBe("https://www.linkedin.com/oauth/v2");
    expect(oauth.timeoutMs).toBe(30_000);
  });

  it("rejects missing or malformed credentials without echoing the secret", () => {
    expect(() => make({ clientId: "" })).toThrow(ConfigurationError);
    expect(() => make({ clientSecret: undefined as unknown as string })).toThrow(
      /clientSecret must be a non-empty string/,
    );
    const e = thrown(() => make({ clientSecret: `${SECRET}\n` }));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect((e as Error).message).toMatch(/clientSecret contains whitespace/);
    expectNoSecret(e, SECRET);
  });

  it("refuses a non-https authBaseUrl unless the host is loopback", () => {
    expect(() => make({ authBaseUrl: "http://www.linkedin.com/oauth/v2" })).toThrow(/must use https/);
    expect(() => make({ authBaseUrl: "http://localhost:1/oauth/v2" })).not.toThrow();
    expect(() => make({ authBaseUrl: "http://[::1]:1/oauth/v2/" })).not.toThrow();
    expect(make({ authBaseUrl: "https://example.com/oauth/v2/" }).authBaseUrl).toBe("https://example.com/oauth/v2");
    expect(() => make({ authBaseUrl: "nope" })).toThrow(/not an absolute URL/);
    expect(() => make({ authBaseUrl: "https://example.com/o?x=1" })).toThrow(/query or fragment/);
  });

  it("checks redirectUri, timeoutMs, fetch and now", () => {
    expect(() => make({ redirectUri: "/callback" })).toThrow(/not an absolute URL/);
    expect(() => make({ redirectUri: "https://a.example/cb#x" })).toThrow(/fragment/);
    expect(() => make({ redirectUri: "ftp://a.example/cb" })).toThrow(/http\(s\)/);
    expect(() => make({ timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => make({ fetch: "fetch" as never })).toThrow(/fetch must be a function/);
    expect(() => make({ now: 5 as never })).toThrow(/now must be a function/);
  });

  it("never shows the client secret: JSON.stringify, util.inspect, String", () => {
    const oauth = make();
    for (const form of [JSON.stringify(oauth), inspect(oauth, { showHidden: true, depth: 10 }), String(oauth)]) {
      expect(form).not.toContain(SECRET);
    }
    expect(JSON.parse(JSON.stringify(oauth))).toEqual({
      clientId: CLIENT_ID,
      redirectUri: REDIRECT,
      authBaseUrl: auth.url,
      timeoutMs: 30_000,
    });
    expect(inspect(oauth)).toContain(CLIENT_ID);
  });
});

describe("authorizationUrl", () => {
  it("carries response_type, client_id, redirect_uri, state and a space-delimited, URL-encoded scope", () => {
    const { url, state } = make().authorizationUrl({ scopes: ["r_ads", "rw_ads"], state: "my state/1" });
    expect(state).toBe("my state/1");
    expect(url).toBe(
      `${auth.url}/authorization?response_type=code&client_id=${CLIENT_ID}` +
        `&redirect_uri=${encodeURIComponent(REDIRECT)}&state=my%20state%2F1&scope=r_ads%20rw_ads`,
    );
    const parsed = new URL(url);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      response_type: "code",
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT,
      state: "my state/1",
      scope: "r_ads rw_ads",
    });
  });

  it("generates 128 random bits of state, base64url, different every time", () => {
    const oauth = make();
    const states = new Set(Array.from({ length: 50 }, () => oauth.authorizationUrl({ scopes: ["r_ads"] }).state));
    expect(states.size).toBe(50);
    for (const s of states) expect(s).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("de-duplicates scopes and validates them", () => {
    expect(new URL(make().authorizationUrl({ scopes: ["r_ads", "r_ads"] }).url).searchParams.get("scope")).toBe(
      "r_ads",
    );
    expect(() => make().authorizationUrl({ scopes: [] })).toThrow(/non-empty array/);
    expect(() => make().authorizationUrl({ scopes: ["r_ads rw_ads"] })).toThrow(/own array item/);
    expect(() => make().authorizationUrl({ scopes: ["r_ads,rw_ads"] })).toThrow(ConfigurationError);
    expect(() => make().authorizationUrl({ scopes: ["r_ads"], state: "" })).toThrow(/state/);
  });

  it("needs a redirectUri", () => {
    const oauth = new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: auth.url });
    expect(() => oauth.authorizationUrl({ scopes: ["r_ads"] })).toThrow(/needs redirectUri/);
  });
});

/** Follows the authorization URL like a browser whose member approves, returning the redirect's query. */
async function authorize(url: string): Promise<URLSearchParams> {
  const res = await fetch(url, { redirect: "manual" });
  expect(res.status).toBe(302);
  const location = res.headers.get("location");
  expect(location).toBeTruthy();
  const back = new URL(location as string);
  expect(`${back.origin}${back.pathname}`).toBe("https://app.example.com/auth/linkedin/callback");
  expect(back.searchParams.get("tenant")).toBe("a b"); // the registered redirect's own query survives
  return back.searchParams;
}

describe("the whole flow", () => {
  it("authorizationUrl → the member approves (302) → code from Location → exchangeCode → tokens that work", async () => {
    const oauth = make();
    const { url, state } = oauth.authorizationUrl({ scopes: ["r_ads", "rw_ads"] });
    const back = await authorize(url);
    expect(back.get("state")).toBe(state);
    const tokens = await oauth.exchangeCode({ code: back.get("code"), state: back.get("state"), expectedState: state });
    expect(tokens.accessToken).toMatch(/^AQV/);
    expect(tokens.refreshToken).toMatch(/^AQX/);
    expect(tokens.scopes).toEqual(["r_ads", "rw_ads"]);
    expect(auth.isValidAccessToken(tokens.accessToken)).toBe(true);
    const exchange = auth.requests.find((r) => r.path === "/accessToken");
    expect(exchange?.contentType).toBe("application/x-www-form-urlencoded");
    expect(exchange?.form).toEqual({
      grant_type: "authorization_code",
      code: back.get("code"),
      client_id: CLIENT_ID,
      client_secret: "[REDACTED]",
      redirect_uri: REDIRECT,
    });
  });

  it("a code is single-use: the second exchange is an OAuthError that says to start again", async () => {
    const oauth = make();
    const { url, state } = oauth.authorizationUrl({ scopes: ["r_ads"] });
    const back = await authorize(url);
    const params = { code: back.get("code"), state: back.get("state"), expectedState: state };
    await oauth.exchangeCode(params);
    const e = await rejection(oauth.exchangeCode(params));
    expect(e).toBeInstanceOf(OAuthError);
    const err = e as OAuthError;
    expect(err.code).toBe("oauth_error");
    expect(err.error).toBe("invalid_request");
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/single-use/);
    expectNoSecret(err, SECRET, back.get("code") as string);
  });

  it("a member who cancels comes back with error=…: an OAuthError 'authorization_denied', nothing sent", async () => {
    const oauth = make();
    auth.denyNextAuthorization();
    const { url, state } = oauth.authorizationUrl({ scopes: ["r_ads"] });
    const back = await authorize(url);
    expect(back.get("code")).toBeNull();
    auth.clearRequests();
    const e = await rejection(
      oauth.exchangeCode({
        code: back.get("code"),
        state: back.get("state"),
        expectedState: state,
        error: back.get("error"),
        errorDescription: back.get("error_description"),
      }),
    );
    expect(e).toBeInstanceOf(OAuthError);
    expect((e as OAuthError).code).toBe("authorization_denied");
    expect(e).toBeInstanceOf(OAuthRedirectError);
    expect((e as OAuthError).error).toBe("user_cancelled_authorize");
    expect(auth.requests).toHaveLength(0);
  });
});

describe("checks before any request", () => {
  it("state mismatch → OAuthError 'state_mismatch', and no request is sent", async () => {
    const oauth = make();
    for (const [state, expectedState] of [
      ["attacker", "mine"],
      [null, "mine"],
      ["mine", undefined],
      ["mine", ""],
      ["min", "mine"],
    ] as const) {
      const e = await rejection(oauth.exchangeCode({ code: "AQT-some-code-123", state, expectedState }));
      expect(e).toBeInstanceOf(OAuthError);
      expect((e as OAuthError).code).toBe("state_mismatch");
      expect(e).toBeInstanceOf(OAuthRedirectError);
      expect((e as OAuthError).message).toMatch(/state/);
      expectNoSecret(e, "AQT-some-code-123", SECRET);
    }
    expect(auth.requests).toHaveLength(0);
  });

  it("no code → OAuthError 'missing_code', and no request is sent", async () => {
    const e = await rejection(make().exchangeCode({ code: null, state: "s", expectedState: "s" }));
    expect(e).toBeInstanceOf(OAuthError);
    expect((e as OAuthError).code).toBe("missing_code");
    expect(e).toBeInstanceOf(OAuthRedirectError);
    expect(auth.requests).toHaveLength(0);
  });
});
