// li.versions.probe() against the test server's version window: the served range found with a handful of requests
// (counted in the server's request log), skipped months handled, the answer kept in the store for a day,
// version: "latest", and a 426 naming the newest served version.
import { afterEach, describe, expect, it } from "vitest";
import {
  createLinkedInClient,
  defaultLinkedInVersion,
  memoryStore,
  VersionError,
  VersionProbeError,
  type LinkedInClient,
  type LinkedInClientOptions,
} from "../../src/index.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer, type VersionWindow } from "../../src/testing/index.js";
import { rejection } from "../support/errors.js";

const NOW = new Date("2026-11-20T12:00:00Z"); // current month 202611
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(versions?: VersionWindow, now = NOW): Promise<TestServer> {
  server = await startTestServer({ versions, now: () => now.getTime() });
  return server;
}
function client(s: TestServer, options: Partial<LinkedInClientOptions> = {}): LinkedInClient {
  return createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: s.url, now: () => NOW, ...options });
}
const probes = (s: TestServer) => s.requests.filter((r) => r.path === "/adTargetingFacets");

// window → the requests the probe needs (asserted exactly: a change to the search shows here)
const WINDOWS: [string, VersionWindow | undefined, { oldest: string; newest: string; skipped: string[] }, number][] = [
  ["the test server's default: 12 months", undefined, { oldest: "202512", newest: "202611", skipped: [] }, 4],
  ["13 months", { oldest: "202511", newest: "202611" }, { oldest: "202511", newest: "202611", skipped: [] }, 5],
  ["6 months", { oldest: "202606", newest: "202611" }, { oldest: "202606", newest: "202611", skipped: [] }, 6],
  ["24 months", { oldest: "202412", newest: "202611" }, { oldest: "202412", newest: "202611", skipped: [] }, 9],
  ["36 months", { oldest: "202312", newest: "202611" }, { oldest: "202312", newest: "202611", skipped: [] }, 9],
  [
    "12 months with a skipped month inside",
    { oldest: "202512", newest: "202611", skipped: ["202603"] },
    { oldest: "202512", newest: "202611", skipped: [] },
    4,
  ],
  [
    "a skipped month next to the expected boundary",
    { oldest: "202510", newest: "202611", skipped: ["202511"] },
    { oldest: "202510", newest: "202611", skipped: ["202511"] },
    9,
  ],
  [
    "the current month not out yet",
    { oldest: "202511", newest: "202610" },
    { oldest: "202511", newest: "202610", skipped: [] },
    6,
  ],
];

