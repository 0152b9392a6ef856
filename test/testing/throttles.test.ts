// The test server's production switches: daily-quota 429s in LinkedIn's three scopes and the short-window throttle
// (bodies as LinkedIn sends them, no Retry-After), and skipped months in the version window.
import { afterEach, describe, expect, it } from "vitest";
import {
  DAILY_LIMIT_MESSAGES,
  dailyLimitBody,
  dailyQuotaFault,
  startTestServer,
  TEST_ACCESS_TOKEN,
  throttleFault,
  type TestServer,
} from "../../src/testing/index.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const get = (s: TestServer, version = "202611") =>
  fetch(`${s.url}/adTargetingFacets`, {
    headers: {
      authorization: `Bearer ${TEST_ACCESS_TOKEN}`,
      "linkedin-version": version,
      "x-restli-protocol-version": "2.0.0",
    },
  });

describe("daily-quota and throttle faults", () => {
  it.each(["application", "member", "application_and_member"] as const)(
    "%s: 429 with LinkedIn's body, no Retry-After, on every matching request until removed",
    async (scope) => {
      server = await startTestServer({ versions: { oldest: "202512", newest: "202611" } });
      const fault = server.injectFault(dailyQuotaFault(scope, { path: "/adTargetingFacets" }));
      for (let i = 0; i < 3; i++) {
        const response = await get(server);
        expect(response.status).toBe(429);
        expect(response.headers.get("retry-after")).toBeNull();
        expect(await response.json()).toEqual({
          status: 429,
          serviceErrorCode: 101,
          code: "TOO_MANY_REQUESTS",
          message: DAILY_LIMIT_MESSAGES[scope],
        });
      }
      expect(DAILY_LIMIT_MESSAGES[scope]).toMatch(
        /^Resource level throttle (APPLICATION|MEMBER|APPLICATION_AND_MEMBER) DAY limit for calls to this resource is reached\.$/,
      );
      fault.remove(); // a new day
      expect((await get(server)).status).toBe(200);
      expect(() => dailyLimitBody("team" as never)).toThrow(TypeError);
    },
  );

  it("the short-window throttle: LinkedIn's plain 429 (no DAY), once by default", async () => {
    server = await startTestServer({ versions: { oldest: "202512", newest: "202611" } });
    server.injectFault(throttleFault({ path: "/adTargetingFacets" }));
    const first = await get(server);
    expect(first.status).toBe(429);
    expect(((await first.json()) as { message: string }).message).toBe(
      "Resource level throttle limit for calls to this resource is reached.",
    );
    expect((await get(server)).status).toBe(200);
  });
});

describe("skipped months", () => {
  it("answer 426 NONEXISTENT_VERSION like a sunset version; the months around them are served", async () => {
    server = await startTestServer({ versions: { oldest: "202511", newest: "202611", skipped: ["202512"] } });
    expect((await get(server, "202511")).status).toBe(200);
    const skipped = await get(server, "202512");
    expect(skipped.status).toBe(426);
    expect(await skipped.json()).toMatchObject({
      code: "NONEXISTENT_VERSION",
      message: "Requested version 20251201 is not active",
    });
    expect((await get(server, "202512.01")).status).toBe(426);
    expect((await get(server, "202601")).status).toBe(200);
  });

  it("must lie strictly inside the window", async () => {
    for (const skipped of [["202511"], ["202611"], ["202701"], ["2025-12"]]) {
      await expect(startTestServer({ versions: { oldest: "202511", newest: "202611", skipped } })).rejects.toThrow(
        /versions\.skipped .* must be a "YYYYMM" strictly between 202511 and 202611/,
      );
    }
  });
});
