import { describe, expect, it } from "vitest";
import { startTestServer } from "../../src/testing/index.js";
import { api, call, currentVersion } from "../support/api.js";
import { useTestServer } from "../support/test-server.js";

const FACETS = "/adTargetingFacets";
const BAD_PARAM = "/adTargetingEntities?q=typeahead&query=a&facet=urn%3Ali%3AadTargetingFacet%3Alocations&count=0";

const server = useTestServer();
const get = api(() => server().url);

describe("authentication", () => {
  it("no Authorization header: 401 EMPTY_ACCESS_TOKEN", async () => {
    const res = await get(FACETS, { headers: { authorization: null } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      status: 401,
      serviceErrorCode: 65604,
      code: "EMPTY_ACCESS_TOKEN",
      message: "Empty oauth2 access token",
    });
  });

  it.each([["Bearer wrong"], ["Basic dGVzdC10b2tlbg=="], ["test-token"], ["Bearer test-token extra"]])(
    "Authorization %j: 401 INVALID_ACCESS_TOKEN",
    async (authorization) => {
      const res = await get(FACETS, { headers: { authorization } });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        status: 401,
        serviceErrorCode: 65600,
        code: "INVALID_ACCESS_TOKEN",
        message: "Invalid access token",
      });
    },
  );

  it("the bearer scheme is case-insensitive; accessTokens replaces the default token", async () => {
    expect((await get(FACETS, { headers: { authorization: "bearer test-token" } })).status).toBe(200);
    const other = await startTestServer({ accessTokens: ["alpha", "beta"] });
    try {
      expect((await call(other.url, FACETS, { headers: { authorization: "Bearer alpha" } })).status).toBe(200);
      expect((await call(other.url, FACETS, { headers: { authorization: "Bearer beta" } })).status).toBe(200);
      expect((await call(other.url, FACETS)).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe("LinkedIn-Version", () => {
  it("missing: 400 VERSION_MISSING", async () => {
    const res = await get(FACETS, { headers: { "linkedin-version": null } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "VERSION_MISSING" });
  });

  it("a sunset version: 426 NONEXISTENT_VERSION, shown as LinkedIn shows it", async () => {
    const res = await get(FACETS, { headers: { "linkedin-version": "202504" } });
    expect(res.status).toBe(426);
    expect(res.body).toEqual({
      status: 426,
      code: "NONEXISTENT_VERSION",
      message: "Requested version 20250401 is not active",
    });
  });

  it.each(["2025-04", "20250401", "202513", "abc", "202604.1"])("malformed %j: 426", async (version) => {
    const res = await get(FACETS, { headers: { "linkedin-version": version } });
    expect(res.status).toBe(426);
    expect(res.body).toMatchObject({
      code: "NONEXISTENT_VERSION",
      message: `Requested version ${version} is not active`,
    });
  });

  it("default window: the 12 months up to the current month of `now`; revisions of served months", async () => {
    const clock = await startTestServer({ now: () => Date.UTC(2026, 10, 15) }); // November 2026
    try {
      const status = async (v: string) =>
        (await call(clock.url, FACETS, { headers: { "linkedin-version": v } })).status;
      expect(await status("202611")).toBe(200);
      expect(await status("202512")).toBe(200);
      expect(await status("202607.02")).toBe(200);
      expect(await status("202511")).toBe(426);
      expect(await status("202612")).toBe(426);
      expect(await status("202607.00")).toBe(426);
    } finally {
      await clock.close();
    }
  });

  it("the window follows the clock at every request", async () => {
    let now = Date.UTC(2026, 0, 10);
    const clock = await startTestServer({ now: () => now });
    try {
      const status = async () => (await call(clock.url, FACETS, { headers: { "linkedin-version": "202602" } })).status;
      expect(await status()).toBe(426);
      now = Date.UTC(2026, 1, 1);
      expect(await status()).toBe(200);
    } finally {
      await clock.close();
    }
  });

  it("an explicit versions window", async () => {
    const fixed = await startTestServer({ versions: { oldest: "202401", newest: "202403" } });
    try {
      const status = async (v: string) =>
        (await call(fixed.url, FACETS, { headers: { "linkedin-version": v } })).status;
      expect(await status("202401")).toBe(200);
      expect(await status("202403")).toBe(200);
      expect(await status("202312")).toBe(426);
      expect(await status("202404")).toBe(426);
      expect(await status(currentVersion())).toBe(426);
    } finally {
      await fixed.close();
    }
  });
});

describe("X-Restli-Protocol-Version", () => {
  it.each([[null], ["1.0.0"], ["2.0"]])("%j: 400", async (value) => {
    const res = await get(FACETS, { headers: { "x-restli-protocol-version": value } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: "ILLEGAL_ARGUMENT" });
    expect(res.body.message).toContain("X-Restli-Protocol-Version");
  });
});

describe("check order: auth, then version, then protocol, then route and params", () => {
  const none = { authorization: null, "linkedin-version": null, "x-restli-protocol-version": null };
  it("every header missing and a bad parameter: 401", async () => {
    expect((await get(BAD_PARAM, { headers: none })).status).toBe(401);
  });
  it("authenticated, no version, no protocol: VERSION_MISSING", async () => {
    const res = await get(BAD_PARAM, { headers: { "linkedin-version": null, "x-restli-protocol-version": null } });
    expect(res.body.code).toBe("VERSION_MISSING");
  });
  it("a sunset version wins over a missing protocol header", async () => {
    const res = await get(BAD_PARAM, { headers: { "linkedin-version": "202301", "x-restli-protocol-version": null } });
    expect(res.status).toBe(426);
  });
  it("protocol before parameters", async () => {
    const res = await get(BAD_PARAM, { headers: { "x-restli-protocol-version": null } });
    expect(res.body.message).toContain("X-Restli-Protocol-Version");
  });
  it("then the parameters", async () => {
    const res = await get(BAD_PARAM);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('"count"');
  });
  it("auth before routing: an unknown path without a token is a 401", async () => {
    expect((await get("/nowhere", { headers: { authorization: null } })).status).toBe(401);
  });
});
