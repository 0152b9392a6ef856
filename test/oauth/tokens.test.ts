// LinkedInOAuth: token exchange, refresh, introspection, and every way LinkedIn's answer can go wrong.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LinkedInError } from "../../src/errors.js";
import {
  LinkedInOAuth,
  OAuthConnectionError,
  OAuthError,
  ReauthorizationRequiredError,
  type LinkedInOAuthOptions,
} from "../../src/oauth/index.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { track, until, useFakeClock } from "../support/clock.js";
import { expectNoSecret, rejection } from "../support/errors.js";

const CLIENT_ID = "86abcdefclient";
const SECRET = "SeCrEt-client-secret-0123456789";
const REDIRECT = "http://127.0.0.1:9/callback";
const T0 = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

let clock = T0;
const now = () => clock;
let auth: OAuthServer;
beforeAll(async () => {
  auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT, now });
});
afterAll(() => auth.close());
beforeEach(() => {
  clock = T0;
  auth.clearRequests();
  auth.clearFaults();
});
afterEach(() => {
  vi.useRealTimers();
});

const make = (o: Partial<LinkedInOAuthOptions> = {}) =>
  new LinkedInOAuth({
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    redirectUri: REDIRECT,
    authBaseUrl: auth.url,
    now,
    ...o,
  });

/** Runs the browser part of the flow and returns a fresh code with its state. */
async function freshCode(oauth: LinkedInOAuth, scopes = ["r_ads"]) {
  const { url, state } = oauth.authorizationUrl({ scopes });
  const res = await fetch(url, { redirect: "manual" });
  const back = new URL(res.headers.get("location") as string);
  return { code: back.searchParams.get("code") as string, state, expectedState: state };
}

describe("exchangeCode", () => {
  it("returns the tokens with expiry dates from the clock", async () => {
    const oauth = make();
    const tokens = await oauth.exchangeCode(await freshCode(oauth, ["r_ads", "rw_ads"]));
    expect(tokens.expiresAt).toEqual(new Date(T0 + 60 * DAY_MS));
    expect(tokens.refreshTokenExpiresAt).toEqual(new Date(T0 + 365 * DAY_MS));
    expect(tokens.scopes).toEqual(["r_ads", "rw_ads"]);
    expect(Object.keys(tokens).sort()).toEqual(
      ["accessToken", "expiresAt", "refreshToken", "refreshTokenExpiresAt", "scopes"].sort(),
    );
  });

  it("reads a space-separated scope as well as a comma-separated one", async () => {
    const spaced = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, scopeSeparator: " " });
    try {
      const oauth = make({ authBaseUrl: spaced.url });
      const tokens = await oauth.exchangeCode(await freshCode(oauth, ["r_ads", "rw_ads", "r_organization_social"]));
      expect(tokens.scopes).toEqual(["r_ads", "rw_ads", "r_organization_social"]);
    } finally {
      await spaced.close();
    }
  });

  it("without refresh tokens (an app that is not a Marketing partner), the fields are absent", async () => {
    const plain = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, refreshTokenTtlS: 0 });
    try {
      const oauth = make({ authBaseUrl: plain.url });
      const tokens = await oauth.exchangeCode(await freshCode(oauth));
      expect(tokens.refreshToken).toBeUndefined();
      expect("refreshTokenExpiresAt" in tokens).toBe(false);
    } finally {
      await plain.close();
    }
  });

  it("wrong client secret → OAuthError invalid_client (401) with a hint, secret not echoed", async () => {
    const good = make();
    const params = await freshCode(good);
    const e = await rejection(make({ clientSecret: "wrong-secret-abcdef" }).exchangeCode(params));
    expect(e).toBeInstanceOf(OAuthError);
    expect(e).toBeInstanceOf(LinkedInError);
    const err = e as OAuthError;
    expect([err.code, err.error, err.status]).toEqual(["oauth_error", "invalid_client", 401]);
    expect(err.message).toMatch(/clientId and clientSecret/);
    expect(err.url).toBe(`${auth.url}/accessToken`);
    expectNoSecret(err, "wrong-secret-abcdef", SECRET, params.code);
  });
});

