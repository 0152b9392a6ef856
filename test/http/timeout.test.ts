// Per-attempt signals (src/http/timeout.ts): deadlines and following the caller's signal with one listener,
// also through the client against real loopback servers.
import { getEventListeners } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createLinkedInClient } from "../../src/index.js";
import { attemptSignal, follow } from "../../src/http/timeout.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";
import { useFakeClock } from "../support/clock.js";

const listeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;

describe("follow", () => {
  it("adds one listener however many follow a signal, calls each follower once, and removes it after the last", () => {
    const controller = new AbortController();
    const calls: number[] = [];
    const stops = Array.from({ length: 20 }, (_, i) => follow(controller.signal, () => calls.push(i)));
    expect(listeners(controller.signal)).toBe(1);
    stops[0]!();
    controller.abort();
    expect(calls).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const quiet = new AbortController();
    const unfollow = [follow(quiet.signal, () => undefined), follow(quiet.signal, () => undefined)];
    for (const stop of unfollow) stop();
    expect(listeners(quiet.signal)).toBe(0);
  });

  it("the same function following twice is two followers", () => {
    const controller = new AbortController();
    let n = 0;
    const f = () => n++;
    const stop = follow(controller.signal, f);
    follow(controller.signal, f);
    stop();
    controller.abort();
    expect(n).toBe(1);
  });
});

describe("attemptSignal", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("aborts with a TimeoutError after timeoutMs and says it timed out", async () => {
    useFakeClock();
    const attempt = attemptSignal(20);
    await vi.advanceTimersByTimeAsync(19);
    expect(attempt.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt.signal.aborted).toBe(true);
    expect((attempt.signal.reason as DOMException).name).toBe("TimeoutError");
    expect(attempt.timedOut()).toBe(true);
    attempt.dispose();
  });

  it("follows the caller's abort (not a timeout), and stops following on dispose", () => {
    const caller = new AbortController();
    const attempt = attemptSignal(10_000, caller.signal);
    caller.abort(new Error("user stop"));
    expect((attempt.signal.reason as Error).message).toBe("user stop");
    expect(attempt.timedOut()).toBe(false);
    attempt.dispose();
    const other = new AbortController();
    attemptSignal(10_000, other.signal).dispose();
    expect(listeners(other.signal)).toBe(0);
  });
});

describe("through the client", () => {
  let plain: Server;
  let plainUrl = "";
  let connections = 0;
  let server: TestServer;
  beforeAll(async () => {
    plain = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(
        '{"elements":[{"facetName":"skills","adTargetingFacetUrn":"urn:li:adTargetingFacet:skills","entityTypes":["SKILL"]}]}',
      );
    });
    plain.on("connection", () => connections++);
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
    plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/rest`;
    server = await startTestServer({ port: 0, extraEntities: [{ facet: "skills", count: 1_600, namePrefix: "Zz" }] });
  });
  afterAll(async () => {
    plain.closeAllConnections();
    await new Promise((resolve) => plain.close(resolve));
    await server.close();
  });

  it("a deadline per attempt does not cost the connection: keep-alive sockets are reused", async () => {
    const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: plainUrl });
    for (let i = 0; i < 3; i++) await li.facets.list(); // the pool settles (undici may open a second socket)
    connections = 0;
    for (let i = 0; i < 10; i++) expect(await li.facets.list()).toHaveLength(1);
    expect(connections).toBe(0);
  });

  it("one signal shared by 16 concurrent calls and a 1,600-page iteration: no listener pile-up, no warning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
      const shared = new AbortController();
      let most = 0;
      const watch = setInterval(() => (most = Math.max(most, listeners(shared.signal))), 1);
      await Promise.all(Array.from({ length: 16 }, () => li.facets.list({ signal: shared.signal })));
      let n = 0;
      for await (const _ of li.entities.typeahead({
        facet: "skills",
        query: "zz",
        pageSize: 1,
        concurrency: 16,
        signal: shared.signal,
      })) {
        n++;
        if (n % 200 === 0) most = Math.max(most, listeners(shared.signal));
      }
      clearInterval(watch);
      await new Promise((r) => setImmediate(r)); // a warning is emitted on a later tick (process.nextTick)
      expect(n).toBe(1_600);
      expect(most).toBeLessThanOrEqual(1);
      expect(listeners(shared.signal)).toBe(0);
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
