// The SDK-independent second opinion: Prism mocking the bundled spec starts and answers.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrism, type PrismMock } from "../support/prism.js";
import { validateResponse } from "../support/spec.js";

let prism: PrismMock;
beforeAll(async () => {
  prism = await startPrism({ timeoutMs: 20_000 });
}, 30_000);
afterAll(() => prism?.close());

describe("Prism mocking the bundled spec", () => {
  it("answers GET /adTargetingFacets with the spec's example when the needed headers are sent", async () => {
    const res = await fetch(`${prism.url}/adTargetingFacets`, {
      headers: {
        authorization: "Bearer test-token",
        "linkedin-version": "202610",
        "x-restli-protocol-version": "2.0.0",
      },
    });
    expect(res.status, prism.output()).toBe(200);
    expect(res.headers.get("sl-violations")).toBeNull();
    const body = await res.json();
    expect(validateResponse("GET", "/adTargetingFacets", 200, body, { closed: true })).toEqual([]);
    expect(body.elements.map((e: { facetName: string }) => e.facetName)).toContain("locations");
  });

  it("rejects a request that breaks the spec, listing the violations", async () => {
    const res = await fetch(`${prism.url}/adTargetingFacets`);
    expect(res.status).toBe(401);
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as { message: string }[];
    const messages = violations.map((v) => v.message).join("\n");
    expect(messages).toContain("linkedin-version");
    expect(messages).toContain("x-restli-protocol-version");
    await res.arrayBuffer();
  });
});