describe("refresh", () => {
  it("mints a new access token; the refresh token keeps its first expiry", async () => {
    const oauth = make();
    const first = await oauth.exchangeCode(await freshCode(oauth));
    clock += 59 * DAY_MS;
    const next = await oauth.refresh(first.refreshToken);
    expect(next.accessToken).not.toBe(first.accessToken);
    expect(next.expiresAt).toEqual(new Date(clock + 60 * DAY_MS));
    expect(next.refreshToken).toBe(first.refreshToken);
    expect(next.refreshTokenExpiresAt).toEqual(first.refreshTokenExpiresAt); // 306 days left, not 365
    const sent = auth.requests.at(-1);
    expect(sent?.form).toEqual({
      grant_type: "refresh_token",
      refresh_token: first.refreshToken,
      client_id: CLIENT_ID,
      client_secret: "[REDACTED]",
    });
  });

  it("no refresh token → 'reauthorization_required' before any request", async () => {
    const e = await rejection(make().refresh(undefined));
    expect((e as OAuthError).code).toBe("reauthorization_required");
    expect(e).toBeInstanceOf(ReauthorizationRequiredError);
    expect((e as OAuthError).reauthorizationRequired).toBe(true);
    expect((e as Error).message).toMatch(/authorize again/);
    expect(auth.requests).toHaveLength(0);
  });

  it("an expired, revoked or unknown refresh token → 'reauthorization_required', saying to authorize again", async () => {
    const expired = auth.issue({ refreshTokenTtlS: 10 });
    const revoked = auth.issue();
    auth.revoke(revoked.refreshToken as string);
    clock += 11_000;
    const cases = [
      [expired.refreshToken, "invalid_grant"],
      [revoked.refreshToken, "invalid_grant"],
      ["AQX-never-issued-0123456789", "invalid_request"],
    ] as const;
    for (const [refreshToken, error] of cases) {
      const e = await rejection(make().refresh(refreshToken));
      expect(e).toBeInstanceOf(OAuthError);
      const err = e as OAuthError;
      expect([err.code, err.error, err.status]).toEqual(["reauthorization_required", error, 400]);
      expect(err.message).toMatch(/must authorize again/);
      expectNoSecret(err, refreshToken as string, SECRET);
    }
  });
});

describe("introspect", () => {
  it("reports an active token with its scopes, dates and auth type", async () => {
    const tokens = auth.issue({ scopes: ["r_ads", "rw_ads"] });
    clock += 1000;
    const info = await make().introspect(tokens.accessToken);
    expect(info).toEqual({
      active: true,
      status: "active",
      scopes: ["r_ads", "rw_ads"],
      expiresAt: new Date(T0 + 60 * DAY_MS),
      authType: "3L",
      clientId: CLIENT_ID,
      authorizedAt: new Date(T0),
      createdAt: new Date(T0),
    });
    expect(auth.requests.at(-1)?.form).toEqual({
      client_id: CLIENT_ID,
      client_secret: "[REDACTED]",
      token: tokens.accessToken,
    });
  });

  it("reports revoked and expired tokens as inactive", async () => {
    const revoked = auth.issue();
    auth.revoke(revoked.accessToken);
    const expiring = auth.issue({ accessTokenTtlS: 5 });
    clock += 6000;
    expect(await make().introspect(revoked.accessToken)).toMatchObject({ active: false, status: "revoked" });
    expect(await make().introspect(expiring.accessToken)).toMatchObject({ active: false, status: "expired" });
  });

  it("no token → 'missing_token' before any request", async () => {
    const e = await rejection(make().introspect(""));
    expect((e as OAuthError).code).toBe("missing_token");
    expect(auth.requests).toHaveLength(0);
  });
});

describe("LinkedIn's error answers", () => {
  const cases = [
    { status: 400, error: "invalid_request", description: 'A required parameter "refresh_token" is missing' },
    { status: 401, error: "invalid_client", description: "Client authentication failed" },
    { status: 403, error: "unauthorized_client", description: "The client is not authorized" },
    { status: 429, error: "temporarily_unavailable", description: "Too many requests" },
    { status: 500, error: "server_error", description: "Internal error" },
    { status: 200, error: "invalid_scope", description: "odd, but LinkedIn said so" },
  ];
  for (const { status, error, description } of cases) {
    it(`${status} {error: ${error}} → OAuthError with error, description and status`, async () => {
      auth.injectFault({ path: "/introspectToken", status, body: { error, error_description: description } });
      const e = await rejection(make().introspect("AQV-some-token-0123456789"));
      expect(e).toBeInstanceOf(OAuthError);
      const err = e as OAuthError;
      expect([err.code, err.error, err.description, err.status]).toEqual(["oauth_error", error, description, status]);
      expect(err.message).toContain(`→ ${status} ${error}: ${description}`);
      expect(JSON.parse(JSON.stringify(err))).toMatchObject({ name: "OAuthError", code: "oauth_error", error, status });
    });
  }

  it("secrets echoed in error_description are scrubbed", async () => {
    const refreshToken = auth.issue().refreshToken as string;
    auth.injectFault({
      path: "/accessToken",
      status: 400,
      body: {
        error: "invalid_request",
        error_description: `bad client_secret=${SECRET} for refresh token ${refreshToken}; "access_token":"AQV-leaked-elsewhere-99"`,
      },
    });
    const e = await rejection(make().refresh(refreshToken));
    const err = e as OAuthError;
    expect(err.description).toContain("[REDACTED]");
    expectNoSecret(err, SECRET, refreshToken, "AQV-leaked-elsewhere-99");
  });

  it("a non-JSON answer (a gateway's HTML page) → 'invalid_response' naming status, content-type and a snippet", async () => {
    auth.injectFault({
      path: "/accessToken",
      status: 502,
      body: "<html><head><title>502 Bad Gateway</title></head><body>upstream error</body></html>",
    });
    const oauth = make();
    const params = await freshCode(oauth);
    const e = await rejection(oauth.exchangeCode(params));
    const err = e as OAuthError;
    expect(err).toBeInstanceOf(OAuthError);
    expect(err.code).toBe("invalid_response");
    expect(err.status).toBe(502);
    expect(err.message).toContain("→ 502");
    expect(err.message).toContain("text/html");
    expect(err.message).toContain("502 Bad Gateway");
    expectNoSecret(err, SECRET, params.code);
  });

  it("an empty 200, or a 200 without access_token, → 'invalid_response'", async () => {
    auth.injectFault({ path: "/accessToken", status: 200, body: "", headers: { "content-type": "application/json" } });
    const token = auth.issue().refreshToken as string;
    const e1 = (await rejection(make().refresh(token))) as OAuthError;
    expect([e1.code, e1.status]).toEqual(["invalid_response", 200]);
    expect(e1.message).toMatch(/empty body/);
    auth.injectFault({ path: "/accessToken", status: 200, body: { token_type: "Bearer", expires_in: 100 } });
    const e2 = (await rejection(make().refresh(token))) as OAuthError;
    expect(e2.code).toBe("invalid_response");
    expect(e2.message).toMatch(/no access_token.*token_type, expires_in/);
  });

  it("a 500 in LinkedIn's generic {status, message} shape → 'invalid_response' quoting the message", async () => {
    auth.injectFault({ path: "/accessToken", status: 500, body: { status: 500, message: "Internal Server Error" } });
    const e = (await rejection(make().refresh(auth.issue().refreshToken))) as OAuthError;
    expect([e.code, e.status]).toEqual(["invalid_response", 500]);
    expect(e.message).toContain("Internal Server Error");
  });
});

