// memoryStore: TTLs against its clock, a bound with least-recently-used eviction, values copied as JSON.
import { describe, expect, it } from "vitest";
import { ConfigurationError, memoryStore } from "../../src/index.js";

describe("memoryStore", () => {
  it("answers a value until its TTL passes on the store's clock, then undefined", async () => {
    let now = 1_000;
    const store = memoryStore({ now: () => now });
    await store.set("a", { n: 1 }, { ttlMs: 100 });
    expect(await store.get("a")).toEqual({ n: 1 });
    now += 99;
    expect(await store.get("a")).toEqual({ n: 1 });
    now += 1;
    expect(await store.get("a")).toBeUndefined();
    expect(await store.get("never")).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the least recently used first", async () => {
    const store = memoryStore({ maxEntries: 2 });
    await store.set("a", 1, { ttlMs: 1e6 });
    await store.set("b", 2, { ttlMs: 1e6 });
    expect(await store.get("a")).toBe(1); // a is now the most recently used
    await store.set("c", 3, { ttlMs: 1e6 });
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toBe(1);
    expect(await store.get("c")).toBe(3);
  });

  it("hands out copies: changing what get returned does not change what is stored", async () => {
    const store = memoryStore();
    const value = { list: [1, 2] };
    await store.set("k", value, { ttlMs: 1e6 });
    value.list.push(3);
    const got = (await store.get("k")) as { list: number[] };
    got.list.push(4);
    expect(await store.get("k")).toEqual({ list: [1, 2] });
  });

  it("delete removes; a bad maxEntries is a ConfigurationError", async () => {
    const store = memoryStore();
    await store.set("k", "v", { ttlMs: 1e6 });
    await store.delete("k");
    expect(await store.get("k")).toBeUndefined();
    expect(() => memoryStore({ maxEntries: 0 })).toThrow(ConfigurationError);
  });
});