describe("li.versions.probe()", () => {
  it.each(WINDOWS)("%s: found in the expected number of requests (at most 10)", async (_, window, expected, cost) => {
    const s = await serve(window);
    const li = client(s);
    const found = await li.versions.probe();
    expect({ oldest: found.oldest, newest: found.newest, skipped: found.skipped }).toEqual(expected);
    expect(found.requests).toBe(probes(s).length);
    expect(probes(s).length).toBe(cost);
    expect(cost).toBeLessThanOrEqual(10);
    // Every probe carried its own LinkedIn-Version and was answered 200 or 426.
    for (const r of probes(s)) expect([200, 426]).toContain(r.status);
    expect(new Set(probes(s).map((r) => r.headers["linkedin-version"])).size).toBe(cost);
  });

  it("LinkedIn's own gap: no 202512, asked in December 2025 → newest 202511", async () => {
    const december = new Date("2025-12-20T08:00:00Z");
    const s = await serve({ oldest: "202412", newest: "202511" }, december);
    const found = await client(s, { now: () => december }).versions.probe();
    expect(found).toMatchObject({ oldest: "202412", newest: "202511" });
    expect(found.requests).toBeLessThanOrEqual(10);
  });

  it("is kept in the store for a day: a second probe, or another client on the store, costs 0 requests", async () => {
    const s = await serve();
    const store = memoryStore();
    const first = await client(s, { store }).versions.probe();
    const before = probes(s).length;
    const again = await client(s, { store }).versions.probe();
    expect(probes(s).length).toBe(before);
    expect(again).toMatchObject({ oldest: first.oldest, newest: first.newest, requests: 0 });
    expect(again.probedAt.toISOString()).toBe(first.probedAt.toISOString());
    // A day later (the client's clock), or with fresh: true, LinkedIn is asked again.
    const later = new Date(NOW.getTime() + 24 * 3_600_000 + 1);
    expect((await client(s, { store, now: () => later }).versions.probe()).requests).toBeGreaterThan(0);
    expect((await client(s, { store }).versions.probe({ fresh: true })).requests).toBeGreaterThan(0);
  });

  it("concurrent probes share one search", async () => {
    const s = await serve();
    const li = client(s);
    const [a, b, c] = await Promise.all([li.versions.probe(), li.versions.probe(), li.versions.probe()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(probes(s).length).toBe(4);
  });

  it("nothing served at all → VersionProbeError naming what was asked", async () => {
    const s = await serve({ oldest: "201901", newest: "201912" });
    const error = await rejection(client(s).versions.probe());
    expect(error).toBeInstanceOf(VersionProbeError);
    expect((error as Error).message).toMatch(/No LinkedIn-Version is served at this baseUrl: 202611, 202610/);
  });

  it("another answer than 200/426 is thrown as its typed error (a wrong token: 401)", async () => {
    const s = await serve();
    const error = await rejection(client(s, { accessToken: "wrong-token" }).versions.probe());
    expect((error as { status?: number }).status).toBe(401);
  });
});

describe('version: "latest"', () => {
  it("probes once at the first request, shared by concurrent first calls, then sends the newest", async () => {
    const s = await serve({ oldest: "202512", newest: "202611" });
    const li = client(s, { version: "latest" });
    expect(li.version).toBe("latest");
    await Promise.all([li.facets.list(), li.entities.typeahead({ facet: "locations", query: "united" }).first()]);
    expect(li.version).toBe("202611");
    const calls = s.requests.slice(4); // after the probe's 4
    expect(s.requests.slice(0, 4).every((r) => r.path === "/adTargetingFacets")).toBe(true);
    expect(calls.map((r) => r.headers["linkedin-version"])).toEqual(["202611", "202611"]);
    await li.facets.list(); // cached in the store now
    expect(s.requests).toHaveLength(6);
  });

  it("a per-call LinkedIn-Version still wins, and waits for no probe", async () => {
    const s = await serve({ oldest: "202512", newest: "202611" });
    const li = client(s, { version: "latest" });
    await li.facets.list({ headers: { "LinkedIn-Version": "202601" } });
    expect(s.requests.map((r) => r.headers["linkedin-version"])).toEqual(["202601"]);
  });
});

describe("a 426 names the newest served version when the store knows it", () => {
  it("unknown before a probe; named after one (on the error and in the message)", async () => {
    const s = await serve({ oldest: "202512", newest: "202611" });
    const store = memoryStore();
    const old = client(s, { store, version: "202401" });
    const before = (await rejection(old.facets.list())) as VersionError;
    expect(before).toBeInstanceOf(VersionError);
    expect(before.newestVersion).toBeUndefined();
    expect(before.message).toMatch(
      /li\.versions\.probe\(\) finds them, and \{ version: "latest" \} follows the newest/,
    );
    await client(s, { store }).versions.probe();
    const after = (await rejection(old.facets.list())) as VersionError;
    expect(after.newestVersion).toBe("202611");
    expect(after.message).toMatch(
      /LinkedIn serves 202512–202611 .*the newest is 202611: pass createLinkedInClient\(\{ version: "202611" \}\)/,
    );
    expect(after.toJSON()).toMatchObject({ version: "202401", newestVersion: "202611" });
  });

  it("the release's default version is what a client without `version` sends", () => {
    expect(createLinkedInClient({ accessToken: "t" }).version).toBe(defaultLinkedInVersion);
  });
});