describe("the fake's own checks", () => {
  it("wants a form POST with a known grant type", async () => {
    const json = await fetch(`${auth.url}/accessToken`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "refresh_token" }),
    });
    expect([json.status, (await json.json()).error]).toEqual([400, "invalid_request"]);
    const get = await fetch(`${auth.url}/accessToken`);
    expect(get.status).toBe(405);
    const form = new URLSearchParams({ grant_type: "password", client_id: CLIENT_ID, client_secret: SECRET });
    const unsupported = await fetch(`${auth.url}/accessToken`, { method: "POST", body: form });
    expect([unsupported.status, (await unsupported.json()).error]).toEqual([400, "unsupported_grant_type"]);
    expect(JSON.stringify(auth.requests)).not.toContain(SECRET);
  });

  it("introspection checks the client too", async () => {
    const e = (await rejection(make({ clientSecret: "not-the-secret" }).introspect("AQV-x-123456"))) as OAuthError;
    expect([e.code, e.error, e.status]).toEqual(["oauth_error", "invalid_client", 401]);
  });
});

describe("no answer", () => {
  it("connection refused → 'connection_failed' with the runtime's error as cause", async () => {
    const closed = await new Promise<Server>((resolve) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => resolve(s));
    });
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const token = "AQX-refresh-token-for-network-test";
    const e = (await rejection(
      make({ authBaseUrl: `http://127.0.0.1:${port}/oauth/v2` }).refresh(token),
    )) as OAuthError;
    expect(e).toBeInstanceOf(OAuthError);
    expect(e.code).toBe("connection_failed");
    expect(e).toBeInstanceOf(OAuthConnectionError);
    expect(e.cause).toBeInstanceOf(Error);
    expect(e.message).toMatch(/connection failed/);
    expectNoSecret(e, token, SECRET);
  });

  it("a reset connection → 'connection_failed'", async () => {
    auth.injectFault({ path: "/accessToken", reset: true });
    const e = (await rejection(make().refresh(auth.issue().refreshToken))) as OAuthError;
    expect(e.code).toBe("connection_failed");
  });

  it("no answer within timeoutMs → 'timeout' (option per client and per call)", async () => {
    useFakeClock();
    auth.injectFault({ path: "/introspectToken", hang: true, times: 2 });
    const calls = [
      [100, () => make({ timeoutMs: 100 }).introspect("AQV-token-123456")],
      [80, () => make().introspect("AQV-token-123456", { timeoutMs: 80 })],
    ] as const;
    for (const [timeoutMs, introspect] of calls) {
      const call = track(introspect());
      await vi.advanceTimersByTimeAsync(timeoutMs - 1);
      expect(call.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1); // the deadline, on the fake clock
      expect(call.settled).toBe(true);
      const e = call.error as OAuthError;
      expect(e.code).toBe("timeout");
      expect(e).toBeInstanceOf(OAuthConnectionError);
      expect(e.message).toMatch(new RegExp(`${timeoutMs} ms`));
    }
  });

  it("the caller's abort passes through as the abort it is", async () => {
    auth.injectFault({ path: "/introspectToken", hang: true });
    const controller = new AbortController();
    const p = make().introspect("AQV-token-123456", { signal: controller.signal });
    await until(() => auth.requests.length === 1, "the request reaching the server");
    controller.abort();
    const e = await rejection(p);
    expect(e).not.toBeInstanceOf(OAuthError);
    expect((e as Error).name).toBe("AbortError");
  });
});
