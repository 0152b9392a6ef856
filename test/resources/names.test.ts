// Shared name look-ups outlive any one caller: a caller's abort or timeout ends its own wait only, and the shared
// request is cancelled only when nobody waits for it. The server holds each q=urns answer until the test says.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLinkedInClient, Facet, TimeoutError, urn } from "../../src/index.js";
import { until } from "../support/clock.js";
import { rejection } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

interface Held {
  url: string;
  res: ServerResponse;
  closed: boolean;
}

const held: Held[] = [];
let insightsAnswers = 0;
const handler = (req: IncomingMessage, res: ServerResponse): void => {
  req.resume();
  req.on("end", () => {
    if (req.url?.startsWith("/rest/targetingAudienceInsights")) {
      insightsAnswers++;
      const body = JSON.stringify({
        value: {
          totalAudienceCount: 1000,
          audienceInsight: {
            groupedBy: Facet.interests,
            segmentations: [{ value: "urn:li:interest:1", entityCount: 500, entityPercentage: 50 }],
          },
        },
      });
      res.writeHead(200, { "content-type": "application/json" }).end(body);
      return;
    }
    const entry: Held = { url: req.url ?? "", res, closed: false };
    res.on("close", () => (entry.closed = !res.writableFinished));
    held.push(entry);
  });
};
let server: LocalServer;
let url = "";
beforeAll(async () => {
  server = await httpServer(handler);
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => {
  held.length = 0;
  insightsAnswers = 0;
});

/** Answers every held q=urns request with a name per URN. */
function release(): void {
  for (const h of held.splice(0)) {
    const list = decodeURIComponent(/urns=List\(([^)]*)\)/.exec(h.url)?.[1] ?? "").split(",");
    const elements = list.map((u) => ({ urn: u, name: `name of ${u}`, facetUrn: Facet.interests }));
    h.res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ elements }));
  }
}

/**
 * Resolves once the server holds `n` requests (polled every turn of the event loop, for at most 2 s: look-ups
 * wait out the coalescing window, a few ms, before they are sent).
 */
async function holding(n: number): Promise<void> {
  await until(() => held.length >= n, `the server holds ${n} request(s)`, 2_000);
  expect(held.length).toBe(n);
}

const li = () => createLinkedInClient({ accessToken: "t", baseUrl: url, maxRetries: 0 });

describe("a shared look-up outlives any one caller", () => {
  it("A's abort rejects A only; B gets the names from the same request", async () => {
    const client = li();
    const a = new AbortController();
    const pa = client.entities.resolve([urn.interest(1)], { signal: a.signal });
    const pb = client.entities.resolve([urn.interest(1)]);
    await holding(1);
    a.abort(new Error("A gave up"));
    expect(((await rejection(pa)) as Error).message).toBe("A gave up");
    release();
    expect((await pb).get(urn.interest(1))?.name).toBe("name of urn:li:interest:1");
    expect(held).toHaveLength(0);
  });

  it("A's timeoutMs rejects A with a TimeoutError only; B still gets its answer", async () => {
    const client = li();
    const pa = client.entities.resolve([urn.interest(2)], { timeoutMs: 20 });
    const pb = client.entities.resolve([urn.interest(2)], { timeoutMs: 60_000 });
    await holding(1);
    expect(await rejection(pa)).toBeInstanceOf(TimeoutError);
    release();
    expect((await pb).get(urn.interest(2))?.name).toBe("name of urn:li:interest:2");
  });

  it("the request is cancelled when the last waiting caller leaves, and the next caller starts afresh", async () => {
    const client = li();
    const a = new AbortController();
    const b = new AbortController();
    const pa = client.entities.resolve([urn.interest(3)], { signal: a.signal });
    const pb = client.entities.resolve([urn.interest(3)], { signal: b.signal });
    await holding(1);
    const first = held[0]!;
    a.abort();
    await rejection(pa);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(first.closed).toBe(false); // B still waits
    b.abort();
    await rejection(pb);
    for (let i = 0; i < 200 && !first.closed; i++) await new Promise((r) => setImmediate(r));
    expect(first.closed).toBe(true); // nobody waits: cancelled
    held.splice(0);
    const pc = client.entities.resolve([urn.interest(3)]);
    await holding(1);
    release();
    expect((await pc).get(urn.interest(3))?.name).toBe("name of urn:li:interest:3");
  });

  it("through insights.get({ resolveNames }): one caller's abort does not fail the other", async () => {
    const client = li();
    const criteria = { include: { and: [{ or: { [Facet.locations]: [urn.geo(103644278)] } }] } };
    const a = new AbortController();
    const pa = client.insights.get(
      { targetingCriteria: criteria, groupBy: "interests", resolveNames: true },
      { signal: a.signal },
    );
    const pb = client.insights.get({ targetingCriteria: criteria, groupBy: "interests", resolveNames: true });
    await holding(1);
    expect(insightsAnswers).toBe(2);
    a.abort();
    await rejection(pa);
    release();
    expect((await pb).segments[0]?.name).toBe("name of urn:li:interest:1");
  });
});
