// Issue 15, item 4: a delay above 2^31−1 ms overflows every runtime's timer into a ~1 ms one. Finite values
// above it are refused at the door (ConfigurationError saying the maximum and that Infinity means "no
// deadline"); Infinity is accepted for timeouts; the timer helpers clamp, so a 1 ms timer can never happen.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ConfigurationError,
  createLinkedInClient,
  LinkedInOAuth,
  type LinkedInClientOptions,
} from "../../src/index.js";
import { sleep } from "../../src/http/retry.js";
import { attemptSignal } from "../../src/http/timeout.js";
import { MAX_TIMER_MS } from "../../src/internal/numbers.js";
import { rejection, thrown } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const TOO_LONG = [2 ** 31, Number.MAX_SAFE_INTEGER, 1e12];

let server: LocalServer;
beforeAll(async () => {
  server = await httpServer((_req, res) => {
    // A little later than 1 ms: an overflowed (1 ms) deadline would fire first.
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        '{"elements":[{"facetName":"skills","adTargetingFacetUrn":"urn:li:adTargetingFacet:skills","entityTypes":["SKILL"]}]}',
      );
    }, 20);
  });
});
afterAll(() => server.close());

const client = (o: Partial<LinkedInClientOptions> = {}) =>
  createLinkedInClient({ accessToken: "AQV-timer-token", baseUrl: server.url, maxRetries: 0, ...o });

function expectTooLong(e: unknown, name: string, infinityOk: boolean): void {
  expect(e).toBeInstanceOf(ConfigurationError);
  const message = (e as Error).message;
  expect(message).toContain(name);
  expect(message).toContain("2147483647");
  if (infinityOk) expect(message).toMatch(/Infinity.*no deadline/);
}

describe("client options", () => {
  it("timeoutMs above 2^31−1 is refused, naming the maximum and Infinity", () => {
    for (const timeoutMs of TOO_LONG)
      expectTooLong(
        thrown(() => client({ timeoutMs })),
        "timeoutMs",
        true,
      );
  });

  it("timeoutMs: Infinity (no deadline) and 2^31−1 work", async () => {
    expect(await client({ timeoutMs: Infinity }).facets.list()).toHaveLength(1);
    expect(await client({ timeoutMs: MAX_TIMER_MS }).facets.list()).toHaveLength(1);
  });

  it("retry delays above 2^31−1 are refused (retry.maxRetryAfterMs: 1e12 too)", () => {
    for (const key of ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
      for (const value of [...TOO_LONG, Infinity]) {
        expectTooLong(
          thrown(() => client({ retry: { [key]: value } })),
          `retry.${key}`,
          false,
        );
      }
      expect(() => client({ retry: { [key]: MAX_TIMER_MS } })).not.toThrow();
    }
  });
});

describe("per-call options (checkCallOptions)", () => {
  it("timeoutMs above 2^31−1 is refused before any request; Infinity works", async () => {
    const li = client();
    const before = server.hits;
    for (const timeoutMs of TOO_LONG) {
      expectTooLong(await rejection(li.facets.list({ timeoutMs })), "timeoutMs", true);
      expectTooLong(
        thrown(() => li.entities.typeahead({ facet: "skills", query: "x", timeoutMs })),
        "timeoutMs",
        true,
      );
    }
    expect(server.hits).toBe(before);
    expect(await li.facets.list({ timeoutMs: Infinity })).toHaveLength(1);
  });
});

describe("LinkedInOAuth", () => {
  const make = (timeoutMs?: number) =>
    new LinkedInOAuth({ clientId: "86timerclient", clientSecret: "timer-secret-0123456789", timeoutMs });

  it("timeoutMs above 2^31−1 is refused, per client and per call; Infinity is accepted", async () => {
    for (const timeoutMs of TOO_LONG) {
      expectTooLong(
        thrown(() => make(timeoutMs)),
        "timeoutMs",
        true,
      );
      expectTooLong(await rejection(make().introspect("AQV-timer-token", { timeoutMs })), "timeoutMs", true);
    }
    expect(make(Infinity).timeoutMs).toBe(Infinity);
  });
});

describe("the timer helpers clamp (never a 1 ms timer)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sleep(2^31) does not end after 1 ms", async () => {
    vi.useFakeTimers();
    let done = false;
    void sleep(2 ** 31).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(done).toBe(true);
  });

  it("attemptSignal(2^31) does not abort after 1 ms", async () => {
    vi.useFakeTimers();
    const attempt = attemptSignal(2 ** 31);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempt.signal.aborted).toBe(false);
    attempt.dispose();
  });
});
