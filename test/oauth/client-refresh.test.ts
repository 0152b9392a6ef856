// refreshingToken inside createLinkedInClient: 401 → forced refresh → retry, over real HTTP on loopback.
// The API side is a tiny node:http stub that accepts exactly the access tokens the OAuth fake considers
// valid right now (issued, not expired, not revoked); one test uses the embedded test server instead.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthenticationError, createLinkedInClient } from "../../src/index.js";
import { LinkedInOAuth, OAuthError, refreshingToken, type OAuthTokens } from "../../src/oauth/index.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { startTestServer } from "../../src/testing/index.js";
import { until } from "../support/clock.js";
import { expectNoSecret, rejection } from "../support/errors.js";

const CLIENT_ID = "86abcdefclient";
const SECRET = "SeCrEt-client-secret-0123456789";
const T0 = Date.UTC(2026, 0, 1);

let clock = T0;
const now = () => clock;
let auth: OAuthServer;
let oauth: LinkedInOAuth;

/** What the API stub saw: the status it answered, and whether the token was one the fake issued. */
let apiLog: { status: number; token: string }[] = [];
/** When true, the stub rejects every token (a member whose access LinkedIn withdrew). */
let rejectAll = false;
/** When true, every 401 but the first is held back until the test releases it (so they arrive after a refresh). */
let hold401s = false;
let held: (() => void)[] = [];
let api: Server;
let apiUrl: string;

