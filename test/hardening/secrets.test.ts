// Issue 15, items 5, 6 and 12 (keys): every string an error carries passes the redactor, and text is redacted
// before it is cut, so a secret straddling the cut cannot leave its first characters behind.
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createLinkedInClient,
  InvalidResponseError,
  LinkedInApiError,
  LinkedInOAuth,
  OAuthError,
  ServerError,
} from "../../src/index.js";
import { redact, redactAndCut } from "../../src/internal/redact.js";
import { startOAuthServer, type OAuthServer } from "../../src/testing/oauth.js";
import { expectNoSecret, expectNoSecretIn, LEAK_PREFIX, rejection } from "../support/errors.js";
import { httpServer, type LocalServer, rawServer } from "../support/servers.js";

const TOKEN = "AQVx7Zq-member-token_0123456789abcdefghijklmnop";
/** 12 characters of the token before the cut: more than the 8 that count as a leak. */
const SHOWN = 12;

/** `filler` characters, then the token starting so that `SHOWN` of its characters fall before `cut`. */
const straddling = (cut: number, filler = "x") => `${filler.repeat(cut - SHOWN)}${TOKEN}${"y".repeat(50)}`;

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(
  status: number,
  body: string,
  headers: Record<string, string> = { "content-type": "text/plain" },
): Promise<LocalServer> {
  const s = await httpServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  servers.push(s);
  return s;
}

const client = (baseUrl: string) => createLinkedInClient({ accessToken: TOKEN, baseUrl, maxRetries: 0 });

describe("redaction before truncation (item 5)", () => {
  it("a non-JSON error body: the token straddling the 200-character snippet cut leaks nowhere", async () => {
    const s = await serve(400, straddling(200));
    const e = await rejection(client(s.url).facets.list());
    expect(e).toBeInstanceOf(LinkedInApiError);
    expect((e as Error).message).toContain("text/plain body");
    expectNoSecret(e, TOKEN);
  });

  it("a non-JSON error body: the token straddling the 500-character cut of err.body leaks nowhere", async () => {
    const s = await serve(400, straddling(500));
    const e = (await rejection(client(s.url).facets.list())) as LinkedInApiError;
    expect(typeof e.body).toBe("string");
    expect((e.body as string).length).toBeLessThanOrEqual(510);
    expectNoSecret(e, TOKEN);
  });

  it("a non-JSON 2xx body (InvalidResponseError): the token straddling the 120-character cut leaks nowhere", async () => {
    const s = await serve(200, straddling(120), { "content-type": "text/html" });
    const e = await rejection(client(s.url).facets.list());
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect((e as Error).message).toContain("expected a JSON body");
    expectNoSecret(e, TOKEN);
  });

  it("whitespace is folded before the cut, and the token still cannot straddle it", async () => {
    // Folded, "<html> <body>" + 175 characters put the token's first 12 characters before the 200-character cut.
    const s = await serve(502, `<html>\n\n  <body>${"z ".repeat(87)}z${TOKEN}</body>\n</html>`);
    const e = await rejection(client(s.url).facets.list());
    expect(e).toBeInstanceOf(ServerError);
    expectNoSecret(e, TOKEN);
  });
});

describe("OAuth HTML error pages (item 5)", () => {
  const CLIENT_ID = "86hardeningclient";
  const SECRET = "SeCrEt-hardening-client-secret-0123456789";
  const REDIRECT = "http://127.0.0.1:9/callback";
  let auth: OAuthServer;
  beforeAll(async () => {
    auth = await startOAuthServer({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT });
  });
  afterAll(() => auth.close());
  const oauth = () =>
    new LinkedInOAuth({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT, authBaseUrl: auth.url });
  /** An HTML page echoing `secret` so that 12 of its characters fall before the 160-character snippet cut. */
  const page = (secret: string) => `<html><body>${"e".repeat(160 - 12 - "<html><body>".length)}${secret}</body></html>`;

  it("exchangeCode: neither the client secret nor the code survives the cut", async () => {
    for (const which of ["secret", "code"] as const) {
      const o = oauth();
      const { url, state } = o.authorizationUrl({ scopes: ["r_ads"] });
      const back = new URL((await fetch(url, { redirect: "manual" })).headers.get("location") as string);
      const code = back.searchParams.get("code") as string;
      auth.injectFault({ path: "/accessToken", status: 502, body: page(which === "secret" ? SECRET : code) });
      const e = await rejection(o.exchangeCode({ code, state, expectedState: state }));
      expect(e).toBeInstanceOf(OAuthError);
      expect((e as OAuthError).code).toBe("invalid_response");
      expectNoSecret(e, SECRET, code);
    }
  });

  it("refresh: the refresh token does not survive the cut", async () => {
    const refreshToken = auth.issue().refreshToken as string;
    auth.injectFault({ path: "/accessToken", status: 503, body: page(refreshToken) });
    const e = await rejection(oauth().refresh(refreshToken));
    expect((e as OAuthError).code).toBe("invalid_response");
    expectNoSecret(e, SECRET, refreshToken);
  });
});

