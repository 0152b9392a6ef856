// Issue 15, item 13: options are checked at the door — ConfigurationError before any request, naming the
// option and never echoing a header value or a URL's credentials.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, createLinkedInClient, LinkedInOAuth, paginate, RestliError } from "../../src/index.js";
import { checkHeaders } from "../../src/internal/headers.js";
import { expectNoSecret, rejection, thrown } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const TOKEN = "AQV-options-token-0123456789";
const HIDDEN = "Hidden-value-0123456789-secretish";

let server: LocalServer;
const seen: Record<string, string | undefined>[] = [];
beforeAll(async () => {
  server = await httpServer((req, res) => {
    seen.push({ trace: req.headers["x-trace"] as string | undefined });
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"elements":[]}');
  });
});
afterAll(() => server.close());

const client = (o: Record<string, unknown> = {}) =>
  createLinkedInClient({ accessToken: TOKEN, baseUrl: server.url, maxRetries: 0, ...o });

/** Header values fetch (or the HTTP layer under it) refuses, each holding a would-be secret. */
const BAD_VALUES = [
  `${HIDDEN}\r\nX-Injected: 1`,
  `${HIDDEN}\n`,
  `a\u0000${HIDDEN}`,
  `${HIDDEN}\u0001`,
  `${HIDDEN}\u007f`,
  `${HIDDEN}\u2028`,
  `${HIDDEN}😀`,
];
/** Header names that are not HTTP tokens; they may hold a secret too, so they are not echoed either. */
const BAD_NAMES = [`Authorization: Bearer ${HIDDEN}`, `X ${HIDDEN}`, "", `X-${HIDDEN}\n`];

describe("headers", () => {
  it("client headers with a bad value → ConfigurationError at construction, naming the header, not the value", () => {
    for (const value of BAD_VALUES) {
      const e = thrown(() => client({ headers: { "X-Trace": value } }));
      expect(e, JSON.stringify(value)).toBeInstanceOf(ConfigurationError);
      expect((e as Error).message).toContain('headers["X-Trace"]');
      expectNoSecret(e, HIDDEN, value);
    }
  });

  it("client headers with a bad name → ConfigurationError, the name not shown", () => {
    for (const name of BAD_NAMES) {
      const e = thrown(() => client({ headers: { [name]: "v" } }));
      expect(e, JSON.stringify(name)).toBeInstanceOf(ConfigurationError);
      expectNoSecret(e, HIDDEN);
    }
  });

  it("per-call headers with a bad value or name → ConfigurationError before any request", async () => {
    const li = client();
    const before = server.hits;
    for (const headers of [...BAD_VALUES.map((v) => ({ "X-Trace": v })), ...BAD_NAMES.map((n) => ({ [n]: "v" }))]) {
      const e = await rejection(li.facets.list({ headers }));
      expect(e).toBeInstanceOf(ConfigurationError);
      expectNoSecret(e, HIDDEN);
      const params = { query: { q: "typeahead" as const, query: "x", facet: "urn:li:adTargetingFacet:skills" } };
      expect(thrown(() => paginate(li, "/adTargetingEntities", { params, headers }))).toBeInstanceOf(
        ConfigurationError,
      );
    }
    expect(server.hits).toBe(before);
  });

  it("good headers still reach the server, per client and per call (Latin-1 values included)", async () => {
    seen.length = 0;
    await client({ headers: { "X-Trace": "client café" } }).facets.list();
    await client().facets.list({ headers: { "X-Trace": "call-1" } });
    expect(seen.map((s) => s.trace)).toEqual(["client café", "call-1"]);
  });
});

