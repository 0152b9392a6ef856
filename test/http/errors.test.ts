// How LinkedIn's error answers become typed errors with advice that matches LinkedIn's documentation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkedInClient, PermissionError } from "../../src/index.js";
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