describe("headers and the status line (item 6)", () => {
  it("a token echoed in x-li-uuid reaches neither message nor requestId", async () => {
    const s = await serve(500, JSON.stringify({ status: 500, message: "boom" }), {
      "content-type": "application/json",
      "x-li-uuid": `id-${TOKEN}`,
    });
    const e = (await rejection(client(s.url).facets.list())) as ServerError;
    expect(e).toBeInstanceOf(ServerError);
    expect(e.requestId).toContain("[REDACTED]");
    expectNoSecret(e, TOKEN);
  });

  it("a token echoed in x-li-uuid or content-type of a non-JSON 2xx reaches no field of InvalidResponseError", async () => {
    const s = await serve(200, "<html>oops</html>", {
      "content-type": `text/html; x=${TOKEN}`,
      "x-li-uuid": TOKEN,
    });
    const e = (await rejection(client(s.url).facets.list())) as InvalidResponseError;
    expect(e).toBeInstanceOf(InvalidResponseError);
    expectNoSecret(e, TOKEN);
  });

  it("a token echoed in the reason phrase (500 Bad <token>, raw socket) does not reach the message", async () => {
    const s = await rawServer(
      `HTTP/1.1 500 Bad ${TOKEN}\r\ncontent-type: text/plain\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
    );
    servers.push(s);
    const e = await rejection(client(s.url).facets.list());
    expect(e).toBeInstanceOf(ServerError);
    expect((e as Error).message).toContain("Bad [REDACTED]");
    expectNoSecret(e, TOKEN);
  });
});

describe("JSON keys (item 12)", () => {
  it("a token used as a key of a JSON error body is redacted from err.body", async () => {
    const s = await serve(400, JSON.stringify({ status: 400, message: "bad", details: { [TOKEN]: "x" } }), {
      "content-type": "application/json",
    });
    const e = (await rejection(client(s.url).facets.list())) as LinkedInApiError;
    expect(JSON.stringify(e.body)).toContain("[REDACTED]");
    expectNoSecret(e, TOKEN);
  });
});

describe("the redactor (properties)", () => {
  const secretChars = fc.constantFrom(
    ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/=".split(""),
  );
  const secret = fc
    .string({ unit: secretChars, minLength: LEAK_PREFIX, maxLength: 60 })
    // A secret whose first characters appear in the replacement marker itself cannot be told apart from it.
    .filter((s) => !"[REDACTED]…".includes(s.slice(0, LEAK_PREFIX)));
  const text = fc.string({ maxLength: 80 });

  it("no 8+ character prefix of a secret survives redactAndCut, wherever the cut falls", () => {
    fc.assert(
      fc.property(
        fc.array(secret, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(text, fc.nat({ max: 2 }), fc.nat({ max: 100 })), { minLength: 1, maxLength: 6 }),
        fc.nat({ max: 400 }),
        (secrets, parts, cut) => {
          // Text made of random pieces, each followed by a secret (whole or its first characters).
          const input = parts
            .map(([t, which, keep]) => {
              const s = secrets[which % secrets.length]!;
              return t + s.slice(0, Math.max(LEAK_PREFIX, Math.min(s.length, keep)));
            })
            .join("");
          const out = redactAndCut(input, secrets, cut);
          expect(out.length).toBeLessThanOrEqual(cut + 1); // the cut, plus an ellipsis
          for (const s of secrets) expectNoSecretIn(out, s);
          for (const s of secrets) expectNoSecretIn(redact(input, secrets), s);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("text without secrets comes back as it was (cut where asked, with an ellipsis)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat({ max: 400 }), (t, cut) => {
        const out = redactAndCut(t, ["ZZZZ-secret-not-in-text"], cut);
        if (t.includes("ZZZZ-sec")) return;
        expect(out).toBe(t.length <= cut ? t : `${t.slice(0, cut)}…`);
      }),
    );
  });
});

describe("causes (item 12)", () => {
  it("a runtime error that quotes the token is kept as a redacted copy, not as it was", async () => {
    const closed = await httpServer(() => undefined);
    await closed.close(); // nothing listens there any more: a real connection failure
    const li = createLinkedInClient({
      accessToken: TOKEN,
      baseUrl: closed.url,
      maxRetries: 0,
      // Wraps the real fetch, as an instrumented fetch would, quoting the request's authorization in its error.
      fetch: async (request) => {
        try {
          return await fetch(request);
        } catch (error) {
          throw new TypeError(`fetch failed for ${request.headers.get("authorization")}`, { cause: error });
        }
      },
    });
    const e = (await rejection(li.facets.list())) as Error & { cause?: Error & { cause?: unknown } };
    expect(e.name).toBe("ConnectionError");
    expect(e.cause?.name).toBe("TypeError");
    expect(e.cause?.message).toContain("[REDACTED]");
    expect(e.cause?.cause).toBeInstanceOf(Error); // the chain is kept, each link scrubbed
    expectNoSecret(e, TOKEN);
  });

  it("OAuth: a connection failure quoting the form (client secret, refresh token) keeps a scrubbed cause", async () => {
    const closed = await httpServer(() => undefined);
    await closed.close();
    const secret = "SeCrEt-cause-client-secret-0123456789";
    const refreshToken = "AQX-refresh-token-cause-0123456789";
    const oauth = new LinkedInOAuth({
      clientId: "86causeclient",
      clientSecret: secret,
      authBaseUrl: `${closed.origin}/oauth/v2`,
      fetch: async (request) => {
        const form = await request.clone().text();
        try {
          return await fetch(request);
        } catch (error) {
          throw new Error(`POST failed with ${decodeURIComponent(form)}`, { cause: error });
        }
      },
    });
    const e = (await rejection(oauth.refresh(refreshToken))) as OAuthError;
    expect(e.code).toBe("connection_failed");
    expect((e.cause as Error).message).toContain("[REDACTED]");
    expectNoSecret(e, secret, refreshToken);
  });
});
