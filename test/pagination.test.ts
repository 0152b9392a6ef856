// Pagination against the embedded test server: 1,500 synthetic skills match the query "zq".
import { getEventListeners } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ConfigurationError,
  createLinkedInClient,
  Facet,
  paginate,
  PaginationError,
  ServerError,
  type AdTargetingEntity,
  type PagedPath,
} from "../src/index.js";
import { startTestServer, TEST_ACCESS_TOKEN } from "../src/testing/index.js";
import { until } from "./support/clock.js";
import { useTestServer } from "./support/test-server.js";

const MATCHES = 1_500;
const extraEntities = [{ facet: "skills", count: MATCHES, namePrefix: "Zq Skill" }];
const server = useTestServer({ port: 0, extraEntities });
const slow = useTestServer({ port: 0, latencyMs: 30, extraEntities }); // requests overlap and can be caught in flight

const li = () =>
  createLinkedInClient({
    accessToken: TEST_ACCESS_TOKEN,
    baseUrl: server().url,
    retry: { initialDelayMs: 5, maxDelayMs: 10 },
  });
const typeahead = (extra: object = {}) => li().entities.typeahead({ facet: "skills", query: "zq", ...extra });

function expectAllOnceInOrder(items: AdTargetingEntity[]) {
  expect(items).toHaveLength(MATCHES);
  expect(new Set(items.map((e) => e.urn)).size).toBe(MATCHES);
  const names = items.map((e) => e.name);
  expect(names[0]).toMatch(/^Zq Skill 0*0$/);
  expect(names.at(-1)).toMatch(new RegExp(`^Zq Skill 0*${MATCHES - 1}$`));
}

