// Issue 15, item 10: the deadline (timeoutMs) and the caller's abort end the call whatever the fetch does —
// a custom fetch that ignores the attempt's signal, or a body stream that never ends. Real loopback servers;
// the custom fetches wrap the real one. Timeouts here are ≤ 50 ms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConnectionError,
  createLinkedInClient,
  LinkedInOAuth,
  OAuthError,
  TimeoutError,
  type LinkedInClientOptions,
} from "../../src/index.js";
import { expectNoSecret, rejection } from "../support/errors.js";
import { httpServer, type LocalServer } from "./servers.js";

const TOKEN = "AQV-deadline-token-0123456789";
const BOUND_MS = 1_500; // "within a bound": far above the 30 ms deadlines, far below a hang

/** A fetch that wraps the real one but drops the signal, as some instrumented or polyfilled fetches do. */
const deaf = (request: Request) =>
  fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    duplex: "half",
  } as RequestInit);

/** The real answer's status and headers, with a body stream that sends one chunk and never ends. */
function endless(onCancel: () => void) {
  return async (request: Request) => {
    const real = await deaf(request);
    await real.body?.cancel();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"elements":['));
      },
      cancel: onCancel,
    });
    return new Response(stream, { status: real.status, headers: real.headers });
  };
}

let silent: LocalServer; // accepts the request, never answers
let stalling: LocalServer; // sends the head and part of the body, never ends
let answering: LocalServer; // answers at once
beforeAll(async () => {
  silent = await httpServer(() => undefined);
  stalling = await httpServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"elements":[');
  });
  answering = await httpServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      '{"elements":[{"facetName":"skills","adTargetingFacetUrn":"urn:li:adTargetingFacet:skills","entityTypes":["SKILL"]}]}',
    );
  });
});
afterAll(async () => {
  await Promise.all([silent.close(), stalling.close(), answering.close()]);
});

const client = (baseUrl: string, o: Partial<LinkedInClientOptions> = {}) =>
  createLinkedInClient({ accessToken: TOKEN, baseUrl, maxRetries: 0, timeoutMs: 30, ...o });

async function timed<T>(p: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await rejection(p);
  return { error, ms: performance.now() - started };
}

describe("a fetch that ignores the signal and never settles", () => {
  it("timeoutMs ends the call with a TimeoutError, per attempt (retries included)", async () => {
    const { error, ms } = await timed(
      client(silent.url, { fetch: deaf, maxRetries: 1, retry: { initialDelayMs: 1 } }).facets.list(),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
    expect(ms).toBeLessThan(BOUND_MS);
    expectNoSecret(error, TOKEN);
  }, 5_000);

  it("the caller's abort ends the call as the abort it is", async () => {
    const controller = new AbortController();
    const p = client(silent.url, { fetch: deaf, timeoutMs: Infinity }).facets.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const { error, ms } = await timed(p);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).name).toBe("AbortError");
    expect(ms).toBeLessThan(BOUND_MS);
  }, 5_000);

  it("li.api too", async () => {
    const { error, ms } = await timed(client(silent.url, { fetch: deaf }).api.GET("/adTargetingFacets"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 5_000);

  it("a fetch that answers after the deadline has its late body cancelled", async () => {
    let cancelled = false;
    const late = async (request: Request) => {
      const real = await deaf(request);
      await new Promise((r) => setTimeout(r, 40)); // past the 10 ms deadline
      const stream = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode("{")),
        cancel: () => void (cancelled = true),
      });
      return new Response(stream, { status: real.status, headers: real.headers });
    };
    const { error } = await timed(client(answering.url, { fetch: late, timeoutMs: 10 }).facets.list());
    expect(error).toBeInstanceOf(TimeoutError);
    // The late answer arrives ~40 ms after the fetch began; wait for its cancellation (bounded), not a fixed time.
    for (let i = 0; i < 200 && !cancelled; i++) await new Promise((r) => setTimeout(r, 10));
    expect(cancelled).toBe(true);
  }, 5_000);
});

describe("a body that never ends", () => {
  it("from a real server, read through a fetch that ignores the signal → TimeoutError", async () => {
    const { error, ms } = await timed(client(stalling.url, { fetch: deaf }).facets.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 5_000);

  it("a Response whose ReadableStream never closes → TimeoutError, and the stream is cancelled", async () => {
    let cancelled = false;
    const { error, ms } = await timed(
      client(answering.url, { fetch: endless(() => (cancelled = true)) }).facets.list(),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(BOUND_MS);
    // The reader is cancelled as the deadline fires; the stream's cancel() runs on a later tick (bounded wait).
    for (let i = 0; i < 200 && !cancelled; i++) await new Promise((r) => setTimeout(r, 5));
    expect(cancelled).toBe(true);
  }, 5_000);

  it("the caller's abort ends the read as the abort it is, and cancels the stream", async () => {
    let cancelled = false;
    const controller = new AbortController();
    const li = client(answering.url, { fetch: endless(() => (cancelled = true)), timeoutMs: Infinity });
    const p = li.facets.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const { error, ms } = await timed(p);
    expect((error as Error).name).toBe("AbortError");
    expect(ms).toBeLessThan(BOUND_MS);
    for (let i = 0; i < 200 && !cancelled; i++) await new Promise((r) => setTimeout(r, 5));
    expect(cancelled).toBe(true);
  }, 5_000);
});

describe("LinkedInOAuth", () => {
  const oauth = (baseUrl: string, fetch: (r: Request) => Promise<Response>, timeoutMs = 30) =>
    new LinkedInOAuth({
      clientId: "86deadlineclient",
      clientSecret: "deadline-secret-0123456789",
      authBaseUrl: `${baseUrl}/oauth/v2`,
      fetch,
      timeoutMs,
    });

  it("a fetch that ignores the signal and never settles → OAuthError 'timeout'", async () => {
    const { error, ms } = await timed(oauth(silent.origin, deaf).introspect("AQV-some-token-123456"));
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).code).toBe("timeout");
    expect(ms).toBeLessThan(BOUND_MS);
  }, 5_000);

  it("a body that never ends → OAuthError 'timeout'; the caller's abort passes through", async () => {
    const { error } = await timed(oauth(stalling.origin, deaf).introspect("AQV-some-token-123456"));
    expect((error as OAuthError).code).toBe("timeout");
    const controller = new AbortController();
    const p = oauth(silent.origin, deaf, Infinity).introspect("AQV-some-token-123456", { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const aborted = await timed(p);
    expect((aborted.error as Error).name).toBe("AbortError");
    expect(aborted.ms).toBeLessThan(BOUND_MS);
  }, 5_000);
});
