// Client core against the embedded test server (real HTTP on 127.0.0.1).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  createLinkedInClient,
  InvalidResponseError,
  LinkedInApiError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  VersionError,
  type LinkedInClientOptions,
} from "../src/index.js";
import { defaultLinkedInVersion } from "../generated/metadata.js";
import { TEST_ACCESS_TOKEN } from "../src/testing/index.js";
import { track, until, useFakeClock } from "./support/clock.js";
import { expectNoSecret, rejection } from "./support/errors.js";
import { useTestServer } from "./support/test-server.js";

const TOKEN = "AQX-secret-member-token-0123456789";
const server = useTestServer({ port: 0, accessTokens: [TOKEN, TEST_ACCESS_TOKEN, "fresh-token-abcdef"] });
afterEach(() => {
  vi.useRealTimers();
});

const fast = { initialDelayMs: 5, maxDelayMs: 20 };
const client = (o: Partial<LinkedInClientOptions> = {}) =>
  createLinkedInClient({ accessToken: TOKEN, baseUrl: server().url, retry: fast, ...o } as LinkedInClientOptions);

/** Every way an error can be shown: none may contain the token. */

describe("headers", () => {
  it("sends Authorization, LinkedIn-Version, X-Restli-Protocol-Version and a User-Agent", async () => {
    await client().facets.list();
    const [req] = server().requests;
    expect(req?.headers["authorization"]).toBe("Bearer [REDACTED]");
    expect(req?.headers["linkedin-version"]).toBe(defaultLinkedInVersion);
    expect(req?.headers["x-restli-protocol-version"]).toBe("2.0.0");
    expect(req?.headers["user-agent"]).toMatch(/^linkedin-audience-insights\/\d+\.\d+\.\d+/);
  });

  it("a caller's explicit header wins, per client and per call", async () => {
    const li = client({ headers: { "User-Agent": "my-app/1.0" } });
    await li.facets.list();
    await li.facets.list({ headers: { "LinkedIn-Version": "202609" } });
    expect(server().requests[0]?.headers["user-agent"]).toBe("my-app/1.0");
    expect(server().requests[1]?.headers["linkedin-version"]).toBe("202609");
  });
});