describe("typeahead iteration", () => {
  it("yields every element exactly once and in order, one page at a time", async () => {
    const items: AdTargetingEntity[] = [];
    for await (const e of typeahead({ pageSize: 100 })) items.push(e);
    expectAllOnceInOrder(items);
    expect(server().requests.map((r) => r.query.start)).toEqual(Array.from({ length: 15 }, (_, i) => String(i * 100)));
    expect(server().stats.maxInFlight).toBe(1);
  });

  it("with concurrency 8, still every element once and in order, never more than 8 in flight", async () => {
    const client = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: slow().url });
    const items = await client.entities
      .typeahead({ facet: "skills", query: "zq", pageSize: 50, concurrency: 8 })
      .toArray();
    expectAllOnceInOrder(items);
    expect(slow().requests).toHaveLength(MATCHES / 50);
    expect(slow().stats.maxInFlight).toBe(8); // measured at the server: the bound is reached, never passed
  });

  it("sends the finder's query exactly as LinkedIn expects, encoded once", async () => {
    await typeahead({ pageSize: 10 }).first();
    const [req] = server().requests;
    expect(req?.rawQuery).toBe(
      "q=typeahead&query=zq&facet=urn%3Ali%3AadTargetingFacet%3Askills&queryVersion=QUERY_USES_URNS&start=0&count=1",
    );
  });

  it("pages() exposes each page with its paging block", async () => {
    const starts: number[] = [];
    for await (const page of typeahead({ pageSize: 100, maxItems: 250 }).pages()) {
      starts.push(page.start);
      expect(page.paging.total).toBe(MATCHES);
    }
    expect(starts).toEqual([0, 100, 200]);
  });

  it("maxItems stops early and fetches no page it does not need", async () => {
    const items = await typeahead({ pageSize: 100, maxItems: 250, concurrency: 4 }).toArray();
    expect(items).toHaveLength(250);
    expect(server().requests.map((r) => `${r.query.start}+${r.query.count}`)).toEqual(["0+100", "100+100", "200+50"]);
  });

  it("first() is one request", async () => {
    const first = await typeahead().first();
    expect(first?.name).toMatch(/^Zq Skill 0*0$/);
    expect(server().requests).toHaveLength(1);
  });

  it("iterations sharing one signal put one listener on it, and none once they end (no warning at 11)", async () => {
    const shared = new AbortController();
    const iterators = Array.from({ length: 12 }, () =>
      typeahead({ pageSize: 10, signal: shared.signal })[Symbol.asyncIterator](),
    );
    for (const it of iterators) expect((await it.next()).done).toBe(false); // each is inside its loop now
    expect(getEventListeners(shared.signal, "abort")).toHaveLength(1);
    for (const it of iterators) await it.return?.();
    expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);
  });

  it("leaving the loop early aborts the requests still in flight", async () => {
    // A server of its own (no stray request of an earlier test), whose pages from start=20 on never answer:
    // they are in flight, at the server, whenever the loop is left.
    const own = await startTestServer({
      port: 0,
      extraEntities: [{ facet: "skills", count: MATCHES, namePrefix: "Zq Skill" }],
    });
    try {
      own.injectFault({ hang: true, times: Infinity, match: (r) => Number(r.query.start) >= 20 });
      const client = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: own.url });
      let seen = 0;
      for await (const _ of client.entities.typeahead({ facet: "skills", query: "zq", pageSize: 10, concurrency: 4 })) {
        // Page 2's items: pages 3–6 are requested by now; once all four are at the server, leave.
        if (++seen === 15) {
          await until(() => own.stats.inFlight === 4, "pages 3–6 reaching the server");
          break;
        }
      }
      await until(() => own.stats.inFlight === 0, "the server seeing the disconnects");
      expect(own.requests.filter((r) => r.aborted).length).toBeGreaterThanOrEqual(1);
      expect(own.requests.filter((r) => r.status === 200).length).toBeLessThanOrEqual(5);
      expect(own.requests.length).toBeLessThanOrEqual(6);
      const outcomes = own.requests.map((r) => `${r.query.start} ${r.aborted ? "aborted" : r.status}`);
      expect(outcomes.sort()).toEqual(["0 200", "10 200", "20 aborted", "30 aborted", "40 aborted", "50 aborted"]);
    } finally {
      await own.close();
    }
  });

  it("a page that fails after the retries surfaces as the typed error, after the earlier elements", async () => {
    server().injectFault({
      path: "/adTargetingEntities",
      status: 503,
      times: 10,
      match: (r) => r.query.start === "200",
    });
    const seen: string[] = [];
    let error: unknown;
    try {
      for await (const e of typeahead({ pageSize: 100, maxRetries: 1 })) seen.push(e.urn);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(200);
  });
});

describe("bad input throws at the call, before any request", () => {
  it.each([
    [{ pageSize: 101 }, /pageSize 101 is more than q=typeahead serves in one page \(at most 100\)/],
    [{ pageSize: 0 }, /pageSize/],
    [{ start: -1 }, /start/],
    [{ concurrency: 0 }, /concurrency/],
    [{ maxItems: 1.5 }, /maxItems/],
    [{ timeoutMs: 0 }, /paginate: timeoutMs must be a positive number/],
    [{ maxRetries: -1 }, /paginate: maxRetries must be a whole number ≥ 0/],
  ])("%o", (extra, message) => {
    expect(() => typeahead(extra)).toThrow(ConfigurationError);
    expect(() => typeahead(extra)).toThrow(message);
    expect(server().requests).toHaveLength(0);
  });

  it("an empty query or an unknown facet name", () => {
    expect(() => li().entities.typeahead({ facet: "skills", query: " " })).toThrow(/query must be non-empty/);
    expect(() => li().entities.typeahead({ facet: "skillz", query: "a" })).toThrow(/skillz/);
    expect(() =>
      paginate(li(), "/adTargetingEntities", {
        params: { query: { q: "typeahead", query: "", facet: Facet.locations } },
      }),
    ).toThrow(/"query" is empty/);
    expect(server().requests).toHaveLength(0);
  });
});

