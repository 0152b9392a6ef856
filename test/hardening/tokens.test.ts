// Issue 15, item 12: tokens must be header-safe, checked at the door without echoing them; OAuth answers
// whose keys are secrets are not listed verbatim; OAuth tokens LinkedIn returns are checked the same way.
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createLinkedInClient,
  LinkedInOAuth,
  OAuthError,
  refreshingToken,
} from "../../src/index.js";
import { isHeaderSafeToken } from "../../src/internal/headers.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { expectNoSecret, rejection, thrown } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const BASE = "AQVheaderSafeToken0123456789abcdef";
/** Tokens a header cannot carry: control characters, non-ASCII, whitespace (CR/LF would split the header). */
const UNSAFE = [
  `${BASE}\u0000x`,
  `${BASE}\u0001`,
  `${BASE}\u007f`,
  `${BASE}é`,
  `${BASE}\u2028`,
  `${BASE}\r\nX-Evil: 1`,
  `${BASE} x`,
  `${BASE}\t`,
  `${BASE}😀`,
];

let api: LocalServer;
beforeAll(async () => {
  api = await httpServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"elements":[]}');
  });
});
afterAll(() => api.close());

describe("accessToken", () => {
  it("a token with a character a header cannot carry → ConfigurationError at construction, token not echoed", () => {
    for (const token of UNSAFE) {
      const e = thrown(() => createLinkedInClient({ accessToken: token, baseUrl: api.url }));
      expect(e, JSON.stringify(token)).toBeInstanceOf(ConfigurationError);
      expect((e as Error).message).toMatch(/accessToken contains .* not allowed in an HTTP header/);
      expectNoSecret(e, token, BASE);
    }
  });

  it("a token of visible ASCII characters (b64token and more) is accepted", async () => {
    for (const token of [BASE, "AQV-x_y.z~+/==", "a!#$%&'*^`|\"\\"]) {
      const li = createLinkedInClient({ accessToken: token, baseUrl: api.url, maxRetries: 0 });
      expect(await li.facets.list()).toEqual([]);
    }
  });
});

describe("getAccessToken", () => {
  it("a provider's unsafe token → ConfigurationError at call time, nothing sent, token nowhere (cause included)", async () => {
    for (const token of UNSAFE) {
      const before = api.hits;
      const li = createLinkedInClient({ getAccessToken: () => token, baseUrl: api.url, maxRetries: 0 });
      const e = await rejection(li.facets.list());
      expect(e, JSON.stringify(token)).toBeInstanceOf(ConfigurationError);
      expect((e as Error).message).toMatch(/getAccessToken contains .* not allowed in an HTTP header/);
      expect(api.hits).toBe(before);
      expectNoSecret(e, token, BASE);
    }
  });
});

describe("refreshingToken", () => {
  it("stored tokens with an unsafe access token → ConfigurationError, not echoed", () => {
    const oauth = new LinkedInOAuth({ clientId: "86tokclient", clientSecret: "tok-secret-0123456789" });
    for (const accessToken of UNSAFE) {
      const e = thrown(() => refreshingToken({ oauth, tokens: { accessToken, expiresAt: Date.now() + 1e6 } }));
      expect(e).toBeInstanceOf(ConfigurationError);
      expectNoSecret(e, accessToken, BASE);
    }
  });
});

describe("LinkedInOAuth answers", () => {
  const CLIENT_ID = "86tokenanswers";
  const SECRET = "SeCrEt-token-answers-0123456789";
  let auth: OAuthServer;
  beforeAll(async () => {
    auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET });
  });
  afterAll(() => auth.close());
  afterEach(() => auth.clearFaults());
  const oauth = () => new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, authBaseUrl: auth.url });

  it("an access_token a header cannot carry → OAuthError 'invalid_response', not echoed", async () => {
    for (const accessToken of UNSAFE) {
      auth.injectFault({ path: "/accessToken", status: 200, body: { access_token: accessToken, expires_in: 3600 } });
      const e = (await rejection(oauth().refresh(auth.issue().refreshToken))) as OAuthError;
      expect(e, JSON.stringify(accessToken)).toBeInstanceOf(OAuthError);
      expect(e.code).toBe("invalid_response");
      expect(e.message).toMatch(/access_token/);
      expectNoSecret(e, accessToken, BASE);
    }
  });

  it("keys that are secrets are not listed ('fields: …' names only known OAuth fields, counts the rest)", async () => {
    const refreshToken = auth.issue().refreshToken as string;
    const unknownToken = "AQVnew-token-LinkedIn-just-minted-0123456789";
    auth.injectFault({
      path: "/accessToken",
      status: 200,
      body: { [unknownToken]: "x", [SECRET]: 1, [refreshToken]: 2, token_type: "Bearer", expires_in: 100 },
    });
    const e = (await rejection(oauth().refresh(refreshToken))) as OAuthError;
    expect(e.code).toBe("invalid_response");
    expect(e.message).toMatch(/no access_token \(fields: token_type, expires_in and 3 others\)/);
    expectNoSecret(e, unknownToken, SECRET, refreshToken);
  });
});

describe("isHeaderSafeToken (property)", () => {
  it("true exactly for non-empty visible ASCII; what it accepts, a header carries unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 0, maxLength: 40 }), (s) => {
        const safe = isHeaderSafeToken(s);
        expect(safe).toBe(s.length > 0 && [...s].every((c) => c >= "\u0021" && c <= "\u007e"));
        if (safe) expect(new Headers({ authorization: `Bearer ${s}` }).get("authorization")).toBe(`Bearer ${s}`);
      }),
      { numRuns: 2_000 },
    );
  });
});
