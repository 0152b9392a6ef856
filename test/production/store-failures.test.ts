// A cache is never a reason for a failed call: a store that throws or hangs degrades to "no cache" with one
// warning per client; a stored value of the wrong shape is ignored and overwritten.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createLinkedInClient,
  memoryStore,
  urn,
  type ClientWarning,
  type LinkedInClientOptions,
  type Store,
} from "../../src/index.js";
import { STORE_TIMEOUT_MS } from "../../src/store/guard.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";
import { track, until, useFakeClock } from "../support/clock.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const client = (options: Partial<LinkedInClientOptions>) =>
  createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url, ...options });

describe("a store that fails", () => {
  it("throwing on every operation: every call succeeds; one warning per client", async () => {
    const broken: Store = {
      get: async () => {
        throw new Error("ECONNREFUSED 127.0.0.1:6379");
      },
      set: () => Promise.reject(new Error("ECONNREFUSED 127.0.0.1:6379")),
      delete: () => {
        throw new Error("sync throw");
      },
    };
    const warnings: ClientWarning[] = [];
    const li = client({ store: broken, onWarning: (w) => warnings.push(w) });
    expect((await li.facets.list()).length).toBeGreaterThan(0);
    expect((await li.entities.resolve([urn.geo(103644278)])).size).toBe(1);
    expect((await li.entities.find({ facet: "jobFunctions", name: "Finance" })).urn).toBe("urn:li:function:10");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe("store-failed");
    expect(warnings[0]!.message).toMatch(/^The cache store failed \(get: Error: ECONNREFUSED 127\.0\.0\.1:6379\)/);
    // The logger's warn is the channel when there is no onWarning.
    const logged: string[] = [];
    await client({ store: broken, logger: { warn: (m) => logged.push(m) } }).facets.list();
    expect(logged).toHaveLength(1);
  });

  it(`hanging: the call goes on after ${STORE_TIMEOUT_MS} ms without it, with one warning`, async () => {
    useFakeClock();
    try {
      let gets = 0;
      const hung: Store = {
        get: () => (gets++, new Promise(() => undefined)),
        set: () => new Promise(() => undefined),
        delete: async () => undefined,
      };
      const warnings: ClientWarning[] = [];
      const li = client({ store: hung, onWarning: (w) => warnings.push(w) });
      server.clearRequests();
      const call = track(li.facets.list());
      await until(() => gets === 1, "the store was asked");
      await vi.advanceTimersByTimeAsync(STORE_TIMEOUT_MS - 1);
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(server.requests).toHaveLength(0); // still waiting for the store
      expect(call.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1); // the store's bound: the client goes on without it
      await until(() => call.settled, "the call ended");
      expect(call.error).toBeUndefined();
      expect((await call.promise).length).toBeGreaterThan(0);
      await li.facets.list(); // the store is left alone for a while: no second wait
      expect(gets).toBe(1);
      expect(warnings.map((w) => w.code)).toEqual(["store-failed"]);
      expect(warnings[0]!.message).toContain(`no answer within ${STORE_TIMEOUT_MS} ms`);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("a stored value of the wrong shape", () => {
  it("is ignored (LinkedIn is asked) and overwritten with a good one", async () => {
    const inner = memoryStore();
    const keys: string[] = [];
    const store: Store = { ...inner, set: (k, v, o) => (keys.push(k), inner.set(k, v, o)) };
    const first = client({ store });
    await first.facets.list();
    await first.entities.resolve([urn.geo(103644278)]);
    const facetsKey = keys.find((k) => k.includes(":facets:"))!;
    const nameKey = keys.find((k) => k.includes(":name:"))!;
    expect(facetsKey).toMatch(/^v1:facets:127\.0\.0\.1:\d+\/rest:\d{6}$/);
    expect(nameKey).toMatch(/^v1:name:127\.0\.0\.1:\d+\/rest:\d{6}:urn:li:geo:103644278$/);

    for (const bad of [{ not: "facets" }, [{ facetName: 3 }], "text", 42, null, []]) {
      await inner.set(facetsKey, bad, { ttlMs: 60_000 });
      await inner.set(nameKey, bad === null ? { entity: { urn: "urn:li:geo:1", name: "Elsewhere" } } : bad, {
        ttlMs: 60_000,
      });
      server.clearRequests();
      const li = client({ store });
      const facets = await li.facets.list();
      const names = await li.entities.resolve([urn.geo(103644278)]);
      expect(facets.length).toBeGreaterThan(0);
      expect(names.get(urn.geo(103644278))?.name).toBe("United States");
      expect(server.requests.map((r) => r.path)).toEqual(["/adTargetingFacets", "/adTargetingEntities"]);
      // Overwritten: a third client is answered from the store.
      server.clearRequests();
      await client({ store }).facets.list();
      await client({ store }).entities.resolve([urn.geo(103644278)]);
      expect(server.requests).toHaveLength(0);
    }
  });
});

describe("the store option", () => {
  it("must be a store", () => {
    expect(() => client({ store: {} as Store })).toThrow(
      /store must have get\(key\), set\(key, value, \{ ttlMs \}\) and delete\(key\)/,
    );
    expect(() => client({ quotaKey: "" })).toThrow(/quotaKey must be a non-empty string/);
  });
});