describe("paginate (generic)", () => {
  it("walks any paged GET path of the spec", async () => {
    const names = await paginate(li(), "/adTargetingEntities", {
      params: { query: { q: "typeahead", query: "ca", facet: Facet.locations } },
      pageSize: 5,
    }).toArray();
    expect(names.length).toBeGreaterThan(5);
    expect(names.some((e) => e.name === "Canada")).toBe(true);
  });

  it("accepts only paged GET paths (type level)", () => {
    // /adTargetingFacets has elements and paging but no start/count parameters: not paged.
    expectTypeOf<PagedPath>().toEqualTypeOf<"/adTargetingEntities">();
    // @ts-expect-error -- /targetingAudienceInsights has no GET with elements and paging
    expect(() => paginate(li(), "/targetingAudienceInsights", {})).toThrow(/not a GET path/);
  });
});

describe("misbehaving servers terminate", () => {
  let bad: Server;
  let mode: "repeat" | "repeat-echo" | "lying-total" | "over-long" = "repeat";
  const hits: string[] = [];
  beforeAll(async () => {
    bad = createServer((req, res) => {
      const url = new URL(req.url!, "http://x");
      const start = Number(url.searchParams.get("start") ?? 0);
      const count = Number(url.searchParams.get("count") ?? 10);
      hits.push(`${start}`);
      const page = (from: number, n: number) =>
        Array.from({ length: n }, (_, i) => ({
          name: `E${from + i}`,
          urn: `urn:li:skill:${from + i + 1}`,
          facetUrn: Facet.skills,
        }));
      let body: object;
      if (mode === "repeat")
        body = { elements: page(0, count), paging: { start: 0, count } }; // ignores start
      else if (mode === "repeat-echo")
        body = { elements: page(0, count), paging: { start, count } }; // echoes start, same data
      else if (mode === "over-long")
        // Ignores `count`: 25 elements from `start`, for a collection of 55.
        body = { elements: page(start, Math.max(0, Math.min(25, 55 - start))), paging: { start, count, total: 55 } };
      else body = { elements: start < 30 ? page(start, count) : [], paging: { start, count, total: 1_000_000 } };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
    await new Promise<void>((r) => bad.listen(0, "127.0.0.1", r));
  });
  afterAll(() => new Promise<void>((r) => bad.close(() => r())));
  const client = () =>
    createLinkedInClient({
      accessToken: "t0ken",
      baseUrl: `http://127.0.0.1:${(bad.address() as AddressInfo).port}/rest`,
    });

  it("a server that ignores start → PaginationError, not an endless loop", async () => {
    mode = "repeat";
    hits.length = 0;
    await expect(client().entities.typeahead({ facet: "skills", query: "a", pageSize: 10 }).toArray()).rejects.toThrow(
      PaginationError,
    );
    expect(hits.length).toBeLessThanOrEqual(2);
  });

  it("a server that echoes start but repeats the data → PaginationError", async () => {
    mode = "repeat-echo";
    hits.length = 0;
    await expect(client().entities.typeahead({ facet: "skills", query: "a", pageSize: 10 }).toArray()).rejects.toThrow(
      /no progress/,
    );
  });

  // A server returning more elements than `count` used to make the iterator yield 55 items of which 30 distinct.
  it("pages longer than asked for are cut: every element once, none twice", async () => {
    mode = "over-long";
    for (const concurrency of [1, 4]) {
      const items = await client()
        .entities.typeahead({ facet: "skills", query: "a", pageSize: 10, concurrency })
        .toArray();
      expect(items.map((e) => e.name)).toStrictEqual(Array.from({ length: 55 }, (_, i) => `E${i}`));
    }
  });

  it("a lying total stops at the short page, with concurrency too", async () => {
    mode = "lying-total";
    hits.length = 0;
    const items = await client()
      .entities.typeahead({ facet: "skills", query: "a", pageSize: 10, concurrency: 4 })
      .toArray();
    expect(items).toHaveLength(30);
    expect(hits.length).toBeLessThanOrEqual(8);
  });
});
