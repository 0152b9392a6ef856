// refreshingToken: expiry-driven and forced refresh, single flight, onRefresh, re-authorization.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import {
  LinkedInOAuth,
  OAuthError,
  refreshingToken,
  type OAuthTokens,
  type RefreshingTokenOptions,
} from "../../src/oauth/index.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { until } from "../support/clock.js";
import { expectNoSecret, rejection } from "../support/errors.js";

const CLIENT_ID = "86abcdefclient";
const SECRET = "SeCrEt-client-secret-0123456789";
const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;
const DAY = 86_400_000;

let clock = T0;
const now = () => clock;
let auth: OAuthServer;
let oauth: LinkedInOAuth;
beforeAll(async () => {
  auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, now });
  oauth = new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: auth.url, now });
});
afterAll(() => auth.close());
beforeEach(() => {
  clock = T0;
  auth.clearRequests();
  auth.clearFaults();
});

const refreshRequests = () => auth.requests.filter((r) => r.form.grant_type === "refresh_token");
const provider = (o: Partial<RefreshingTokenOptions> & Pick<RefreshingTokenOptions, "tokens">) =>
  refreshingToken({ oauth, now, ...o });

describe("when to refresh", () => {
  it("returns the current token while it is valid for more than refreshBeforeMs, without any request", async () => {
    const tokens = auth.issue();
    const get = provider({ tokens });
    clock = tokens.expiresAt.getTime() - 5 * MIN - 1;
    expect(await get({ forceRefresh: false })).toBe(tokens.accessToken);
    expect(auth.requests).toHaveLength(0);
  });

  it("refreshes ahead of expiry (fake clock), then serves the new token without asking again", async () => {
    const tokens = auth.issue();
    const get = provider({ tokens, refreshBeforeMs: 10 * MIN });
    clock = tokens.expiresAt.getTime() - 9 * MIN;
    const fresh = await get({ forceRefresh: false });
    expect(fresh).not.toBe(tokens.accessToken);
    expect(auth.isValidAccessToken(fresh)).toBe(true);
    expect(refreshRequests()).toHaveLength(1);
    expect(await get({ forceRefresh: false })).toBe(fresh);
    expect(refreshRequests()).toHaveLength(1);
  });

  it("refreshes an expired token", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 60 });
    const get = provider({ tokens });
    clock += 2 * DAY;
    expect(await get({ forceRefresh: false })).not.toBe(tokens.accessToken);
    expect(refreshRequests()).toHaveLength(1);
  });

  it("{ forceRefresh: true } refreshes even a token with days left", async () => {
    const tokens = auth.issue();
    const get = provider({ tokens });
    const fresh = await get({ forceRefresh: true });
    expect(fresh).not.toBe(tokens.accessToken);
    expect(refreshRequests()).toHaveLength(1);
    expect(await get({ forceRefresh: true })).not.toBe(fresh);
    expect(refreshRequests()).toHaveLength(2);
  });

  it("accepts tokens read back from JSON (dates as ISO strings)", async () => {
    const tokens = JSON.parse(JSON.stringify(auth.issue({ accessTokenTtlS: 1 })));
    expect(typeof tokens.expiresAt).toBe("string");
    const get = provider({ tokens });
    clock += 2000;
    expect(await get({ forceRefresh: false })).not.toBe(tokens.accessToken);
  });
});

