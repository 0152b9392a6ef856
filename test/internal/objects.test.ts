// What the SDK checks before it calls a store, a Redis client or a LinkedInOAuth: each method it will call.
import { describe, expect, it } from "vitest";
import { hasMethods } from "../../src/internal/objects.js";

describe("hasMethods", () => {
  const fn = () => undefined;
  it("needs an object with a function under every name", () => {
    expect(hasMethods({ get: fn, set: fn, delete: fn }, "get", "set", "delete")).toBe(true);
    expect(hasMethods(Object.assign(Object.create({ get: fn }), { set: fn }), "get", "set")).toBe(true); // inherited
    expect(hasMethods({ get: fn, set: fn }, "get", "set", "delete")).toBe(false);
    expect(hasMethods({ get: fn, set: fn, delete: "x" }, "get", "set", "delete")).toBe(false);
    expect(hasMethods(null, "get")).toBe(false);
    expect(hasMethods(fn, "call")).toBe(false); // a function is not the object the SDK expects
    expect(hasMethods("get", "toString")).toBe(false);
  });
});