describe("baseUrl", () => {
  const PASSWORD = "pa55w0rd-very-secret";
  it("credentials in the URL (user:password@) → ConfigurationError that shows neither", () => {
    for (const baseUrl of [
      `https://user:${PASSWORD}@api.linkedin.com/rest`,
      `https://${PASSWORD}@api.linkedin.com/rest`,
      `http://user:${PASSWORD}@127.0.0.1:9/rest`,
      `http://user:${PASSWORD}@api.example.com/rest`,
    ]) {
      const e = thrown(() => client({ baseUrl }));
      expect(e, baseUrl).toBeInstanceOf(ConfigurationError);
      expect((e as Error).message).toMatch(/credentials/);
      expectNoSecret(e, PASSWORD, `user:${PASSWORD}`);
    }
  });

  it("other bad baseUrls echo nothing that could be a credential (unparseable with '@', a query)", () => {
    for (const baseUrl of [`user:${PASSWORD}@api.linkedin.com/rest`, `https://api.linkedin.com/rest?t=${PASSWORD}`]) {
      const e = thrown(() => client({ baseUrl }));
      expect(e, baseUrl).toBeInstanceOf(ConfigurationError);
      expectNoSecret(e, PASSWORD);
    }
  });

  it("LinkedInOAuth's authBaseUrl likewise", () => {
    const e = thrown(
      () =>
        new LinkedInOAuth({
          clientId: "86optclient",
          clientSecret: "opt-secret-0123456789",
          authBaseUrl: `https://user:${PASSWORD}@www.linkedin.com/oauth/v2`,
        }),
    );
    expect(e).toBeInstanceOf(ConfigurationError);
    expectNoSecret(e, PASSWORD);
  });
});

describe("signal", () => {
  const fakes: unknown[] = [
    { aborted: false },
    { aborted: true, reason: "x" },
    { aborted: false, addEventListener: 1 },
  ];

  it("something that is not an AbortSignal → ConfigurationError before any request", async () => {
    const li = client();
    const before = server.hits;
    for (const signal of fakes) {
      const e = await rejection(li.facets.list({ signal: signal as AbortSignal }));
      expect(e, JSON.stringify(signal)).toBeInstanceOf(ConfigurationError);
      expect((e as Error).message).toMatch(/signal must be an AbortSignal/);
    }
    expect(server.hits).toBe(before);
    expect(await li.facets.list({ signal: new AbortController().signal })).toEqual([]);
    expect(await li.facets.list({ signal: AbortSignal.timeout(5_000) })).toEqual([]);
  });

  it("LinkedInOAuth per-call options too", async () => {
    const oauth = new LinkedInOAuth({
      clientId: "86optclient",
      clientSecret: "opt-secret-0123456789",
      authBaseUrl: `${server.origin}/oauth/v2`,
    });
    for (const signal of fakes) {
      const e = await rejection(oauth.introspect("AQV-token-123456", { signal: signal as AbortSignal }));
      expect(e, JSON.stringify(signal)).toBeInstanceOf(ConfigurationError);
    }
  });
});

describe("li.api query values (Rest.li codec)", () => {
  it("a cyclic or 5,000-deep query value → RestliError before any request, not a RangeError", async () => {
    const li = client();
    const before = server.hits;
    const cyclic: unknown[] = ["urn:li:geo:1"];
    cyclic.push(cyclic);
    let deep: unknown = "x";
    for (let i = 0; i < 5_000; i++) deep = [deep];
    for (const facet of [cyclic, deep]) {
      const e = await rejection(
        li.api.GET("/adTargetingEntities", {
          params: { query: { q: "typeahead", query: "x", facet: facet as string } },
        }),
      );
      expect(e).toBeInstanceOf(RestliError);
    }
    expect(server.hits).toBe(before);
  });
});

describe("checkHeaders (property)", () => {
  it("what it accepts, Headers accepts; a value with CR, LF, NUL or a character above U+00FF it refuses", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (value) => {
        let accepted = true;
        try {
          checkHeaders({ "X-Probe": value }, "headers");
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigurationError);
          expect((e as Error).message).not.toContain(value.length >= 8 ? value : "\u0000never");
          accepted = false;
        }
        if (accepted) expect(() => new Headers({ "X-Probe": value })).not.toThrow();
        if (/[\r\n\0]|[^\u0000-\u00ff]/.test(value)) expect(accepted).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