describe("single flight", () => {
  it("20 concurrent callers → exactly one refresh request at the server, one onRefresh, one token for all", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 60 });
    const seen: OAuthTokens[] = [];
    const get = provider({ tokens, onRefresh: (t) => void seen.push(t) });
    clock += 61_000;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => get({ forceRefresh: i % 2 === 0 })));
    expect(refreshRequests()).toHaveLength(1);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).not.toBe(tokens.accessToken);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.accessToken).toBe(results[0]);
  });

  it("every caller waits for onRefresh (so the new tokens are persisted before they are used)", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 60 });
    const events: string[] = [];
    let persist = () => {};
    const persisted = new Promise<void>((resolve) => (persist = resolve));
    const get = provider({
      tokens,
      onRefresh: async () => {
        events.push("onRefresh started");
        await persisted; // still persisting until the test says so
        events.push("onRefresh done");
      },
    });
    clock += 61_000;
    const callers = Promise.all(
      [1, 2, 3].map(async (i) => (await get({ forceRefresh: false }), events.push(`caller ${i}`))),
    );
    await until(() => events.length > 0, "onRefresh being called");
    await new Promise((r) => setImmediate(r)); // a caller that did not wait would have gone on by now
    expect(events).toEqual(["onRefresh started"]);
    persist();
    await callers;
    expect(events).toEqual(["onRefresh started", "onRefresh done", "caller 1", "caller 2", "caller 3"]);
  });
});

describe("onRefresh and what is kept", () => {
  it("onRefresh receives the new tokens; the refresh token and its expiry carry over", async () => {
    const tokens = auth.issue({ scopes: ["r_ads", "rw_ads"] });
    let saved: OAuthTokens | undefined;
    const get = provider({ tokens, onRefresh: (t) => void (saved = t) });
    clock += 60 * DAY - MIN;
    const fresh = await get({ forceRefresh: false });
    expect(saved).toEqual({
      accessToken: fresh,
      expiresAt: new Date(clock + 60 * DAY),
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      scopes: ["r_ads", "rw_ads"],
    });
  });

  it("when LinkedIn sends no refresh token on refresh, the old one and its expiry are kept", async () => {
    const quiet = await startOAuthServer({
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      now,
      refreshReturnsRefreshToken: false,
    });
    try {
      const quietOAuth = new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: quiet.url, now });
      const tokens = quiet.issue();
      const saved: OAuthTokens[] = [];
      const get = refreshingToken({ oauth: quietOAuth, tokens, now, onRefresh: (t) => void saved.push(t) });
      await get({ forceRefresh: true });
      await get({ forceRefresh: true }); // the carried-over refresh token still works
      expect(saved).toHaveLength(2);
      for (const t of saved) {
        expect(t.refreshToken).toBe(tokens.refreshToken);
        expect(t.refreshTokenExpiresAt).toEqual(tokens.refreshTokenExpiresAt);
      }
    } finally {
      await quiet.close();
    }
  });

  it("an onRefresh that throws reaches the caller; the new token is still used afterwards", async () => {
    const tokens = auth.issue();
    const get = provider({
      tokens,
      onRefresh: () => {
        throw new Error("database down");
      },
    });
    clock = tokens.expiresAt.getTime() - MIN; // inside the early-refresh window: still no silent fallback
    const e = await rejection(get({ forceRefresh: false }));
    expect((e as Error).message).toBe("database down");
    const next = await get({ forceRefresh: false });
    expect(next).not.toBe(tokens.accessToken);
    expect(auth.isValidAccessToken(next)).toBe(true);
    expect(refreshRequests()).toHaveLength(1);
  });
});

