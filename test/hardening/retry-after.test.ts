// Issue 15, item 9: an invalid Retry-After (-5, -1, "1,2", "abc", a huge number) is ignored — the normal
// backoff applies — instead of being read as "retry now".
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createLinkedInClient, RateLimitError } from "../../src/index.js";
import { parseRetryAfter } from "../../src/http/retry.js";
import { rejection } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const INVALID = ["-5", "-1", "1,2", "abc", "+5", "1 2", "0x10", "Infinity", "9".repeat(400), "99999999999999999999"];

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Answers `times` requests with `status` and the Retry-After value, then 200 with one facet. */
async function throttling(status: number, retryAfter: string, times = 1): Promise<LocalServer> {
  let n = 0;
  const s = await httpServer((_req, res) => {
    if (n++ < times) {
      res.writeHead(status, { "content-type": "application/json", "retry-after": retryAfter });
      res.end(JSON.stringify({ status, message: "slow down" }));
    } else {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        '{"elements":[{"facetName":"skills","adTargetingFacetUrn":"urn:li:adTargetingFacet:skills","entityTypes":["SKILL"]}]}',
      );
    }
  });
  servers.push(s);
  return s;
}

describe("invalid Retry-After through the client", () => {
  for (const value of INVALID) {
    it(`Retry-After: ${JSON.stringify(value.length > 24 ? value.slice(0, 20) + "…" : value)} → the normal backoff, then success`, async () => {
      const s = await throttling(503, value);
      const delays: number[] = [];
      const li = createLinkedInClient({
        accessToken: "AQV-retry-after-token",
        baseUrl: s.url,
        maxRetries: 1,
        retry: { initialDelayMs: 20, maxDelayMs: 20 },
        logger: { debug: (_m, d) => void delays.push(d?.delayMs as number) },
      });
      expect(await li.facets.list()).toHaveLength(1);
      expect(s.hits).toBe(2);
      // Full jitter with a floor of a quarter: within [5, 20] ms — never 0 ("retry now").
      expect(delays).toHaveLength(1);
      expect(delays[0]).toBeGreaterThanOrEqual(5);
      expect(delays[0]).toBeLessThanOrEqual(20);
    });
  }

  it("a 429 with an invalid Retry-After reports no retryAfterMs (it was not said)", async () => {
    const s = await throttling(429, "-5", 5);
    const li = createLinkedInClient({
      accessToken: "AQV-retry-after-token",
      baseUrl: s.url,
      maxRetries: 1,
      retry: { initialDelayMs: 5, maxDelayMs: 5 },
    });
    const e = (await rejection(li.facets.list())) as RateLimitError;
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.message).not.toMatch(/Retry after/);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-29T10:00:00Z");

  it("reads delay-seconds and the three HTTP-date forms; a date in the past is 0", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(" 120 ")).toBe(120_000);
    expect(parseRetryAfter("0.5")).toBe(500);
    expect(parseRetryAfter("Sun, 29 Nov 2026 10:00:07 GMT", now)).toBe(7000); // IMF-fixdate
    expect(parseRetryAfter("Sunday, 29-Nov-26 10:00:07 GMT", now)).toBe(7000); // RFC 850
    expect(parseRetryAfter("Sun Nov 29 10:00:07 2026", now)).toBe(7000); // asctime (GMT)
    expect(parseRetryAfter("Sun, 29 Nov 2026 09:00:00 GMT", now)).toBe(0);
  });

  it("ignores (undefined) every invalid value", () => {
    for (const value of [...INVALID, "", "  ", "soon", "1.", ".5", "3 s", "29 Nov 2026", "Sun, 29 Nov 2026"]) {
      expect(parseRetryAfter(value, now), JSON.stringify(value)).toBeUndefined();
    }
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it("property: any whole number of seconds up to a century reads as that many ms", () => {
    fc.assert(fc.property(fc.nat({ max: 100 * 365 * 86_400 }), (n) => parseRetryAfter(String(n)) === n * 1000));
  });

  it("property: an IMF-fixdate reads as the time until it (0 when past)", () => {
    const dates = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z") });
    fc.assert(
      fc.property(dates, (d) => {
        if (Number.isNaN(d.getTime())) return;
        const whole = Math.floor(d.getTime() / 1000) * 1000;
        expect(parseRetryAfter(d.toUTCString(), now)).toBe(Math.max(0, whole - now));
      }),
    );
  });

  it("property: a negative number, or any text that is neither delay-seconds nor an HTTP date, is ignored", () => {
    fc.assert(fc.property(fc.integer({ max: -1 }), (n) => parseRetryAfter(String(n), now) === undefined));
    const httpDate = /^[A-Za-z]{3,9},? [\d -]|GMT$/;
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseRetryAfter(text, now);
        if (/^\s*\d+(\.\d+)?\s*$/.test(text) || httpDate.test(text.trim())) {
          if (result !== undefined) expect(Number.isSafeInteger(result) && result >= 0).toBe(true);
        } else {
          expect(result).toBeUndefined();
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
