/**
 * The fetch behind openapi-fetch: every request the SDK sends passes through here.
 *
 *   tunnel a long GET → attempt (token → deadline → fetch → body read whole; a 401: refresh once) → retryDelay?
 *   → sleep and attempt again, or the answer
 *
 * The body is read inside the attempt, so a connection reset mid-body is a retryable connection failure and the
 * deadline covers the whole exchange. Non-2xx answers are answers, not exceptions (openapi-fetch's `{ data, error,
 * response }` contract): the transport classifies each once, into the typed error its {@link Answer} carries to
 * the layers above (the quota gate, the version layer, the resource helpers, which throw it).
 */
import { describeError } from "../internal/describe.js";
import { redact, scrubError, snippetOf } from "../internal/redact.js";
import type { TokenSource } from "./auth.js";
import { discardLate, readText } from "./body.js";
import { apiErrorFromResponse, requestIdOf } from "./classify.js";
import {
  ConnectionError,
  InvalidResponseError,
  type LinkedInApiError,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
import { withDefaultHeaders } from "./headers.js";
import { bufferedResponse } from "./response.js";
import { type Exchange, retryDelay, type RetryLog, type RetryOptions, sleep } from "./retry.js";
import { attemptSignal } from "./timeout.js";
import { tunnelIfTooLong } from "./tunnel.js";

/** Something that logs; `console` fits. Only the levels the SDK uses are needed. */
export interface Logger {
  /**
   * Receives a line for each retry, each retry given up and each retry with a refreshed token after a 401, with
   * details such as `method`, `url`, `attempt`, `status` and `delayMs`.
   */
  debug?(message: string, details?: Record<string, unknown>): void;
  /** Receives the client's warnings ({@link ClientWarning}) as `(message, { code })`, unless `onWarning` is given. */
  warn?(message: string, details?: Record<string, unknown>): void;
}

/** Options that can change per call (the last argument of every helper). */
export interface CallOptions {
  /**
   * Aborts the call (and any retry wait); the abort reaches you as the abort it is, never retried. Must be a real
   * AbortSignal: anything else is a ConfigurationError before any request.
   */
  signal?: AbortSignal | undefined;
  /** Deadline of each attempt in ms, body included (at most 2^31−1; `Infinity`: none). Overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Extra headers for this call; they win over the SDK's defaults. Checked before any request, like the client's. */
  headers?: Record<string, string> | undefined;
}

/** The per-call limits the transport honours: the caller's signal, the deadline, the retries. */
export type CallLimits = Pick<CallOptions, "signal" | "timeoutMs" | "maxRetries">;

export interface TransportConfig {
  /** Looked up at call time when not given, so a fetch installed later (or a test's) is used. */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  tokens: TokenSource;
  /** The LinkedIn-Version sent unless the request carries one. */
  version: string;
  timeoutMs: number;
  retry: RetryOptions;
  logger?: Logger | undefined;
  /** Largest body read, in bytes after decompression (`Infinity`: no limit). */
  maxResponseBytes: number;
  /** The client's clock, ms since the epoch: when an answer came (a daily quota resets at the next midnight UTC). */
  now: () => number;
}

/** What the transport answers: the response for openapi-fetch, and for a non-2xx one its typed error. */
export interface Answer {
  readonly response: Response;
  /** The typed error of a non-2xx response (classified once, here); undefined for a 2xx. */
  readonly error?: LinkedInApiError | undefined;
}

/**
 * Sends one request (with its retries). With `call` (the SDK's helpers), `call.signal` is the caller's abort
 * signal, if any; without it (`li.api`, where a signal is given to openapi-fetch), the request's own signal is.
 */
export type Transport = (request: Request, call?: CallLimits) => Promise<Answer>;

/** Statuses whose answers have no body. */
const NO_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function ignore(): void {}

export function createTransport(config: TransportConfig): Transport {
  const log = config.logger;

  return async function send(request, call) {
    const timeoutMs = call?.timeoutMs ?? config.timeoutMs;
    const maxRetries = call?.maxRetries ?? config.retry.maxRetries;
    const { method, url } = request;
    const caller = call ? call.signal : request.signal;
    // Read once, resent on every attempt (the insights POST is a read-only query and may be retried).
    const outgoing = tunnelIfTooLong({
      method,
      url,
      headers: request.headers,
      body: request.body === null ? undefined : await request.arrayBuffer(),
    });
    // What each attempt is built from: openapi-fetch's own Request (its URL already parsed, its options such
    // as `cache` or `redirect` kept) unless tunnelling changed the URL and method.
    const input: Request | string = outgoing.url === url ? request : outgoing.url;
    // Built once per call (a plain record: fetch reads it fastest); each attempt only sets its token.
    const headers = withDefaultHeaders(outgoing.headers, config.version);

    const first = config.tokens.get(false);
    let token = typeof first === "string" ? first : await first;
    /** Every token sent during this call: scrubbed from whatever comes back (a 401 may have replaced the first). */
    const secrets = [token];
    let attempts = 0;
    let refreshed = false;

    /**
     * One attempt with the current token: the answer, its body read whole within the attempt's deadline. After a
     * 401, once per call, the token provider's refreshed token is tried (not counted as a retry).
     */
    const attempt = async (): Promise<Exchange> => {
      attempts++;
      headers["authorization"] = `Bearer ${token}`;
      const deadline = attemptSignal(timeoutMs, caller);
      let response: Response | undefined;
      let text: string | undefined;
      let pending: Promise<Response> | undefined;
      try {
        // Headers, body and signal replace the input's (its signal is not linked: the attempt's follows the caller).
        const init: RequestInit = { method: outgoing.method, headers, signal: deadline.signal };
        if (outgoing.body !== undefined) init.body = outgoing.body;
        // Kept for speed: a custom fetch gets a Request (its documented contract); the global one gets (input, init),
        // no second Request per attempt (a Request each: no-I/O bench 72% → 64%, loopback 88% → 87%).
        pending = config.fetch ? config.fetch(new Request(input, init)) : globalThis.fetch(input, init);
        // Raced: the deadline and the caller's abort win even over a fetch that ignores the signal.
        response = await deadline.race(pending);
        if (response.status >= 200 && response.status <= 599) {
          text = await readText(response, deadline.race, config.maxResponseBytes);
        } else {
          // No Response can be built with such a status (a RangeError): the body is not wanted either.
          response.body?.cancel().catch(ignore);
          text = "";
        }
      } catch (cause) {
        if (response === undefined && pending !== undefined) discardLate(pending);
        if (caller?.aborted) throw caller.reason ?? cause;
        if (deadline.timedOut()) {
          throw new TimeoutError(`${method} ${url}: no complete answer within ${timeoutMs} ms (attempt ${attempts}).`, {
            method,
            url,
            attempts,
            timeoutMs,
          });
        }
        throw new ConnectionError(
          `${method} ${url}: connection failed (attempt ${attempts}): ${redact(describeError(cause), secrets)}`,
          // The runtime's error may quote what was sent (a header, the token): a redacted copy is kept.
          { method, url, attempts, cause: scrubError(cause, secrets) },
        );
      } finally {
        deadline.dispose();
      }
      const { status } = response;
      const requestId = () => requestIdOf(response!.headers, secrets);
      if (text === undefined) {
        // Not retried, whatever the status: another attempt would download the same bytes.
        const limit = config.maxResponseBytes;
        throw new ResponseTooLargeError(
          `${method} ${url} → ${status}: the response body exceeded maxResponseBytes (${limit} bytes, counted after ` +
            `decompression), so the read was stopped; not retried. If LinkedIn legitimately sends more, raise it: ` +
            `createLinkedInClient({ maxResponseBytes: … }).`,
          { status, method, url, attempts, requestId: requestId(), maxResponseBytes: limit },
        );
      }
      if (status < 200 || status > 599) {
        throw new InvalidResponseError(
          `${method} ${url}: the server answered HTTP status ${status}, outside 200–599, which is not an answer HTTP ` +
            `defines: a broken server or proxy sits in between (check baseUrl and any proxy). Not retried.`,
          { status, method, url, attempts, requestId: requestId() },
        );
      }
      if (status === 401 && config.tokens.canRefresh && !refreshed) {
        // Once per call, the provider's refreshed token is tried (not counted as a retry).
        refreshed = true;
        const fresh = await config.tokens.get(true, token);
        if (fresh !== token) {
          log?.debug?.("linkedin: 401, retrying once with a refreshed token", { method, url, attempt: attempts });
          token = fresh;
          secrets.push(fresh);
          return attempt();
        }
      }
      return { response, text };
    };

    const debug: RetryLog | undefined =
      log?.debug && ((message, details) => log.debug?.(message, { method, url, attempt: attempts, ...details }));
    let exchange: Exchange | undefined;
    for (let retries = 0; exchange === undefined; retries++) {
      let delayMs: number | undefined;
      try {
        const answered = await attempt();
        delayMs = retryDelay(answered, retries, maxRetries, config.retry, debug);
        if (delayMs === undefined) exchange = answered;
      } catch (error) {
        delayMs = retryDelay({ error }, retries, maxRetries, config.retry, debug);
        if (delayMs === undefined) throw error;
      }
      if (delayMs !== undefined) await sleep(delayMs, caller);
    }

    const { response, text } = exchange;
    const { status } = response;
    const hasBody = !NO_BODY_STATUS.has(status);
    let parsed: { value: unknown } | undefined;
    if (response.ok && hasBody) {
      // Kept for speed: parsed once here to check it is JSON, and handed to openapi-fetch's json() (no second parse;
      // parsing twice took the no-I/O bench from 80% to 64% of bare openapi-fetch).
      try {
        parsed = { value: JSON.parse(text) };
      } catch {
        const clean = (t: string) => redact(t, secrets);
        const kind = clean(response.headers.get("content-type") ?? "no content-type");
        const snippet = snippetOf(text, 120, clean);
        throw new InvalidResponseError(
          `${method} ${url} → ${status}: expected a JSON body as the spec promises, got ${text === "" ? "an empty body" : `${kind}: ${JSON.stringify(snippet)}`}.`,
          { status, method, url, attempts, body: snippet, requestId: requestIdOf(response.headers, secrets) },
        );
      }
    }
    const answer = bufferedResponse(
      hasBody ? text : null,
      parsed,
      { status, statusText: response.statusText, headers: response.headers },
      url,
    );
    if (response.ok) return { response: answer };
    const version = headers["linkedin-version"];
    const answeredAt = config.now();
    return {
      response: answer,
      error: apiErrorFromResponse(response, text, { method, url, attempts, version, secrets, answeredAt }),
    };
  };
}
