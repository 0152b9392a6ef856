// Issue 15, item 3: a response body is capped (maxResponseBytes, default 16 MiB), counted on the DECODED bytes
// while streaming: a 64 KB gzip bomb that inflates to 64 MiB stops at the cap with a typed error, is not
// retried, and memory stays bounded. The bombs are made here, never committed.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createLinkedInClient,
  InvalidResponseError,
  LinkedInOAuth,
  OAuthError,
  ResponseTooLargeError,
  type LinkedInClientOptions,
} from "../../src/index.js";
import { expectNoSecret, rejection, thrown } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const TOKEN = "AQV-size-token-0123456789";
const MiB = 1024 * 1024;

// A full GC before measuring, so the heap delta is what the call allocated (V8's flag, set at run time).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

let bomb: Buffer; // 64 MiB of zeros, gzipped: about 64 KB on the wire
beforeAll(() => {
  bomb = gzipSync(Buffer.alloc(64 * MiB));
  expect(bomb.byteLength).toBeLessThan(MiB);
});

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Serves `body` with `headers` to every request. */
async function serve(status: number, body: Buffer | string, headers: Record<string, string>): Promise<LocalServer> {
  const s = await httpServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  servers.push(s);
  return s;
}

const gzipped = { "content-type": "application/json", "content-encoding": "gzip" };
const client = (baseUrl: string, o: Partial<LinkedInClientOptions> = {}) =>
  createLinkedInClient({ accessToken: TOKEN, baseUrl, retry: { initialDelayMs: 1, maxDelayMs: 1 }, ...o });

describe("a gzip bomb", () => {
  for (const status of [200, 503]) {
    it(`${status}: stops at maxResponseBytes with ResponseTooLargeError, once (not retried), memory bounded`, async () => {
      const s = await serve(status, bomb, { ...gzipped, "content-length": String(bomb.byteLength) });
      const li = client(s.url, { maxResponseBytes: MiB });
      gc();
      const before = used();
      const e = (await rejection(li.facets.list())) as ResponseTooLargeError;
      const grew = used() - before;
      expect(e).toBeInstanceOf(ResponseTooLargeError);
      expect(e).toBeInstanceOf(InvalidResponseError);
      expect(e.name).toBe("ResponseTooLargeError");
      expect(e.status).toBe(status);
      expect(e.maxResponseBytes).toBe(MiB);
      expect(e.message).toContain("maxResponseBytes");
      expect(e.message).toContain(String(MiB));
      expect(e.attempts).toBe(1);
      expect(s.hits).toBe(1);
      // 64 MiB decoded; what stayed allocated must be far less (the cap, plus buffers in flight).
      expect(grew).toBeLessThan(24 * MiB);
      expectNoSecret(e, TOKEN);
    });
  }

  it("the default cap is 16 MiB", async () => {
    const s = await serve(200, bomb, gzipped); // no content-length: chunked
    const e = (await rejection(client(s.url).facets.list())) as ResponseTooLargeError;
    expect(e).toBeInstanceOf(ResponseTooLargeError);
    expect(e.maxResponseBytes).toBe(16 * MiB);
  });

  it("li.api rejects with it too", async () => {
    const s = await serve(200, bomb, gzipped);
    const e = await rejection(client(s.url, { maxResponseBytes: MiB }).api.GET("/adTargetingFacets"));
    expect(e).toBeInstanceOf(ResponseTooLargeError);
  });
});

describe("the cap", () => {
  /** A facets answer of about `bytes` bytes (one facet whose name fills the rest). */
  const json = (bytes: number) => {
    const filler = "x".repeat(Math.max(0, bytes - 60));
    return JSON.stringify({ elements: [{ facetName: `a${filler}`, entityTypes: ["SKILL"] }] });
  };

  it("a body of exactly the cap is read; one byte more is not (plain, chunked, no content-length)", async () => {
    const body = json(100_000);
    const s = await serve(200, body, { "content-type": "application/json" });
    expect(await client(s.url, { maxResponseBytes: Buffer.byteLength(body) }).facets.list()).toHaveLength(1);
    const e = await rejection(client(s.url, { maxResponseBytes: Buffer.byteLength(body) - 1 }).facets.list());
    expect(e).toBeInstanceOf(ResponseTooLargeError);
  });

  it("counts decoded bytes, not the compressed content-length", async () => {
    const body = json(3 * MiB); // compresses to a few KB
    const s = await serve(200, gzipSync(body), gzipped);
    expect(await client(s.url, { maxResponseBytes: 4 * MiB }).facets.list()).toHaveLength(1);
    expect(await rejection(client(s.url, { maxResponseBytes: 2 * MiB }).facets.list())).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it("maxResponseBytes must be a whole number ≥ 1, or Infinity", async () => {
    for (const bad of [0, -1, 1.5, Number.NaN, "1" as unknown as number]) {
      const e = thrown(() => client("http://127.0.0.1:9/rest", { maxResponseBytes: bad }));
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as Error).message).toMatch(/maxResponseBytes must be/);
    }
    const s = await serve(200, gzipSync(json(100)), gzipped);
    expect(await client(s.url, { maxResponseBytes: Infinity }).facets.list()).toHaveLength(1);
  });
});

describe("LinkedInOAuth", () => {
  it("an answer past 1 MiB (a gzip bomb) is an OAuthError 'invalid_response' naming the limit", async () => {
    const s = await serve(200, bomb, gzipped);
    const secret = "size-client-secret-0123456789";
    const oauth = new LinkedInOAuth({ clientId: "86sizeclient", clientSecret: secret, authBaseUrl: `${s.origin}/o` });
    gc();
    const before = used();
    const e = (await rejection(oauth.introspect("AQV-some-token-123456"))) as OAuthError;
    expect(used() - before).toBeLessThan(24 * MiB);
    expect(e).toBeInstanceOf(OAuthError);
    expect(e.code).toBe("invalid_response");
    expect(e.message).toContain(String(MiB));
    expect(s.hits).toBe(1);
    expectNoSecret(e, secret);
  });
});

afterAll(() => {
  bomb = Buffer.alloc(0);
});
