// Issue 15, item 13 (OAuth): an `expires_in` of 1e300 made an Invalid Date expiresAt, after which
// refreshingToken refreshed on every request. It is an OAuthError now; a date field that cannot be a date is
// left out of an introspection.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LinkedInOAuth, OAuthError, refreshingToken } from "../../src/index.js";
import { MAX_EXPIRES_IN_SECONDS } from "../../src/oauth/linkedin-oauth.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { expectNoSecret, rejection } from "../support/errors.js";

const CLIENT_ID = "86expiryclient";
const SECRET = "SeCrEt-expiry-client-0123456789";
let auth: OAuthServer;
beforeAll(async () => {
  auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET });
});
afterAll(() => auth.close());
beforeEach(() => {
  auth.clearFaults();
  auth.clearRequests();
});
const oauth = () => new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: auth.url });
const answer = (expires_in: unknown) => ({ access_token: "AQV-new-access-token-0123456789", expires_in });

describe("expires_in", () => {
  for (const huge of [1e300, "1" + "0".repeat(300), MAX_EXPIRES_IN_SECONDS + 1, Number.MAX_VALUE]) {
    it(`${String(huge).slice(0, 12)}… → OAuthError 'invalid_response' naming expires_in and the limit`, async () => {
      auth.injectFault({ path: "/accessToken", status: 200, body: answer(huge) });
      const refreshToken = auth.issue().refreshToken as string;
      const e = (await rejection(oauth().refresh(refreshToken))) as OAuthError;
      expect(e).toBeInstanceOf(OAuthError);
      expect(e.code).toBe("invalid_response");
      expect(e.message).toMatch(/expires_in/);
      expect(e.message).toContain(String(MAX_EXPIRES_IN_SECONDS));
      expectNoSecret(e, SECRET, refreshToken, "AQV-new-access-token-0123456789");
    });
  }

  it("the longest accepted lifetime gives a valid date", async () => {
    auth.injectFault({ path: "/accessToken", status: 200, body: answer(MAX_EXPIRES_IN_SECONDS) });
    const tokens = await oauth().refresh(auth.issue().refreshToken);
    expect(Number.isNaN(tokens.expiresAt.getTime())).toBe(false);
  });

  it("an implausible refresh_token_expires_in is left out, like any other unusable value of it", async () => {
    auth.injectFault({
      path: "/accessToken",
      status: 200,
      body: { ...answer(3600), refresh_token: "AQX-new-refresh-0123456789", refresh_token_expires_in: 1e300 },
    });
    const tokens = await oauth().refresh(auth.issue().refreshToken);
    expect(tokens.refreshToken).toBe("AQX-new-refresh-0123456789");
    expect("refreshTokenExpiresAt" in tokens).toBe(false);
  });

  it("refreshingToken does not refresh on every request after such an answer", async () => {
    const issued = auth.issue({ accessTokenTtlS: 60 }); // within refreshBeforeMs: the first call refreshes
    auth.injectFault({ path: "/accessToken", status: 200, body: answer(1e300), times: Infinity });
    const provider = refreshingToken({ oauth: oauth(), tokens: issued });
    for (let i = 0; i < 5; i++) expect(await provider({ forceRefresh: false })).toBe(issued.accessToken);
    expect(auth.requests.filter((r) => r.path === "/accessToken")).toHaveLength(1);
  });
});

describe("introspection dates", () => {
  it("a date field that cannot be a date (1e300) is undefined, not an Invalid Date", async () => {
    auth.injectFault({
      path: "/introspectToken",
      status: 200,
      body: { active: true, expires_at: 1e300, created_at: 1e300, authorized_at: 1_700_000_000 },
    });
    const info = await oauth().introspect("AQV-some-token-123456");
    expect(info.expiresAt).toBeUndefined();
    expect(info.createdAt).toBeUndefined();
    expect(info.authorizedAt).toEqual(new Date(1_700_000_000_000));
  });
});
