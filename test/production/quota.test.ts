// The daily quota: LinkedIn's "… DAY limit …" 429 is a QuotaExceededError (scope, resetsAt), never retried, recorded
// in the store, and later calls of that resource fail fast without a request until midnight UTC (the client's
// clock). Short-window 429s keep their backoff. Nothing secret is ever stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createLinkedInClient,
  Facet,
  memoryStore,
  QuotaExceededError,
  RateLimitError,
  urn,
  type LinkedInClientOptions,
  type Store,
} from "../../src/index.js";
import {
  DAILY_LIMIT_MESSAGES,
  dailyQuotaFault,
  startTestServer,
  throttleFault,
  type DailyLimitScope,
  type TestServer,
} from "../../src/testing/index.js";
import { rejection } from "../support/errors.js";

const TOKEN_A = "member-a-token-0123456789abcdef";
const TOKEN_B = "member-b-token-fedcba9876543210";
let server: TestServer;
let now: Date;
beforeEach(async () => {
  server = await startTestServer({ accessTokens: [TOKEN_A, TOKEN_B] });
  now = new Date("2026-11-20T22:15:00Z");
});
afterEach(() => server.close());

/** A memory store that remembers every key and value written to it. */
function recordingStore(): Store & { writes: [string, unknown][] } {
  const inner = memoryStore({ now: () => now.getTime() });
  const writes: [string, unknown][] = [];
  return {
    writes,
    get: (key) => inner.get(key),
    set: (key, value, options) => (writes.push([key, value]), inner.set(key, value, options)),
    delete: (key) => inner.delete(key),
  };
}

const client = (options: Partial<LinkedInClientOptions> = {}) =>
  createLinkedInClient({
    accessToken: TOKEN_A,
    baseUrl: server.url,
    now: () => now,
    retry: { initialDelayMs: 5, maxDelayMs: 5 },
    ...options,
  });
const requestsTo = (path: string) => server.requests.filter((r) => r.path === path).length;
const CRITERIA = { include: { and: [{ or: { [Facet.locations]: [urn.geo(103644278)] } }] } };

