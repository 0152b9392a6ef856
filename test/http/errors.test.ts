// How LinkedIn's error answers become typed errors with advice that matches LinkedIn's documentation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConnectionError,
  createLinkedInClient,
  LinkedInError,
  OAuthError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  RestliError,
  TargetingCriteriaError,
  UrnError,
} from "../../src/index.js";
import { rejection } from "../support/errors.js";
import { startSampleServer, type SampleServer } from "../support/sample-server.js";

describe("error advice", () => {
  let sample: SampleServer;
  beforeAll(async () => {
    // A real 403 body, as public issues quote LinkedIn's answers.
    sample = await startSampleServer(() => ({
      status: 403,
      body: {
        status: 403,
        serviceErrorCode: 100,
        code: "ACCESS_DENIED",
        message: "Not enough permissions to access: targetingAudienceInsights.ACTION-audienceInsights.20261001",
      },
    }));
  });
  afterAll(() => sample.close());

  // https://learn.microsoft.com/en-us/linkedin/marketing/increasing-access: the Audience Insights permission is
  // "assigned" to the app and "doesn't need to be additionally requested during member token generation".
  it("403: PermissionError that says the permission is provisioned per app, not an OAuth scope", async () => {
    const li = createLinkedInClient({ accessToken: "t", baseUrl: sample.url, maxRetries: 0 });
    const error = await rejection(li.facets.list());
    expect(error).toBeInstanceOf(PermissionError);
    const message = (error as PermissionError).message;
    expect(message).toContain("ACCESS_DENIED");
    expect(message).toMatch(/provisions per app \(no OAuth scope grants it\)/);
    expect(message).not.toMatch(/r_ads/);
    expect((error as PermissionError).serviceErrorCode).toBe(100);
  });
});

// Issue 16, item 3: one base stores the fields once and serialises them once.
describe("the error model", () => {
  it("fields are own properties, listed once by toJSON (dates as ISO), the cause left out", () => {
    const resetsAt = new Date(Date.UTC(2026, 10, 30));
    const quota = new QuotaExceededError("spent", {
      status: 429,
      method: "GET",
      url: "https://api.linkedin.com/rest/adTargetingFacets",
      scope: "member",
      resetsAt,
    });
    expect(quota).toBeInstanceOf(RateLimitError);
    expect(quota).toBeInstanceOf(LinkedInError);
    expect(quota.failedFast).toBe(false);
    expect(quota.toJSON()).toEqual({
      name: "QuotaExceededError",
      message: "spent",
      status: 429,
      method: "GET",
      url: "https://api.linkedin.com/rest/adTargetingFacets",
      scope: "member",
      resetsAt: "2026-11-30T00:00:00.000Z",
      failedFast: false,
    });
    const cause = new Error("ECONNRESET");
    const down = new ConnectionError("down", { method: "GET", url: "https://x.test/a", attempts: 2, cause });
    expect(down.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(down))).toEqual({
      name: "ConnectionError",
      message: "down",
      method: "GET",
      url: "https://x.test/a",
      attempts: 2,
    });
  });

  it("every error the SDK throws serialises through the same toJSON", () => {
    const errors = [
      new UrnError("bad", "urn:x"),
      new RestliError("bad", 3),
      new TargetingCriteriaError([{ path: "$", message: "bad" }]),
      new OAuthError("no", { code: "oauth_error", error: "invalid_client", status: 401 }),
    ];
    expect(errors.map((e) => e.toJSON())).toEqual([
      { name: "UrnError", message: "bad", input: "urn:x" },
      { name: "RestliError", message: "bad", position: 3 },
      {
        name: "TargetingCriteriaError",
        message: expect.stringContaining("bad"),
        problems: [{ path: "$", message: "bad" }],
        totalProblems: 1,
      },
      { name: "OAuthError", message: "no", code: "oauth_error", error: "invalid_client", status: 401 },
    ]);
  });
});