describe("construction checks (before any request)", () => {
  it("rejects a malformed version, saying the expected form", () => {
    expect(() => client({ version: "2024-01" })).toThrow(ConfigurationError);
    expect(() => client({ version: "2024-01" })).toThrow(/YYYYMM/);
  });
  it("refuses a non-https baseUrl unless the host is loopback", () => {
    expect(() => client({ baseUrl: "http://api.example.com/rest" })).toThrow(/must use https/);
    expect(() => client({ baseUrl: "http://localhost:1/rest" })).not.toThrow();
    expect(() => client({ baseUrl: "http://[::1]:1/rest" })).not.toThrow();
    expect(() => client({ baseUrl: "not a url" })).toThrow(ConfigurationError);
  });
  it("needs exactly one kind of credential, and never echoes it", () => {
    expect(() => createLinkedInClient({})).toThrow(/No credentials/);
    expect(() => createLinkedInClient({ accessToken: "a", getAccessToken: () => "b" })).toThrow(/either/);
    const e = (() => {
      try {
        createLinkedInClient({ accessToken: `Bearer ${TOKEN}` });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(ConfigurationError);
    expectNoSecret(e, TOKEN);
  });
  it("checks numeric options", () => {
    expect(() => client({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => client({ timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});

describe("typed errors", () => {
  it("401 → AuthenticationError with LinkedIn's fields and the request id", async () => {
    const e = await rejection(client({ accessToken: "wrong-token-xyz" }).facets.list());
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e).toBeInstanceOf(LinkedInApiError);
    const err = e as AuthenticationError;
    expect(err.status).toBe(401);
    expect(err.code).toBe("INVALID_ACCESS_TOKEN");
    expect(err.serviceErrorCode).toBe(65600);
    expect(err.requestId).toMatch(/\S/);
    expect(err.method).toBe("GET");
    expect(err.url).toBe(`${server().url}/adTargetingFacets`);
    expect(err.message).toContain("Invalid access token");
    expect(server().requests).toHaveLength(1); // a static token is never retried on 401
    expectNoSecret(err, "wrong-token-xyz");
  });

  it("403 → PermissionError", async () => {
    server().injectFault({
      path: "/adTargetingFacets",
      status: 403,
      body: {
        status: 403,
        serviceErrorCode: 100,
        code: "ACCESS_DENIED",
        message: "Not enough permissions to access: partnerApiAudienceInsights",
      },
    });
    const e = await rejection(client().facets.list());
    expect(e).toBeInstanceOf(PermissionError);
    expect((e as PermissionError).message).toContain("partnerApiAudienceInsights");
  });

  it("426 → VersionError naming the version sent and how to choose another", async () => {
    const e = await rejection(client({ version: "202001" }).facets.list());
    expect(e).toBeInstanceOf(VersionError);
    const err = e as VersionError;
    expect(err.status).toBe(426);
    expect(err.code).toBe("NONEXISTENT_VERSION");
    expect(err.version).toBe("202001");
    expect(err.message).toContain('"202001"');
    expect(err.message).toContain("createLinkedInClient({ version })");
  });

  it("an HTML 502 page from a gateway → ServerError after the retries, quoting the page", async () => {
    server().injectFault({
      path: "/adTargetingFacets",
      times: 10,
      status: 502,
      headers: { "content-type": "text/html" },
      body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
    });
    const e = await rejection(client({ maxRetries: 2 }).facets.list());
    expect(e).toBeInstanceOf(ServerError);
    expect((e as ServerError).message).toContain("text/html");
    expect((e as ServerError).message).toContain("502 Bad Gateway");
    expect((e as ServerError).attempts).toBe(3);
    expect((e as ServerError).message).toContain(
      "→ 502 Bad Gateway after 3 attempts (transient: LinkedIn or a gateway failed; retrying later may work)",
    );
    expect(server().requests).toHaveLength(3);
  });

  it("a 200 with malformed JSON → InvalidResponseError, not a silent undefined", async () => {
    server().injectFault({ path: "/adTargetingFacets", status: 200, body: '{"elements": [' });
    const e = await rejection(client().facets.list());
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect((e as Error).message).toMatch(/expected a JSON body/);
  });

  it("li.api keeps openapi-fetch's { data, error, response } contract", async () => {
    const { data, error, response } = await client({ accessToken: "wrong-token-xyz" }).api.GET("/adTargetingFacets");
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401, code: "INVALID_ACCESS_TOKEN" });
    const ok = await client().api.GET("/adTargetingFacets");
    expect(ok.data?.elements?.length).toBeGreaterThan(10);
  });
});

describe("retries", () => {
  it("503 then 200 → success, two requests at the server", async () => {
    server().injectFault({ path: "/adTargetingFacets", times: 1, status: 503 });
    const facets = await client().facets.list();
    expect(facets.length).toBeGreaterThan(10);
    expect(server().requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it("429 without Retry-After is retried with backoff, then RateLimitError", async () => {
    server().injectFault({ path: "/adTargetingFacets", times: 10, status: 429 });
    const e = await rejection(client({ maxRetries: 2 }).facets.list());
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as RateLimitError).retryAfterMs).toBeUndefined();
    expect(server().requests).toHaveLength(3);
  });

  it("429 with Retry-After: 1 waits a second before the next attempt", async () => {
    useFakeClock();
    server().injectFault({ path: "/adTargetingFacets", times: 1, status: 429, headers: { "retry-after": "1" } });
    const delays: unknown[] = [];
    let sent = 0;
    const call = client({
      logger: { debug: (_m, d) => void delays.push(d?.delayMs) },
      fetch: (r) => (sent++, fetch(r)),
    }).facets.list();
    await until(() => delays.length === 1, "the retry decision");
    expect(delays).toEqual([1_000]);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toBe(2);
    expect((await call).length).toBeGreaterThan(10);
    const [first, second] = server().requests;
    expect(second!.startedAt - first!.endedAt!).toBe(1_000); // the server's clock is the fake one
  });

  it("a Retry-After beyond the cap ends the retries with retryAfterMs instead of sleeping", async () => {
    server().injectFault({ path: "/adTargetingFacets", times: 5, status: 429, headers: { "retry-after": "3600" } });
    const e = await rejection(client().facets.list());
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(server().requests).toHaveLength(1);
  });

  it("a connection reset mid-body is retried; without retries it is a ConnectionError", async () => {
    server().injectFault({ path: "/adTargetingFacets", times: 1, reset: true });
    expect((await client().facets.list()).length).toBeGreaterThan(10);
    server().injectFault({ path: "/adTargetingFacets", times: 1, reset: true });
    const e = await rejection(client({ maxRetries: 0 }).facets.list());
    expect(e).toBeInstanceOf(ConnectionError);
    expect(e).not.toBeInstanceOf(TimeoutError);
    expectNoSecret(e, TOKEN);
  });

  it("the insights POST is retried and its body resent on each attempt", async () => {
    server().injectFault({ path: "/targetingAudienceInsights", times: 1, status: 503 });
    const result = await client().insights.get({
      targetingCriteria: {
        include: { and: [{ or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } }] },
      },
      groupBy: "interests",
    });
    expect(result.totalAudienceCount).toBeGreaterThan(0);
    expect(server().requests).toHaveLength(2);
    expect(server().requests[1]?.body).toEqual(server().requests[0]?.body);
    expect(server().requests[0]?.body).toMatchObject({ request: { groupBy: "urn:li:adTargetingFacet:interests" } });
  });

  it("per-call maxRetries overrides the client's", async () => {
    server().injectFault({ path: "/adTargetingFacets", times: 10, status: 503 });
    await rejection(client({ maxRetries: 3 }).facets.list({ maxRetries: 0 }));
    expect(server().requests).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  it("a server that never answers → TimeoutError at the deadline of each attempt", async () => {
    useFakeClock();
    server().injectFault({ path: "/adTargetingFacets", times: 5, hang: true });
    const delays: number[] = [];
    const li = client({ maxRetries: 1, logger: { debug: (_m, d) => void delays.push(d?.delayMs as number) } });
    const call = track(li.facets.list({ timeoutMs: 150 }));
    // The attempt's deadline starts when it is sent (after the quota gate's token hash, real async work).
    await until(() => server().requests.length === 1, "the first attempt reaching the server");
    await vi.advanceTimersByTimeAsync(149);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1); // the first deadline: a retry after the backoff (5–20 ms)
    expect(delays).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(delays[0]!);
    await until(() => server().requests.length === 2, "the second attempt reaching the server");
    await vi.advanceTimersByTimeAsync(149);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1); // the second deadline: no retry left
    expect(call.settled).toBe(true);
    const e = call.error;
    expect(e).toBeInstanceOf(TimeoutError);
    expect((e as TimeoutError).timeoutMs).toBe(150);
    expect((e as TimeoutError).attempts).toBe(2);
    expectNoSecret(e, TOKEN);
  });

  it("the caller's abort passes through as the abort it is, and is never retried", async () => {
    server().injectFault({ path: "/adTargetingFacets", times: 5, hang: true });
    const controller = new AbortController();
    const p = client({ maxRetries: 3 }).facets.list({ signal: controller.signal });
    await until(() => server().requests.length === 1, "the request reaching the server");
    controller.abort();
    const e = await rejection(p);
    expect(e).not.toBeInstanceOf(ConnectionError);
    expect((e as Error).name).toBe("AbortError");
    expect(server().requests).toHaveLength(1);
  });

  it("li.api: a signal given to openapi-fetch aborts the call, also during a retry wait", async () => {
    useFakeClock();
    server().injectFault({ path: "/adTargetingFacets", times: 5, status: 429, headers: { "Retry-After": "3" } });
    const controller = new AbortController();
    const delays: unknown[] = [];
    const li = client({ maxRetries: 3, logger: { debug: (_m, d) => void delays.push(d?.delayMs) } });
    const call = track(li.api.GET("/adTargetingFacets", { signal: controller.signal }));
    await until(() => delays.length === 1, "the retry wait");
    expect(delays).toEqual([3_000]); // waiting for the Retry-After
    controller.abort();
    // The clock stands still: the call ends without the 3 s Retry-After (or any timer) passing.
    await until(() => call.settled, "the abort ending the wait");
    expect((call.error as Error).name).toBe("AbortError");
    expect(server().requests).toHaveLength(1);
  });
});

describe("token providers", () => {
  it("calls the provider before each request, then forces one refresh after a 401 and retries once", async () => {
    const calls: boolean[] = [];
    const li = client({
      accessToken: undefined,
      getAccessToken: ({ forceRefresh }) => {
        calls.push(forceRefresh);
        return forceRefresh ? "fresh-token-abcdef" : "stale-token-abcdef";
      },
    });
    const facets = await li.facets.list();
    expect(facets.length).toBeGreaterThan(0);
    expect(calls).toEqual([false, true]);
    expect(server().requests.map((r) => r.status)).toEqual([401, 200]);
  });

  it("a second 401 is an AuthenticationError, and the provider is not asked again", async () => {
    const calls: boolean[] = [];
    const li = client({
      accessToken: undefined,
      getAccessToken: ({ forceRefresh }) => (calls.push(forceRefresh), forceRefresh ? "still-bad-2222" : "bad-1111"),
    });
    const e = await rejection(li.facets.list());
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(calls).toEqual([false, true]);
    expect(server().requests).toHaveLength(2);
    expectNoSecret(e, "still-bad-2222", "bad-1111");
  });

  it("a provider that returns the same token after 401 does not cause a retry", async () => {
    const li = client({ accessToken: undefined, getAccessToken: () => "same-bad-token" });
    await rejection(li.facets.list());
    expect(server().requests).toHaveLength(1);
  });
});

describe("secrets", () => {
  it("a server that echoes the token gets it redacted from the error", async () => {
    server().injectFault({
      path: "/adTargetingFacets",
      status: 400,
      body: { status: 400, code: "ILLEGAL_ARGUMENT", message: `token ${TOKEN} is malformed` },
    });
    const e = await rejection(client().facets.list());
    expect((e as Error).message).toContain("[REDACTED]");
    expectNoSecret(e, TOKEN);
  });

  it("log lines never carry the token", async () => {
    const lines: string[] = [];
    const logger = { debug: (m: string, d?: unknown) => lines.push(m + JSON.stringify(d)) };
    server().injectFault({ path: "/adTargetingFacets", times: 2, status: 503 });
    await client({ logger }).facets.list();
    expect(lines.length).toBe(2);
    expect(lines.join("\n")).toContain("retrying");
    expect(lines.join("\n")).not.toContain(TOKEN);
  });
});

describe("extensibility", () => {
  it("request options given to li.api (here redirect: manual) reach fetch, with the SDK's headers", async () => {
    const seen: string[] = [];
    const redirecting = createServer((req, res) => {
      seen.push(`${req.url} ${req.headers["authorization"] === `Bearer ${TOKEN}` ? "auth" : "no auth"}`);
      if (req.url?.startsWith("/rest/adTargetingFacets")) {
        res.writeHead(302, { location: "/rest/elsewhere" }).end();
      } else {
        res.setHeader("content-type", "application/json");
        res.end('{"elements":[]}');
      }
    });
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/rest`;
      const li = client({ baseUrl, maxRetries: 0 });
      const manual = await li.api.GET("/adTargetingFacets", { redirect: "manual" });
      expect(manual.response.status).toBe(302);
      expect(seen).toEqual(["/rest/adTargetingFacets auth"]);
      const followed = await li.api.GET("/adTargetingFacets");
      expect(followed.response.status).toBe(200);
      expect(seen.slice(1)).toEqual(["/rest/adTargetingFacets auth", "/rest/elsewhere auth"]);
    } finally {
      redirecting.closeAllConnections();
      await new Promise((resolve) => redirecting.close(resolve));
    }
  });

  it("runs middleware given as an option and added with li.api.use", async () => {
    const seen: string[] = [];
    const li = client({ middleware: [{ onRequest: ({ request }) => void seen.push(`opt ${request.method}`) }] });
    li.api.use({ onResponse: ({ response }) => void seen.push(`use ${response.status}`) });
    await li.facets.list();
    expect(seen).toEqual(["opt GET", "use 200"]);
  });

  it("uses the fetch option, and otherwise looks globalThis.fetch up at call time", async () => {
    let custom = 0;
    // A custom fetch gets one Request, carrying everything (the global one gets url + init instead).
    await client({
      fetch: (r) => {
        custom++;
        expect(r).toBeInstanceOf(Request);
        expect(r.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
        expect(r.signal).toBeInstanceOf(AbortSignal);
        return fetch(r);
      },
    }).facets.list();
    expect(custom).toBe(1);
    const li = client();
    const original = globalThis.fetch;
    let global = 0;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => (global++, original(input, init));
    try {
      await li.facets.list();
    } finally {
      globalThis.fetch = original;
    }
    expect(global).toBe(1);
  });
});

describe("responses", () => {
  it("keep the request URL, so errors built from them say where", async () => {
    server().injectFault({ path: "/targetingAudienceInsights", status: 200, body: { value: {} } });
    const e = await rejection(
      client().insights.get({
        targetingCriteria: {
          include: { and: [{ or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } }] },
        },
        groupBy: "interests",
      }),
    );
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect((e as InvalidResponseError).url).toBe(`${server().url}/targetingAudienceInsights?action=audienceInsights`);
    expect((e as Error).message).toContain(`POST ${server().url}/targetingAudienceInsights`);
    const { response } = await client().api.GET("/adTargetingFacets");
    expect(response.url).toBe(`${server().url}/adTargetingFacets`);
  });
});