describe("the member must authorize again", () => {
  it("no refresh token and an expired access token → OAuthError, no request", async () => {
    const tokens = auth.issue({ refreshTokenTtlS: 0, accessTokenTtlS: 60 });
    expect(tokens.refreshToken).toBeUndefined();
    const get = provider({ tokens });
    clock += 61_000;
    const e = (await rejection(get({ forceRefresh: false }))) as OAuthError;
    expect(e).toBeInstanceOf(OAuthError);
    expect(e.code).toBe("reauthorization_required");
    expect(e.message).toMatch(/authorize again/);
    expect(e.message).toMatch(/no refresh token/);
    const again = (await rejection(get({ forceRefresh: false }))) as OAuthError; // not stuck on the first failure
    expect(again).not.toBe(e);
    expect(again.code).toBe("reauthorization_required");
    expect(auth.requests).toHaveLength(0);
  });

  it("no refresh token: a forced refresh (after a 401) is an OAuthError too", async () => {
    const get = provider({ tokens: auth.issue({ refreshTokenTtlS: 0 }) });
    const e = (await rejection(get({ forceRefresh: true }))) as OAuthError;
    expect(e.code).toBe("reauthorization_required");
  });

  it("a refresh token past refreshTokenExpiresAt → OAuthError 'authorize again', no request", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 3600, refreshTokenTtlS: 3600 });
    const get = provider({ tokens });
    clock += 3601_000;
    const e = (await rejection(get({ forceRefresh: false }))) as OAuthError;
    expect(e.code).toBe("reauthorization_required");
    expect(e.message).toMatch(/refresh token expired at 2026-01-01T01:00:00.000Z/);
    expect(e.message).toMatch(/authorize again/);
    expect(refreshRequests()).toHaveLength(0);
    expectNoSecret(e, tokens.accessToken, tokens.refreshToken as string, SECRET);
  });

  it("LinkedIn rejecting the refresh token (revoked) → OAuthError 'authorize again'", async () => {
    const tokens = auth.issue();
    auth.revoke(tokens.refreshToken as string);
    const get = provider({ tokens });
    const e = (await rejection(get({ forceRefresh: true }))) as OAuthError;
    expect([e.code, e.error, e.status]).toEqual(["reauthorization_required", "invalid_grant", 400]);
    expect(e.message).toMatch(/authorize again/);
    expectNoSecret(e, tokens.accessToken, tokens.refreshToken as string, SECRET);
  });
});

describe("failures", () => {
  it("a failed refresh does not poison later attempts", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 60 });
    const get = provider({ tokens });
    clock += 61_000;
    auth.injectFault({ path: "/accessToken", status: 503, body: "<html>Service Unavailable</html>" });
    const e = (await rejection(get({ forceRefresh: false }))) as OAuthError;
    expect(e.code).toBe("invalid_response");
    const fresh = await get({ forceRefresh: false });
    expect(auth.isValidAccessToken(fresh)).toBe(true);
    expect(refreshRequests()).toHaveLength(2);
  });

  it("an early refresh that fails while the token is still valid returns the current token, and retries 30 s later", async () => {
    const tokens = auth.issue();
    const get = provider({ tokens });
    clock = tokens.expiresAt.getTime() - 4 * MIN;
    auth.injectFault({ path: "/accessToken", status: 503, body: { error: "temporarily_unavailable" } });
    expect(await get({ forceRefresh: false })).toBe(tokens.accessToken);
    expect(await get({ forceRefresh: false })).toBe(tokens.accessToken); // within 30 s: no new attempt
    expect(refreshRequests()).toHaveLength(1);
    clock += 31_000;
    expect(await get({ forceRefresh: false })).not.toBe(tokens.accessToken);
    expect(refreshRequests()).toHaveLength(2);
  });

  it("a forced refresh that fails is an error (the API already rejected the current token)", async () => {
    const tokens = auth.issue();
    const get = provider({ tokens });
    auth.injectFault({ path: "/accessToken", status: 500, body: { error: "server_error" } });
    const e = (await rejection(get({ forceRefresh: true }))) as OAuthError;
    expect([e.code, e.error]).toEqual(["oauth_error", "server_error"]);
  });
});

describe("options", () => {
  it("are checked at construction, without echoing tokens", () => {
    const tokens = auth.issue();
    expect(() => refreshingToken({ oauth: {} as never, tokens })).toThrow(/needs oauth/);
    expect(() => provider({ tokens, refreshBeforeMs: -1 })).toThrow(/refreshBeforeMs/);
    expect(() => provider({ tokens, onRefresh: "save" as never })).toThrow(/onRefresh/);
    expect(() => provider({ tokens: { ...tokens, expiresAt: "soon" } })).toThrow(/expiresAt/);
    expect(() => provider({ tokens: { ...tokens, accessToken: "" } })).toThrow(ConfigurationError);
    let e: unknown;
    try {
      provider({ tokens: { ...tokens, accessToken: `Bearer ${tokens.accessToken}` } });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(ConfigurationError);
    expectNoSecret(e, tokens.accessToken);
  });
});