beforeAll(async () => {
  auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, now });
  oauth = new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: auth.url, now });
  api = createServer((req, res) => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const ok = !rejectAll && auth.isValidAccessToken(token);
    const status = ok ? 200 : 401;
    apiLog.push({ status, token });
    if (hold401s && status === 401 && apiLog.some((r, i) => r.status === 401 && i < apiLog.length - 1)) {
      held.push(() => respond(status, res));
    } else respond(status, res);
  });
  const respond = (status: number, res: ServerResponse) => {
    const ok = status === 200;
    res.writeHead(status, { "content-type": "application/json", "x-li-uuid": `req-${apiLog.length}` });
    res.end(
      JSON.stringify(
        ok
          ? {
              elements: [
                {
                  facetName: "locations",
                  urn: "urn:li:adTargetingFacet:locations",
                  entityTypes: ["GEO"],
                  availableEntityFinders: ["TYPEAHEAD"],
                },
              ],
            }
          : { status: 401, serviceErrorCode: 65600, code: "INVALID_ACCESS_TOKEN", message: "Invalid access token" },
      ),
    );
  };
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/rest`;
});
afterAll(async () => {
  api.closeAllConnections();
  await new Promise((r) => api.close(r));
  await auth.close();
});
beforeEach(() => {
  clock = T0;
  apiLog = [];
  rejectAll = false;
  hold401s = false;
  held = [];
  auth.clearRequests();
  auth.clearFaults();
});

const refreshRequests = () => auth.requests.filter((r) => r.form.grant_type === "refresh_token");

function client(tokens: OAuthTokens, saved: OAuthTokens[] = []) {
  return createLinkedInClient({
    baseUrl: apiUrl,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    getAccessToken: refreshingToken({ oauth, tokens, now, onRefresh: (t) => void saved.push(t) }),
  });
}

describe("createLinkedInClient({ getAccessToken: refreshingToken(…) })", () => {
  it("a token valid by the clock but rejected (401) → forced refresh → the request succeeds with the new token", async () => {
    const tokens = auth.issue();
    auth.revoke(tokens.accessToken); // LinkedIn no longer accepts it, though it has 60 days left
    const saved: OAuthTokens[] = [];
    const facets = await client(tokens, saved).facets.list();
    expect(facets.map((f) => f.facetName)).toEqual(["locations"]);
    expect(apiLog.map((r) => r.status)).toEqual([401, 200]);
    expect(refreshRequests()).toHaveLength(1);
    expect(saved).toHaveLength(1);
    expect(apiLog[1]?.token).toBe(saved[0]?.accessToken);
  });

  it("401 again with the refreshed token → AuthenticationError, one refresh, no secret in the error", async () => {
    const tokens = auth.issue();
    rejectAll = true;
    const saved: OAuthTokens[] = [];
    const e = await rejection(client(tokens, saved).facets.list());
    expect(e).toBeInstanceOf(AuthenticationError);
    expect((e as AuthenticationError).status).toBe(401);
    expect(apiLog.map((r) => r.status)).toEqual([401, 401]);
    expect(refreshRequests()).toHaveLength(1);
    expectNoSecret(e, SECRET, tokens.accessToken, tokens.refreshToken as string, saved[0]?.accessToken as string);
  });

  it("10 concurrent requests all answered 401 → one refresh, every request retried with the new token", async () => {
    const tokens = auth.issue();
    auth.revoke(tokens.accessToken);
    hold401s = true; // the first 401 is answered at once; the nine others only after the refresh has finished
    const saved: OAuthTokens[] = [];
    const li = client(tokens, saved);
    const calls = Promise.all(Array.from({ length: 10 }, () => li.facets.list()));
    await until(() => held.length === 9 && saved.length === 1, "nine 401s held and the refresh finished");
    for (const answer of held) answer();
    await calls;
    expect(refreshRequests()).toHaveLength(1);
    expect(apiLog.filter((r) => r.status === 401)).toHaveLength(10);
    expect(apiLog.filter((r) => r.status === 200)).toHaveLength(10);
  });

  it("an expired token is refreshed before the request: no 401 at all", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 60 });
    clock += 61_000;
    await client(tokens).facets.list();
    expect(apiLog.map((r) => r.status)).toEqual([200]);
    expect(refreshRequests()).toHaveLength(1);
  });

  it("20 concurrent requests with an expired token → one refresh request", async () => {
    const tokens = auth.issue({ accessTokenTtlS: 60 });
    clock += 61_000;
    const li = client(tokens);
    await Promise.all(Array.from({ length: 20 }, () => li.facets.list()));
    expect(apiLog).toHaveLength(20);
    expect(apiLog.every((r) => r.status === 200)).toBe(true);
    expect(new Set(apiLog.map((r) => r.token)).size).toBe(1);
    expect(refreshRequests()).toHaveLength(1);
  });

  it("401 and a refresh token LinkedIn rejects → the OAuthError 'authorize again' reaches the caller", async () => {
    const tokens = auth.issue();
    auth.revoke(tokens.refreshToken as string); // revokes the access token minted with it too
    const e = await rejection(client(tokens).facets.list());
    expect(e).toBeInstanceOf(OAuthError);
    expect((e as OAuthError).code).toBe("reauthorization_required");
    expect((e as Error).message).toMatch(/authorize again/);
    expect(apiLog.map((r) => r.status)).toEqual([401]);
    expectNoSecret(e, SECRET, tokens.accessToken, tokens.refreshToken as string);
  });

  it("works against the embedded test server too (tokens known in advance via accessTokenFactory)", async () => {
    const names = ["AQV-stale-0001", "AQV-fresh-0002"];
    const fixed = await startOAuthServer({
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      now,
      accessTokenFactory: () => names.shift() as string,
    });
    const server = await startTestServer({ port: 0, accessTokens: ["AQV-fresh-0002"] });
    try {
      const fixedOAuth = new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: fixed.url, now });
      const tokens = fixed.issue(); // "AQV-stale-0001": the API server does not accept it
      const li = createLinkedInClient({
        baseUrl: server.url,
        getAccessToken: refreshingToken({ oauth: fixedOAuth, tokens, now }),
      });
      const facets = await li.facets.list();
      expect(facets.length).toBeGreaterThan(0);
      expect(server.requests.map((r) => r.status)).toEqual([401, 200]);
      expect(fixed.requests.filter((r) => r.form.grant_type === "refresh_token")).toHaveLength(1);
    } finally {
      await server.close();
      await fixed.close();
    }
  });
});
