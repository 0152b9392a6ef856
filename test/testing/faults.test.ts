import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestServer, TOO_MANY_REQUESTS_BODY, tooManyRequestsBody } from "../../src/testing/index.js";
import { api, DEFAULT_HEADERS } from "../support/api.js";
import { track, until, useFakeClock } from "../support/clock.js";
import { useTestServer } from "../support/test-server.js";

const ENTITIES =
  "/adTargetingEntities?q=typeahead&query=germany&facet=urn%3Ali%3AadTargetingFacet%3Alocations&queryVersion=QUERY_USES_URNS";

const server = useTestServer();
const get = api(() => server().url);
afterEach(() => {
  vi.useRealTimers();
});

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${server().url}${path}`, {
    ...init,
    headers: { ...DEFAULT_HEADERS, ...(init.headers as Record<string, string>) },
  });

describe("injectFault", () => {
  it("status for `times` matching requests, in LinkedIn's error format; other paths unaffected", async () => {
    const fault = server().injectFault({ path: "/adTargetingEntities", times: 2, status: 503 });
    expect((await get("/adTargetingFacets")).status).toBe(200);
    const first = await get(ENTITIES);
    expect(first.status).toBe(503);
    expect(first.body).toEqual({ status: 503, message: "Service Unavailable" });
    expect(fault).toMatchObject({ hits: 1, remaining: 1 });
    expect((await get(ENTITIES)).status).toBe(503);
    expect((await get(ENTITIES)).status).toBe(200);
    expect(fault).toMatchObject({ hits: 2, remaining: 0 });
    expect(server().requests.map((r) => r.status)).toEqual([200, 503, 503, 200]);
  });

  it("429 with LinkedIn's throttle body and headers", async () => {
    expect(tooManyRequestsBody()).toEqual({
      status: 429,
      serviceErrorCode: 101,
      code: "TOO_MANY_REQUESTS",
      message: "Resource level throttle limit for calls to this resource is reached.",
    });
    server().injectFault({
      path: "/rest/adTargetingEntities",
      status: 429,
      body: TOO_MANY_REQUESTS_BODY,
      headers: { "Retry-After": "3" },
    });
    const res = await get(ENTITIES);
    expect(res.status).toBe(429);
    expect(res.body).toEqual(TOO_MANY_REQUESTS_BODY);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(res.headers.get("x-li-uuid")).toBeTruthy();
  });

  it("a string body is sent as is (a gateway's HTML page)", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server().injectFault({ status: 502, body: html, headers: { "content-type": "text/html" } });
    const res = await raw(ENTITIES);
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(await res.text()).toBe(html);
  });

  it("a body alone answers 200 with it (e.g. truncated JSON)", async () => {
    server().injectFault({ body: '{"elements": [' });
    const res = await raw(ENTITIES);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"elements": [');
  });

  it("headers alone are added to the real answer", async () => {
    server().injectFault({ headers: { "x-li-fabric": "prod-lva1", "x-extra": "1" } });
    const res = await get(ENTITIES);
    expect(res.status).toBe(200);
    expect(res.body.elements[0].name).toBe("Germany");
    expect(res.headers.get("x-li-fabric")).toBe("prod-lva1");
    expect(res.headers.get("x-extra")).toBe("1");
  });

  it("delayMs delays the answer (the real one, or the fault's)", async () => {
    useFakeClock();
    for (const [delayMs, status] of [
      [150, 200],
      [100, 504],
    ] as const) {
      server().clearRequests();
      const fault = server().injectFault({ delayMs, ...(status === 504 && { status }) });
      const answer = get(ENTITIES);
      await until(() => fault.hits === 1, "the fault being taken (its timer armed)");
      await vi.advanceTimersByTimeAsync(delayMs - 1);
      expect(server().requests[0]!.status).toBeUndefined(); // set as the answer is written
      await vi.advanceTimersByTimeAsync(1);
      expect(server().requests[0]!.status).toBe(status);
      expect((await answer).status).toBe(status);
    }
  });

  it("reset: headers and part of the body, then the socket is destroyed", async () => {
    server().injectFault({
      status: 200,
      body: { elements: Array.from({ length: 50 }, (_, i) => ({ name: `n${i}` })) },
      reset: true,
    });
    const res = await raw(ENTITIES);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    await vi.waitFor(() => expect(server().requests[0]).toMatchObject({ status: 200, aborted: true }));
  });

  it("reset without status or body cuts the real answer", async () => {
    server().injectFault({ reset: true });
    const res = await raw(ENTITIES);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    expect((await get(ENTITIES)).status).toBe(200);
  });

  it("hang: never answers; the client can give up", async () => {
    server().injectFault({ hang: true });
    const controller = new AbortController();
    const answer = raw(ENTITIES, { signal: controller.signal });
    await until(() => server().stats.inFlight === 1, "the request reaching the server");
    controller.abort();
    await expect(answer).rejects.toThrow();
    await vi.waitFor(() => expect(server().requests[0]).toMatchObject({ aborted: true, status: undefined }));
    expect(server().stats.inFlight).toBe(0);
    expect((await get(ENTITIES)).status).toBe(200);
  });

  it("hang: close() resolves promptly and destroys the socket", async () => {
    const other = await startTestServer({ latencyMs: 10 });
    other.injectFault({ hang: true, times: Infinity });
    const pending = Promise.all(
      [0, 1, 2].map(() =>
        fetch(`${other.url}/adTargetingFacets`, { headers: DEFAULT_HEADERS }).then(
          () => "answered",
          () => "failed",
        ),
      ),
    );
    await vi.waitFor(() => expect(other.stats.inFlight).toBe(3));
    useFakeClock();
    const closing = track(other.close());
    // The clock stands still: close() waits for no timer (neither the hung answers nor the latency).
    await until(() => closing.settled, "close() resolving");
    await closing.promise;
    expect(await pending).toEqual(["failed", "failed", "failed"]);
    expect(other.requests.every((r) => r.aborted)).toBe(true);
  });

  it("method, RegExp path and match narrow a fault; Infinity, remove() and clearFaults()", async () => {
    const onPost = server().injectFault({ method: "post", status: 500, times: Infinity });
    expect((await get(ENTITIES)).status).toBe(200);
    onPost.remove();
    const byRegExp = server().injectFault({
      path: /^\/adTargeting/,
      match: (r) => r.query.query === "france",
      status: 503,
      times: Infinity,
    });
    expect((await get(ENTITIES)).status).toBe(200);
    expect((await get(ENTITIES.replace("germany", "france"))).status).toBe(503);
    expect((await get(ENTITIES.replace("germany", "france"))).status).toBe(503);
    expect(byRegExp.hits).toBe(2);
    expect(byRegExp.remaining).toBe(Infinity);
    server().clearFaults();
    expect((await get(ENTITIES.replace("germany", "france"))).status).toBe(200);
  });

  it("match sees the parsed body", async () => {
    server().injectFault({
      path: "/targetingAudienceInsights",
      match: (r) => (r.body as any)?.request?.groupBy === "x",
      status: 418,
    });
    const res = await raw("/targetingAudienceInsights?action=audienceInsights", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ request: { groupBy: "x" } }),
    });
    expect(res.status).toBe(418);
  });

  it("faults come before authentication (they stand for the network and gateways)", async () => {
    server().injectFault({ status: 503 });
    expect((await get(ENTITIES, { headers: { authorization: null } })).status).toBe(503);
  });

  it("a match that throws answers 500 naming it", async () => {
    server().injectFault({
      match: () => {
        throw new Error("boom");
      },
    });
    const res = await get(ENTITIES);
    expect(res.status).toBe(500);
    expect(res.body.message).toContain("boom");
  });

  it("invalid faults are refused", () => {
    expect(() => server().injectFault({ times: 0 })).toThrow(TypeError);
    expect(() => server().injectFault({ times: 1.5 })).toThrow(TypeError);
    expect(() => server().injectFault({ status: 99 })).toThrow(TypeError);
    expect(() => server().injectFault({ delayMs: -5 })).toThrow(TypeError);
    expect(() => server().injectFault({ reset: true, hang: true })).toThrow(TypeError);
  });
});