describe("a daily-quota 429", () => {
  it.each(["application", "member", "application_and_member"] as DailyLimitScope[])(
    "%s: QuotaExceededError with its scope and resetsAt (the next 00:00 UTC), sent once (never retried)",
    async (scope) => {
      server.injectFault(dailyQuotaFault(scope, { path: "/adTargetingFacets" }));
      const debug: unknown[] = [];
      const li = client({ maxRetries: 3, logger: { debug: (m, d) => debug.push([m, d]) } });
      const error = (await rejection(li.facets.list())) as QuotaExceededError;
      expect(error).toBeInstanceOf(QuotaExceededError);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.scope).toBe(scope);
      expect(error.resetsAt.toISOString()).toBe("2026-11-21T00:00:00.000Z");
      expect(error.failedFast).toBe(false);
      expect(error.attempts).toBe(1);
      expect(error.serviceErrorCode).toBe(101);
      expect(error.code).toBe("TOO_MANY_REQUESTS");
      expect(error.message).toContain(DAILY_LIMIT_MESSAGES[scope]);
      expect(error.message).toMatch(/not retried .* resets at 2026-11-21T00:00:00\.000Z \(midnight UTC\)/);
      expect(requestsTo("/adTargetingFacets")).toBe(1);
      expect(debug).toEqual([]); // no "retrying" line
    },
  );

  it("later calls of that resource fail fast without a request until resetsAt; other resources still go out", async () => {
    const fault = server.injectFault(dailyQuotaFault("application", { path: "/targetingAudienceInsights" }));
    const li = client();
    await rejection(li.insights.get({ targetingCriteria: CRITERIA, groupBy: "interests" }));
    expect(requestsTo("/targetingAudienceInsights")).toBe(1);
    for (let i = 0; i < 3; i++) {
      const again = (await rejection(
        li.insights.get({ targetingCriteria: CRITERIA, groupBy: "seniorities" }),
      )) as QuotaExceededError;
      expect(again).toBeInstanceOf(QuotaExceededError);
      expect(again.failedFast).toBe(true);
      expect(again.attempts).toBe(0);
      expect(again.scope).toBe("application");
      expect(again.resetsAt.toISOString()).toBe("2026-11-21T00:00:00.000Z");
      expect(again.message).toMatch(
        /^POST .*targetingAudienceInsights.*: not sent\. LinkedIn answered 429 TOO_MANY_REQUESTS/,
      );
      expect(again.message).toContain("for POST /targetingAudienceInsights at 2026-11-20T22:15:00.000Z");
    }
    expect(requestsTo("/targetingAudienceInsights")).toBe(1); // the 3 calls cost nothing
    await li.facets.list(); // another resource: sent
    expect(requestsTo("/adTargetingFacets")).toBe(1);

    // Past midnight UTC on the client's clock, LinkedIn is asked again (and the day is new: the fault is gone).
    fault.remove();
    now = new Date("2026-11-21T00:00:01Z");
    const fresh = await li.insights.get({ targetingCriteria: CRITERIA, groupBy: "interests" });
    expect(fresh.totalAudienceCount).toBeGreaterThan(0);
    expect(requestsTo("/targetingAudienceInsights")).toBe(2);
  });

  it("application scope is shared by clients with the same quotaKey; member scope only by the same token", async () => {
    const store = memoryStore({ now: () => now.getTime() });
    server.injectFault(dailyQuotaFault("application", { path: "/adTargetingFacets", times: 1 }));
    await rejection(client({ store, quotaKey: "app-123" }).facets.list());
    // Another member of the same app (same quotaKey): fails fast.
    const other = (await rejection(
      client({ store, quotaKey: "app-123", accessToken: TOKEN_B }).facets.list(),
    )) as QuotaExceededError;
    expect(other.failedFast).toBe(true);
    // Without the same quotaKey, the application is told apart by token: B's own app key is clean.
    await client({ store, accessToken: TOKEN_B }).facets.list();
    expect(requestsTo("/adTargetingFacets")).toBe(2);

    server.injectFault(dailyQuotaFault("member", { path: "/adTargetingEntities", times: 1 }));
    const search = (token: string) =>
      client({ store, quotaKey: "app-123", accessToken: token })
        .entities.typeahead({ facet: "locations", query: "united" })
        .first();
    await rejection(search(TOKEN_A));
    expect(((await rejection(search(TOKEN_A))) as QuotaExceededError).failedFast).toBe(true);
    expect(await search(TOKEN_B)).toBeDefined(); // another member: its own budget
    expect(requestsTo("/adTargetingEntities")).toBe(2);
  });

  it("the short-window throttle (no DAY) is still retried with backoff, then succeeds", async () => {
    server.injectFault(throttleFault({ path: "/adTargetingFacets", times: 2 }));
    const debug: { delayMs?: number }[] = [];
    const li = client({ logger: { debug: (_m, d) => debug.push(d as { delayMs?: number }) } });
    expect((await li.facets.list()).length).toBeGreaterThan(0);
    expect(requestsTo("/adTargetingFacets")).toBe(3);
    expect(debug).toHaveLength(2);
    for (const d of debug) expect(d.delayMs).toBeLessThanOrEqual(5);
    // A throttle that outlasts the retries is a RateLimitError, not a QuotaExceededError, and is not recorded.
    server.injectFault(throttleFault({ path: "/adTargetingEntities", times: 3 }));
    const error = await rejection(li.entities.typeahead({ facet: "locations", query: "new" }).first());
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(QuotaExceededError);
    await li.entities.typeahead({ facet: "locations", query: "new" }).first();
    expect(requestsTo("/adTargetingEntities")).toBe(4);
  });

  it("no token in any store key or value, error, or log line", async () => {
    const store = recordingStore();
    const lines: string[] = [];
    const logger = {
      debug: (m: string, d?: unknown) => lines.push(m + JSON.stringify(d)),
      warn: (m: string) => lines.push(m),
    };
    server.injectFault(dailyQuotaFault("member", { path: "/adTargetingFacets" }));
    const li = client({ store, logger });
    const first = await rejection(li.facets.list());
    const second = await rejection(li.facets.list());
    await li.entities.resolve([urn.geo(103644278)]);
    const everything = JSON.stringify([store.writes, lines, String(first), String(second), first, second]);
    expect(store.writes.length).toBeGreaterThan(1);
    expect(everything).not.toContain(TOKEN_A);
    expect(everything).not.toContain(TOKEN_A.slice(0, 8));
  });
});
