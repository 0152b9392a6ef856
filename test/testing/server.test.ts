import { afterEach, describe, expect, it, vi } from "vitest";
import { facets } from "../../src/testing/dataset/index.js";
import { startTestServer, TEST_ACCESS_TOKEN } from "../../src/testing/index.js";
import { api, call, DEFAULT_HEADERS, insightsBody, INSIGHTS_PATH } from "../support/api.js";
import { track, until, useFakeClock } from "../support/clock.js";
import { rawExchange } from "../support/raw.js";
import { useTestServer } from "../support/test-server.js";

const ENTITIES =
  "/adTargetingEntities?q=typeahead&query=united%20states&facet=urn%3Ali%3AadTargetingFacet%3Alocations&queryVersion=QUERY_USES_URNS";

const server = useTestServer({ port: 0, latencyMs: 0, accessTokens: [TEST_ACCESS_TOKEN] });
const get = api(() => server().url);
afterEach(() => {
  vi.useRealTimers();
});

describe("lifecycle and options", () => {
  it("listens on loopback with a /rest base URL", () => {
    expect(server().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest$/);
    expect(server().url).toBe(`http://127.0.0.1:${server().port}/rest`);
  });

  it("refuses non-loopback hosts and invalid options", async () => {
    await expect(startTestServer({ host: "0.0.0.0" })).rejects.toThrow(TypeError);
    await expect(startTestServer({ host: "192.168.1.10" })).rejects.toThrow(/loopback/);
    await expect(startTestServer({ latencyMs: -1 })).rejects.toThrow(/latencyMs/);
    await expect(startTestServer({ port: 70_000 })).rejects.toThrow(/port/);
    await expect(startTestServer({ accessTokens: [""] })).rejects.toThrow(/accessTokens/);
    await expect(startTestServer({ versions: { oldest: "2025-01", newest: "202601" } })).rejects.toThrow(/YYYYMM/);
    await expect(startTestServer({ versions: { oldest: "202602", newest: "202601" } })).rejects.toThrow(/after/);
    await expect(startTestServer({ extraEntities: [{ facet: "nope", count: 1 }] })).rejects.toThrow(/unknown facet/);
    await expect(startTestServer({ extraEntities: [{ facet: "skills", count: 0 }] })).rejects.toThrow(/count/);
    await expect(
      startTestServer({
        extraEntities: [
          { facet: "skills", count: 1 },
          { facet: "urn:li:adTargetingFacet:skills", count: 2 },
        ],
      }),
    ).rejects.toThrow(/twice/);
  });

  it("localhost binds 127.0.0.1; a taken port rejects", async () => {
    const other = await startTestServer({ host: "localhost" });
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest$/);
      await expect(startTestServer({ port: other.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await other.close();
    }
  });

  it("close() is prompt with idle keep-alive connections, idempotent, and stops serving", async () => {
    const other = await startTestServer();
    await call(other.url, "/adTargetingFacets");
    useFakeClock();
    const closing = track(Promise.all([other.close(), other.close()]));
    // The clock stands still: close() waits for no timer (an idle keep-alive socket's included).
    await until(() => closing.settled, "close() resolving");
    await closing.promise;
    vi.useRealTimers();
    await expect(fetch(`${other.url}/adTargetingFacets`)).rejects.toThrow();
  });

  it("latencyMs delays every answer, and close() clears the pending timers", async () => {
    useFakeClock();
    const slow = await startTestServer({ latencyMs: 150 });
    const answer = call(slow.url, ENTITIES);
    // The query is recorded in the same step that arms the latency timer.
    await until(() => slow.requests[0]?.query.q !== undefined, "the server reading the request");
    await vi.advanceTimersByTimeAsync(149);
    expect(slow.requests[0]!.status).toBeUndefined(); // set as the answer is written
    await vi.advanceTimersByTimeAsync(1);
    expect(slow.requests[0]!.status).toBe(200);
    expect((await answer).status).toBe(200);
    const slower = await startTestServer({ latencyMs: 60_000 });
    const pending = fetch(`${slower.url}${ENTITIES}`, { headers: DEFAULT_HEADERS }).catch((e: unknown) => e);
    await until(() => slower.requests[0]?.query.q !== undefined, "the server reading the request");
    const closing = track(Promise.all([slow.close(), slower.close()]));
    // The clock stands still: close() ends the 60 s wait instead of waiting for it.
    await until(() => closing.settled, "close() resolving");
    await closing.promise;
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe("GET /adTargetingFacets", () => {
  it("serves every dataset facet, in the dataset's order, with paging", async () => {
    const res = await get("/adTargetingFacets");
    expect(res.status).toBe(200);
    expect(res.body.elements).toEqual(
      facets.map((f) => ({
        facetName: f.facetName,
        adTargetingFacetUrn: f.urn,
        entityTypes: f.entityTypes,
        availableEntityFinders: f.availableEntityFinders,
      })),
    );
    expect(res.body.paging).toEqual({ start: 0, count: facets.length, total: facets.length, links: [] });
  });

  it("answers in LinkedIn's documented shape: adTargetingFacetUrn, never urn (LinkedIn's samples)", async () => {
    const res = await get("/adTargetingFacets");
    const byName = new Map(res.body.elements.map((e: any) => [e.facetName, e]));
    for (const e of res.body.elements) {
      expect(Object.keys(e).sort()).toEqual([
        "adTargetingFacetUrn",
        "availableEntityFinders",
        "entityTypes",
        "facetName",
      ]);
    }
    // learn.microsoft.com/linkedin/shared/references/v2/ads/adtargetingfacets, the sample's first elements.
    expect(byName.get("employersPast")).toEqual({
      entityTypes: ["COMPANY"],
      facetName: "employersPast",
      adTargetingFacetUrn: "urn:li:adTargetingFacet:employersPast",
      availableEntityFinders: ["TYPEAHEAD", "SIMILAR_ENTITIES"],
    });
    expect(byName.get("employers")).toEqual({
      entityTypes: ["COMPANY"],
      facetName: "employers",
      adTargetingFacetUrn: "urn:li:adTargetingFacet:employers",
      availableEntityFinders: ["TYPEAHEAD", "SIMILAR_ENTITIES"],
    });
    // Rest.li's $UNKNOWN for dynamicSegments, as LinkedIn's (older, $URN) sample shows it.
    expect(byName.get("dynamicSegments")).toEqual({
      entityTypes: ["$UNKNOWN"],
      facetName: "dynamicSegments",
      adTargetingFacetUrn: "urn:li:adTargetingFacet:dynamicSegments",
      availableEntityFinders: ["$UNKNOWN"],
    });
    expect(byName.get("titles")).toMatchObject({
      availableEntityFinders: ["AD_TARGETING_FACET", "TYPEAHEAD", "SIMILAR_ENTITIES"],
    });
    expect(byName.get("skills")).toMatchObject({ availableEntityFinders: ["AD_TARGETING_FACET", "TYPEAHEAD"] });
    expect(byName.get("staffCountRanges")).toMatchObject({ entityTypes: ["COMPANY_SIZE"] });
    // Place levels are Audience Insights breakdowns only, not facets.
    for (const level of ["bingCity", "bingState", "bingCountry", "bingContinent"])
      expect(byName.has(level)).toBe(false);
  });

  it("locale is accepted (raw or encoded); a malformed one is a 400", async () => {
    expect((await get("/adTargetingFacets?locale=(language:en,country:US)")).status).toBe(200);
    expect((await get("/adTargetingFacets?locale=%28language%3Aen%2Ccountry%3AUS%29")).status).toBe(200);
    const bad = await get("/adTargetingFacets?locale=en_US");
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('"locale"');
  });

  it("every answer carries content-type, a distinct x-li-uuid and the Rest.li protocol header", async () => {
    const a = await get("/adTargetingFacets");
    const b = await get("/adTargetingFacets?bogus=1");
    expect(a.headers.get("x-li-uuid")).not.toBe(b.headers.get("x-li-uuid"));
    for (const r of [a, b]) {
      expect(r.headers.get("content-type")).toBe("application/json");
      expect(r.headers.get("x-restli-protocol-version")).toBe("2.0.0");
    }
    expect(b.status).toBe(400);
    expect(b.body).toMatchObject({ status: 400, code: "QUERY_PARAM_NOT_ALLOWED" });
    expect(b.body.message).toContain('"bogus"');
  });

  it("x-li-uuid is a seeded sequence: the same seed gives the same ids", async () => {
    const ids = async () => {
      const s = await startTestServer({ seed: 42 });
      try {
        return [
          (await call(s.url, "/adTargetingFacets")).headers.get("x-li-uuid"),
          (await call(s.url, "/nope")).headers.get("x-li-uuid"),
        ];
      } finally {
        await s.close();
      }
    };
    expect(await ids()).toEqual(await ids());
  });
});

describe("routing", () => {
  it("unknown paths get 404 in LinkedIn's format, under /rest or not", async () => {
    const a = await get("/adTargetingThings");
    expect(a.status).toBe(404);
    expect(a.body).toMatchObject({ status: 404, code: "RESOURCE_NOT_FOUND" });
    const root = await call(server().url.replace(/\/rest$/, ""), "/adTargetingFacets");
    expect(root.status).toBe(404);
  });

  it("a wrong method gets 405 with Allow", async () => {
    const a = await get("/adTargetingFacets", { method: "DELETE" });
    expect(a.status).toBe(405);
    expect(a.headers.get("allow")).toBe("GET");
    expect(a.body).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
    const b = await get(INSIGHTS_PATH, { method: "GET" });
    expect(b.status).toBe(405);
    expect(b.headers.get("allow")).toBe("POST");
    const c = await get(ENTITIES, { method: "POST", body: "" });
    expect(c.status).toBe(405);
  });

  it("query tunnelling: POST + X-HTTP-Method-Override: GET + form body answers like the GET", async () => {
    const direct = await get(ENTITIES);
    const query = ENTITIES.split("?")[1]!;
    const tunnelled = await get("/adTargetingEntities", {
      method: "POST",
      headers: { "x-http-method-override": "GET", "content-type": "application/x-www-form-urlencoded" },
      body: query,
    });
    expect(tunnelled.status).toBe(200);
    expect(tunnelled.body).toEqual(direct.body);
    const record = server().requests.at(-1)!;
    expect(record).toMatchObject({ method: "POST", tunneled: true, rawQuery: query, body: query });
    expect(record.query).toMatchObject({
      q: "typeahead",
      query: "united states",
      facet: "urn:li:adTargetingFacet:locations",
    });
  });

  it("malformed tunnelling is a 400", async () => {
    const query = ENTITIES.split("?")[1]!;
    const noForm = await get("/adTargetingEntities", {
      method: "POST",
      headers: { "x-http-method-override": "GET", "content-type": "text/plain" },
      body: query,
    });
    expect(noForm.status).toBe(400);
    expect(noForm.body.message).toContain("x-www-form-urlencoded");
    const notGet = await get("/adTargetingEntities", {
      method: "POST",
      headers: { "x-http-method-override": "DELETE", "content-type": "application/x-www-form-urlencoded" },
      body: query,
    });
    expect(notGet.status).toBe(400);
    const onGet = await get(ENTITIES, { headers: { "x-http-method-override": "GET" } });
    expect(onGet.status).toBe(400);
  });

  it("URLs over 8 KB get 414; the server keeps serving", async () => {
    const res = await get(`${ENTITIES}&query2=${"a".repeat(9000)}`);
    expect(res.status).toBe(414);
    expect(res.body).toMatchObject({ status: 414, code: "URI_TOO_LONG" });
    expect((await get(ENTITIES)).status).toBe(200);
  });

  it("bodies over 1 MB get 413 (drained, not stored); the server keeps serving", async () => {
    const res = await get(INSIGHTS_PATH, { body: `{"pad":"${"x".repeat(2 * 1024 * 1024)}"}` });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(server().requests.at(-1)!.body).toBeUndefined();
    expect((await get(ENTITIES)).status).toBe(200);
  });

  it("a POST without Content-Length gets 411; garbage on the socket gets 400; the server keeps serving", async () => {
    const auth = `Authorization: Bearer ${TEST_ACCESS_TOKEN}\r\nLinkedIn-Version: ${DEFAULT_HEADERS["linkedin-version"]}\r\nX-Restli-Protocol-Version: 2.0.0\r\n`;
    const noLength = await rawExchange(
      server().port,
      `POST /rest/targetingAudienceInsights?action=audienceInsights HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`,
    );
    expect(noLength).toMatch(/^HTTP\/1\.1 411 /);
    expect(noLength).toContain('"code":"LENGTH_REQUIRED"');
    const garbage = await rawExchange(server().port, "THIS IS NOT HTTP\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect((await get("/adTargetingFacets")).status).toBe(200);
  });
});

describe("request log and stats", () => {
  it("records method, path, decoded query, raw query, redacted headers, body, status and timing", async () => {
    await get(ENTITIES);
    await get(INSIGHTS_PATH, {
      body: insightsBody([{ "urn:li:adTargetingFacet:seniorities": ["urn:li:seniority:5"] }]),
    });
    const [first, second] = server().requests;
    expect(first).toMatchObject({
      id: expect.any(Number),
      method: "GET",
      path: "/adTargetingEntities",
      rawQuery: ENTITIES.split("?")[1],
      query: {
        q: "typeahead",
        query: "united states",
        facet: "urn:li:adTargetingFacet:locations",
        queryVersion: "QUERY_USES_URNS",
      },
      status: 200,
      aborted: false,
      tunneled: false,
      body: undefined,
    });
    expect(first!.headers).toMatchObject({
      authorization: "Bearer [REDACTED]",
      "linkedin-version": DEFAULT_HEADERS["linkedin-version"],
      "x-restli-protocol-version": "2.0.0",
    });
    expect(first!.endedAt).toBeGreaterThanOrEqual(first!.startedAt);
    expect(second).toMatchObject({
      method: "POST",
      path: "/targetingAudienceInsights",
      query: { action: "audienceInsights" },
    });
    expect(second!.body).toEqual(insightsBody([{ "urn:li:adTargetingFacet:seniorities": ["urn:li:seniority:5"] }]));
    expect(JSON.stringify(server().requests)).not.toContain(TEST_ACCESS_TOKEN);
    server().clearRequests();
    expect(server().requests).toEqual([]);
  });

  it("a non-JSON body is recorded as text; a bad token is redacted too", async () => {
    await get(INSIGHTS_PATH, { body: "not json", headers: { authorization: "Bearer secret-abc" } });
    const record = server().requests.at(-1)!;
    expect(record.body).toBe("not json");
    expect(record.status).toBe(401);
    expect(JSON.stringify(record)).not.toContain("secret-abc");
  });

  it("stats measure the concurrency a client reaches, and reset", async () => {
    useFakeClock();
    const slow = await startTestServer({ latencyMs: 100 });
    /** Sends `n` calls at once; once the server has read them all (latency timers armed), lets 100 ms pass. */
    const calls = async (n: number) => {
      const before = slow.requests.length;
      const answers = Promise.all(Array.from({ length: n }, () => call(slow.url, ENTITIES)));
      const read = () => slow.requests.slice(before).filter((r) => r.query.q !== undefined).length === n;
      await until(read, `the server reading ${n} request(s)`);
      await vi.advanceTimersByTimeAsync(100);
      return answers;
    };
    try {
      await calls(6);
      expect(slow.stats.maxInFlight).toBe(6);
      expect(slow.stats.inFlight).toBe(0);
      slow.stats.reset();
      expect(slow.stats.maxInFlight).toBe(0);
      for (let i = 0; i < 3; i++) await calls(1);
      expect(slow.stats.maxInFlight).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it("a client that goes away is recorded as aborted", async () => {
    const slow = await startTestServer({ latencyMs: 2_000 });
    try {
      const controller = new AbortController();
      const answer = fetch(`${slow.url}/adTargetingFacets`, { headers: DEFAULT_HEADERS, signal: controller.signal });
      await until(() => slow.stats.inFlight === 1, "the request reaching the server");
      controller.abort();
      await expect(answer).rejects.toThrow();
      await vi.waitFor(() => expect(slow.requests[0]).toMatchObject({ aborted: true, status: undefined }));
      expect(slow.requests[0]!.endedAt).toBeDefined();
      expect(slow.stats.inFlight).toBe(0);
    } finally {
      await slow.close();
    }
  });
});

describe("robustness", () => {
  it("bad input never crashes the server nor prints anything", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
    const bad: [string, Parameters<typeof get>[1]][] = [
      [INSIGHTS_PATH, { body: "{" }],
      [INSIGHTS_PATH, { body: "null" }],
      [INSIGHTS_PATH, { body: '{"request":{"targetingCriteria":{"include":{"and":[]}},"groupBy":"x"}}' }],
      [INSIGHTS_PATH, { body: '{"request":{"targetingCriteria":{"include":{"and":[{"or":{"a":"b"}}]}}}}' }],
      ["/adTargetingEntities?q=typeahead&query=%E0%A4&facet=x", {}],
      ["/adTargetingEntities?q=typeahead&query=a&facet=urn%3Ali%3AadTargetingFacet%3Alocations&count=0", {}],
      ["/adTargetingEntities?q=typeahead&query=a&facet=urn%3Ali%3AadTargetingFacet%3Alocations&start=-1", {}],
      ["/adTargetingEntities?q=urns&urns=List((((", {}],
      ["/adTargetingEntities?q=urns&urns=" + "List(".repeat(5000), {}],
      ["/adTargetingEntities?q=__proto__", {}],
      ["/__proto__", {}],
      ["/adTargetingFacets?constructor=1", {}],
    ];
    try {
      for (const [path, init] of bad) {
        const res = await get(path, init);
        expect(res.status, path).toBeGreaterThanOrEqual(400);
        expect(res.status, path).toBeLessThan(500);
      }
      expect((await get(ENTITIES)).status).toBe(200);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe("request log bound", () => {
  it("keeps only the newest maxRecordedRequests records", async () => {
    const small = await startTestServer({ port: 0, maxRecordedRequests: 3 });
    try {
      for (let i = 0; i < 5; i++) {
        await fetch(`${small.url}/nowhere-${i}`).then((r) => r.arrayBuffer());
      }
      expect(small.requests.map((r) => r.path)).toEqual(["/nowhere-2", "/nowhere-3", "/nowhere-4"]);
    } finally {
      await small.close();
    }
  });
});
