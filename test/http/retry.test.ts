import { describe, expect, it, vi } from "vitest";
import {
  backoffDelay,
  defaultRetryOptions,
  delayForResponse,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
} from "../../src/http/retry.js";
import { useFakeClock } from "../support/clock.js";

describe("retry policy", () => {
  it("retries 429, 500, 502, 503, 504 and nothing else", () => {
    for (const s of [429, 500, 502, 503, 504]) expect(isRetryableStatus(s)).toBe(true);
    for (const s of [200, 400, 401, 403, 404, 409, 426, 501]) expect(isRetryableStatus(s)).toBe(false);
  });

  it("backs off exponentially with jitter, capped at maxDelayMs", () => {
    const opts = { ...defaultRetryOptions, initialDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, opts, () => 1)).toBe(100);
    expect(backoffDelay(3, opts, () => 1)).toBe(400);
    expect(backoffDelay(10, opts, () => 1)).toBe(1000);
    expect(backoffDelay(3, opts, () => 0)).toBe(100); // jitter floor: a quarter of the ceiling
    const samples = new Set(Array.from({ length: 50 }, () => backoffDelay(3, opts)));
    expect(samples.size).toBeGreaterThan(5); // jittered, not constant
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter("0.5")).toBe(500);
    const now = Date.parse("2026-11-29T10:00:00Z");
    expect(parseRetryAfter("Sun, 29 Nov 2026 10:00:07 GMT", now)).toBe(7000);
    expect(parseRetryAfter("Sun, 29 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });

  it("honours Retry-After up to the cap, then gives up with retryAfterMs", () => {
    const opts = { ...defaultRetryOptions, maxRetryAfterMs: 5000 };
    const r = (h: Record<string, string>) => new Response(null, { status: 429, headers: h });
    expect(delayForResponse(r({ "retry-after": "2" }), 1, opts)).toEqual({ retry: true, delayMs: 2000 });
    expect(delayForResponse(r({ "retry-after": "3600" }), 1, opts)).toEqual({ retry: false, retryAfterMs: 3_600_000 });
    const noHeader = delayForResponse(r({}), 1, opts);
    expect(noHeader.retry).toBe(true);
  });

  it("sleep rejects at once when the signal aborts", async () => {
    useFakeClock();
    try {
      const controller = new AbortController();
      const p = sleep(10_000, controller.signal);
      expect(vi.getTimerCount()).toBe(1);
      controller.abort(new Error("stop"));
      // The fake clock never moves: the rejection comes from the abort, and the timer is cleared.
      await expect(p).rejects.toThrow("stop");
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
