// Name look-ups coalesce (DataLoader-style): URNs asked for within a short window share batches. The window is
// driven by an injected scheduler (no real waits); the end-to-end cases use the client's real, default window.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLinkedInClient, Facet, urn, type LinkedInClient } from "../../src/index.js";
import { contextOf as clientContextOf } from "../../src/client.js";
import { COALESCE_WINDOW_MS, createNameResolver } from "../../src/resources/names.js";
import type { ResourceContext } from "../../src/resources/request.js";
import { until } from "../support/clock.js";
import { rejection } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const urnsRequests: string[][] = [];
const heldInsights: ServerResponse[] = [];
let holdInsights = false;
const handler = (req: IncomingMessage, res: ServerResponse): void => {
  req.resume();
  req.on("end", () => {
    if (req.url?.startsWith("/rest/targetingAudienceInsights")) {
      if (holdInsights) heldInsights.push(res);
      else answerInsights(res, heldInsights.length);
      return;
    }
    const list = decodeURIComponent(/urns=List\(([^)]*)\)/.exec(req.url ?? "")?.[1] ?? "").split(",");
    urnsRequests.push(list);
    const elements = list.map((u) => ({ urn: u, name: `name of ${u}`, facetUrn: Facet.interests }));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ elements }));
  });
};

/** An insights answer whose two segments are distinct per answer `n`. */
function answerInsights(res: ServerResponse, n: number): void {
  const segmentations = [1, 2].map((k) => ({
    value: urn.interest(100 * (n + 1) + k),
    entityCount: 1000 * k,
    entityPercentage: 10 * k,
  }));
  const body = {
    value: { totalAudienceCount: 10_000, audienceInsight: { groupedBy: Facet.interests, segmentations } },
  };
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}

let server: LocalServer;
let url = "";
beforeAll(async () => {
  server = await httpServer(handler);
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => {
  urnsRequests.length = 0;
  heldInsights.length = 0;
  holdInsights = false;
});

const client = (): LinkedInClient => createLinkedInClient({ accessToken: "t", baseUrl: url, maxRetries: 0 });
const contextOf = (li: LinkedInClient): ResourceContext => clientContextOf(li)!;

/** A scheduler the test drives: `schedule` records, `tick(ms)` advances a fake clock and runs what is due. */
function manualClock() {
  let now = 0;
  const due: { at: number; run: () => void }[] = [];
  return {
    schedule: (run: () => void, ms: number) => void due.push({ at: now + ms, run }),
    pending: () => due.length,
    tick(ms: number) {
      now += ms;
      for (const d of due.filter((x) => x.at <= now)) {
        due.splice(due.indexOf(d), 1);
        d.run();
      }
    },
  };
}

describe("name look-ups coalesce within a window", () => {
  it("calls within the window share one batch; nothing is sent before it closes; a later call opens a new one", async () => {
    const clock = manualClock();
    const resolve = createNameResolver(contextOf(client()), { windowMs: 5, schedule: clock.schedule });
    const a = resolve([urn.interest(1), urn.interest(2)]);
    clock.tick(3);
    const b = resolve([urn.interest(2), urn.interest(3)]);
    expect(clock.pending()).toBe(1); // one window for both
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(urnsRequests).toHaveLength(0); // the window is still open
    clock.tick(2);
    const [ma, mb] = await Promise.all([a, b]);
    expect(urnsRequests).toEqual([[urn.interest(1), urn.interest(2), urn.interest(3)]]);
    expect(ma.get(urn.interest(1))?.name).toBe("name of urn:li:interest:1");
    expect(mb.get(urn.interest(3))?.name).toBe("name of urn:li:interest:3");

    const c = resolve([urn.interest(3), urn.interest(4)]); // 3 is cached: only 4 is asked for, in a new window
    expect(clock.pending()).toBe(1);
    clock.tick(5);
    expect((await c).get(urn.interest(4))?.name).toBe("name of urn:li:interest:4");
    expect(urnsRequests).toEqual([[urn.interest(1), urn.interest(2), urn.interest(3)], [urn.interest(4)]]);
  });

  it("a call whose URNs are all cached or already in flight opens no window", async () => {
    const clock = manualClock();
    const resolve = createNameResolver(contextOf(client()), { windowMs: 5, schedule: clock.schedule });
    const first = resolve([urn.interest(7)]);
    clock.tick(5);
    const joined = resolve([urn.interest(7)]); // in flight: joins it
    expect(clock.pending()).toBe(0);
    await Promise.all([first, joined]);
    expect((await resolve([urn.interest(7)])).size).toBe(1); // cached
    expect(clock.pending()).toBe(0);
    expect(urnsRequests).toHaveLength(1);
  });

  it("a caller that leaves during the window does not get its URNs sent; the others' still are", async () => {
    const clock = manualClock();
    const resolve = createNameResolver(contextOf(client()), { windowMs: 5, schedule: clock.schedule });
    const gone = new AbortController();
    const a = resolve([urn.interest(11), urn.interest(12)], { signal: gone.signal });
    const b = resolve([urn.interest(12)]);
    gone.abort(new Error("A gave up"));
    expect(((await rejection(a)) as Error).message).toBe("A gave up");
    clock.tick(5);
    expect((await b).get(urn.interest(12))?.name).toBe("name of urn:li:interest:12");
    expect(urnsRequests).toEqual([[urn.interest(12)]]);
  });

  it("a caller's timeoutMs counts from its call, the window included", async () => {
    const clock = manualClock();
    const resolve = createNameResolver(contextOf(client()), { windowMs: 60_000, schedule: clock.schedule });
    await expect(resolve([urn.interest(21)], { timeoutMs: 10 })).rejects.toThrow(/no answer within 10 ms/);
    clock.tick(60_000);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(urnsRequests).toHaveLength(0); // nobody waited any more
  });

  it("with the client's default window, parallel insights.get({ resolveNames }) answered together share one q=urns request", async () => {
    expect(COALESCE_WINDOW_MS).toBeGreaterThan(0);
    expect(COALESCE_WINDOW_MS).toBeLessThanOrEqual(10);
    holdInsights = true;
    const li = client();
    const criteria = { include: { and: [{ or: { [Facet.locations]: [urn.geo(103644278)] } }] } };
    const groups = ["interests", "skills", "industries", "seniorities", "jobFunctions"] as const;
    const all = Promise.all(
      groups.map((g) => li.insights.get({ targetingCriteria: criteria, groupBy: g, resolveNames: true })),
    );
    await until(() => heldInsights.length === groups.length, "every insights request is held", 2_000);
    heldInsights.forEach((res, n) => answerInsights(res, n)); // the five answers arrive together
    const results = await all;
    expect(urnsRequests).toHaveLength(1);
    expect(urnsRequests[0]).toHaveLength(10);
    for (const r of results) for (const s of r.segments) expect(s.name).toBe(`name of ${s.urn}`);
  });

  it("entities.resolve calls made together share one request", async () => {
    const li = client();
    const maps = await Promise.all([1, 2, 3].map((n) => li.entities.resolve([urn.interest(30 + n), urn.interest(30)])));
    expect(urnsRequests).toHaveLength(1);
    expect(new Set(urnsRequests[0])).toEqual(new Set([30, 31, 32, 33].map((n) => urn.interest(n))));
    expect(maps.every((m) => m.get(urn.interest(30))?.name === "name of urn:li:interest:30")).toBe(true);
  });
});
