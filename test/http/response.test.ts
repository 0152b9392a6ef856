// The Response the transport returns (src/http/response.ts): a body read once, inside the attempt, and kept
// as text; it must behave like a platform Response for openapi-fetch, middleware and li.api callers.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createLinkedInClient, type LinkedInClient } from "../../src/index.js";
import { bufferedResponse } from "../../src/http/response.js";
import { TEST_ACCESS_TOKEN } from "../../src/testing/index.js";
import { useTestServer } from "../support/test-server.js";

const server = useTestServer({ port: 0 });
let li: LinkedInClient;
beforeAll(() => {
  li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url });
});

const BODY = '{"elements":[{"name":"Skills"}]}';
const headers = () => new Headers({ "content-type": "application/json", "x-li-uuid": "req-123" });
const made = (parsed?: { value: unknown }) =>
  bufferedResponse(BODY, parsed, { status: 200, statusText: "OK", headers: headers() }, "https://x.test/rest/a");

describe("through li.api (real HTTP)", () => {
  it("is a Response with the server's status, headers and URL, its body read by openapi-fetch", async () => {
    const { data, response } = await li.api.GET("/adTargetingFacets");
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server().url}/adTargetingFacets`);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("x-li-uuid")).toBeTruthy();
    expect(data?.elements?.length).toBeGreaterThan(0);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it("a middleware can clone it and read the clone as JSON, as text or as a stream", async () => {
    const seen: unknown[] = [];
    const api = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server().url }).api;
    api.use({
      async onResponse({ response }) {
        const viaJson = (await response.clone().json()) as { elements: unknown[] };
        const viaText = await response.clone().text();
        const stream = response.clone().body;
        expect(stream).toBeInstanceOf(ReadableStream);
        const viaStream = await new Response(stream).text();
        seen.push(viaJson.elements.length, viaText === viaStream, JSON.parse(viaText).elements.length);
      },
    });
    const { data } = await api.GET("/adTargetingFacets");
    expect(seen).toEqual([data?.elements?.length, true, data?.elements?.length]);
  });
});

describe("bufferedResponse", () => {
  it("hands the parsed value to the first json() and parses afresh for a clone (no shared objects)", async () => {
    const value = { elements: [{ name: "Skills" }] };
    const response = made({ value });
    const copy = response.clone();
    expect(await response.json()).toBe(value);
    const fromClone = (await copy.json()) as typeof value;
    expect(fromClone).toEqual(value);
    expect(fromClone).not.toBe(value);
  });

  it("can be read once: a second read rejects, and clone() after a read throws", async () => {
    const response = made();
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(BODY);
    expect(response.bodyUsed).toBe(true);
    await expect(response.json()).rejects.toThrow(/already been read/);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(/already been read/);
  });

  it("gives the same bytes as arrayBuffer, bytes, blob and body stream", async () => {
    const decode = (b: ArrayBuffer | Uint8Array) => new TextDecoder().decode(b);
    expect(decode(await made().arrayBuffer())).toBe(BODY);
    expect(decode(await made().bytes())).toBe(BODY);
    expect(await (await made().blob()).text()).toBe(BODY);
    const streamed = made();
    expect(await new Response(streamed.body).text()).toBe(BODY);
    expect(streamed.bodyUsed).toBe(true);
    await expect(streamed.text()).rejects.toThrow(TypeError);
  });

  it("json() of a body that is not JSON rejects with the parser's SyntaxError", async () => {
    const response = bufferedResponse("<html>", undefined, { status: 200, statusText: "OK", headers: headers() }, "");
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("has no body for a status without one, and reads as empty text", async () => {
    const response = bufferedResponse(null, undefined, { status: 204, statusText: "", headers: headers() }, "");
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
  });

  it("keeps the URL and the original headers object", () => {
    const h = headers();
    const response = bufferedResponse(BODY, undefined, { status: 201, statusText: "Created", headers: h }, "u");
    expect(response.url).toBe("u");
    expect(response.headers).toBe(h);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Created");
    expect(response.ok).toBe(true);
  });
});

describe("loading", () => {
  it("importing the SDK does not touch Response or Request (Node would load its fetch, ~40 ms, at import)", async () => {
    vi.resetModules();
    const touched: string[] = [];
    const saved = ["Response", "Request"].map((name) => {
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, name)!;
      const value = descriptor.value ?? descriptor.get?.call(globalThis);
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => (touched.push(name), value),
      });
      return [name, descriptor] as const;
    });
    try {
      const sdk = await import("../../src/index.js");
      expect(typeof sdk.createLinkedInClient).toBe("function");
    } finally {
      for (const [name, descriptor] of saved) Object.defineProperty(globalThis, name, descriptor);
    }
    expect(touched).toEqual([]);
  });
});
