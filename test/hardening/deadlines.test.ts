// Issue 15, item 10: the deadline (timeoutMs) and the caller's abort end the call whatever the fetch does —
// a custom fetch that ignores the attempt's signal, or a body stream that never ends. Real loopback servers;
// the custom fetches wrap the real one. Deadlines run on the fake clock (test/support/clock.ts): each call is
// shown pending 1 ms before its deadline and ended at it, and an abort ends a call with the clock standing still.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ConnectionError,
  createLinkedInClient,
  LinkedInOAuth,
  OAuthError,
  TimeoutError,
  type LinkedInClientOptions,
} from "../../src/index.js";
import { track, until, useFakeClock } from "../support/clock.js";
import { expectNoSecret } from "../support/errors.js";
import { httpServer, type LocalServer } from "../support/servers.js";

const TOKEN = "AQV-deadline-token-0123456789";

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

/** `fetch`, noting when its answer's head has arrived (so a deadline is known to fall during the body). */
function heard(fetch: (request: Request) => Promise<Response>) {
  const state = { heads: 0, fetch: (r: Request) => fetch(r).then((res) => (state.heads++, res)) };
  return state;
}

/** `fetch`, counting its calls: an attempt's deadline starts when it is sent (after the quota gate's async work). */
function counted(fetch: (request: Request) => Promise<Response>) {
  const state = { calls: 0, fetch: (r: Request) => (state.calls++, fetch(r)) };
  return state;
}

/** On the fake clock: the call is still pending 1 ms before `ms`, and rejected at `ms`; returns its error. */
async function rejectsAt(call: ReturnType<typeof track>, ms: number): Promise<unknown> {
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(call.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(call.settled).toBe(true);
  return call.error;
}

/** The caller's abort ends the call with the fake clock standing still: no deadline or other timer is involved. */
async function rejectsWithoutTime(call: ReturnType<typeof track>): Promise<unknown> {
  await until(() => call.settled, "the call ending");
  return call.error;
}

beforeEach(() => {
  useFakeClock();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a fetch that ignores the signal and never settles", () => {
  it("timeoutMs ends the call with a TimeoutError, per attempt (retries included)", async () => {
    const delays: number[] = [];
    const f = counted(deaf);
    const li = client(silent.url, {
      fetch: f.fetch,
      maxRetries: 1,
      retry: { initialDelayMs: 8, maxDelayMs: 8 }, // 2–8 ms: never a 0 ms timer, which fake timers run 1 ms late
      logger: { debug: (_m, d) => void delays.push(d?.delayMs as number) },
    });
    const call = track(li.facets.list());
    await until(() => f.calls === 1, "the first attempt being sent");
    await vi.advanceTimersByTimeAsync(30); // the first deadline, then the backoff
    expect(call.settled).toBe(false);
    expect(delays).toHaveLength(1);
    const error = await rejectsAt(call, delays[0]! + 30);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
    expectNoSecret(error, TOKEN);
  }, 5_000);

  it("the caller's abort ends the call as the abort it is", async () => {
    const controller = new AbortController();
    const hits = silent.hits;
    const p = track(
      client(silent.url, { fetch: deaf, timeoutMs: Infinity }).facets.list({ signal: controller.signal }),
    );
    await until(() => silent.hits > hits, "the request reaching the server");
    controller.abort();
    const error = await rejectsWithoutTime(p);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).name).toBe("AbortError");
  }, 5_000);

  it("li.api too", async () => {
    const f = counted(deaf);
    const call = track(client(silent.url, { fetch: f.fetch }).api.GET("/adTargetingFacets"));
    await until(() => f.calls === 1, "the attempt being sent");
    expect(await rejectsAt(call, 30)).toBeInstanceOf(TimeoutError);
  }, 5_000);

  it("a fetch that answers after the deadline has its late body cancelled", async () => {
    let cancelled = false;
    let answered = false;
    const late = async (request: Request) => {
      const real = await deaf(request);
      answered = true;
      await new Promise((r) => setTimeout(r, 40)); // past the 10 ms deadline (on the fake clock)
      const stream = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode("{")),
        cancel: () => void (cancelled = true),
      });
      return new Response(stream, { status: real.status, headers: real.headers });
    };
    const f = counted(late);
    const call = track(client(answering.url, { fetch: f.fetch, timeoutMs: 10 }).facets.list());
    await until(() => f.calls === 1, "the attempt being sent");
    expect(await rejectsAt(call, 10)).toBeInstanceOf(TimeoutError);
    await until(() => answered, "the real answer");
    expect(cancelled).toBe(false);
    await vi.advanceTimersByTimeAsync(40); // the late fetch answers now
    await until(() => cancelled, "the late body being cancelled");
  }, 5_000);
});

describe("a body that never ends", () => {
  it("from a real server, read through a fetch that ignores the signal → TimeoutError", async () => {
    const f = heard(deaf);
    const call = track(client(stalling.url, { fetch: f.fetch }).facets.list());
    await until(() => f.heads === 1, "the head of the answer"); // the clock stands still meanwhile
    expect(await rejectsAt(call, 30)).toBeInstanceOf(TimeoutError);
  }, 5_000);

  it("a Response whose ReadableStream never closes → TimeoutError, and the stream is cancelled", async () => {
    let cancelled = false;
    const f = heard(endless(() => (cancelled = true)));
    const call = track(client(answering.url, { fetch: f.fetch }).facets.list());
    await until(() => f.heads === 1, "the head of the answer");
    expect(await rejectsAt(call, 30)).toBeInstanceOf(TimeoutError);
    expect(cancelled).toBe(true);
  }, 5_000);

  it("the caller's abort ends the read as the abort it is, and cancels the stream", async () => {
    let cancelled = false;
    const controller = new AbortController();
    const f = heard(endless(() => (cancelled = true)));
    const li = client(answering.url, { fetch: f.fetch, timeoutMs: Infinity });
    const p = track(li.facets.list({ signal: controller.signal }));
    await until(() => f.heads === 1, "the head of the answer");
    controller.abort();
    const error = await rejectsWithoutTime(p);
    expect((error as Error).name).toBe("AbortError");
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
    const error = await rejectsAt(track(oauth(silent.origin, deaf).introspect("AQV-some-token-123456")), 30);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).code).toBe("timeout");
  }, 5_000);

  it("a body that never ends → OAuthError 'timeout'; the caller's abort passes through", async () => {
    const f = heard(deaf);
    const call = track(oauth(stalling.origin, f.fetch).introspect("AQV-some-token-123456"));
    await until(() => f.heads === 1, "the head of the answer");
    expect(((await rejectsAt(call, 30)) as OAuthError).code).toBe("timeout");
    const controller = new AbortController();
    const hits = silent.hits;
    const p = track(
      oauth(silent.origin, deaf, Infinity).introspect("AQV-some-token-123456", { signal: controller.signal }),
    );
    await until(() => silent.hits > hits, "the request reaching the server");
    controller.abort();
    expect(((await rejectsWithoutTime(p)) as Error).name).toBe("AbortError");
  }, 5_000);
});
