/**
 * The fetch that openapi-fetch calls: every request passes through here once per attempt.
 *
 *   tunnel long GETs → token → headers → per-attempt deadline → fetch → read body → retry? → 401 refresh? → JSON check
 *
 * The body is read inside the attempt, so a connection reset mid-body is a retryable connection failure
 * and the deadline covers the whole exchange. Non-2xx answers are returned as responses (openapi-fetch's
 * `{ data, error, response }` contract); the typed error for each is prepared and found with
 * {@link errorForResponse} by the resource helpers, which throw it.
 */
import type { TokenSource } from "./auth.js";
import { discardLate, readText } from "./body.js";
import { describeError } from "../internal/describe.js";
import { redact, scrubError, snippetOf } from "../internal/redact.js";
import { apiErrorFromResponse, requestIdOf } from "./classify.js";
import { isDailyQuotaAnswer } from "./daily-quota.js";
import {
  ConnectionError,
  InvalidResponseError,
  type LinkedInApiError,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
import { withDefaultHeaders } from "./headers.js";
import { bufferedResponse } from "./response.js";
import { backoffDelay, delayForResponse, isRetryableStatus, type RetryOptions, sleep } from "./retry.js";
import { attemptSignal } from "./timeout.js";
import { tunnelIfTooLong } from "./tunnel.js";

/** Something that logs; `console` fits. Only the levels the SDK uses are needed. */
export interface Logger {
  debug?(message: string, details?: Record<string, unknown>): void;
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

export interface TransportConfig {
  /** Looked up at call time when not given, so a fetch installed later (or a test's) is used. */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  tokens: TokenSource;
  version: string;
  timeoutMs: number;
  retry: RetryOptions;
  logger?: Logger | undefined;
  /** Largest body read, in bytes after decompression (`Infinity`: no limit). */
  maxResponseBytes: number;
}

const errors = new WeakMap<Response, LinkedInApiError>();

/** The typed error prepared for a non-2xx response this transport returned. */
export function errorForResponse(response: Response): LinkedInApiError | undefined {
  return errors.get(response);
}

const NO_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * Sends one request (with its retries). With `call` (the SDK's helpers), `call.signal` is the caller's abort
 * signal, if any; without it (`li.api`, where a signal is given to openapi-fetch), the request's own signal is.
 */
export type Transport = (
  request: Request,
  call?: Pick<CallOptions, "signal" | "timeoutMs" | "maxRetries">,
) => Promise<Response>;

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
    // Built once per call; each attempt only sets its token (fetch copies the record when it builds its Request).
    const headers = withDefaultHeaders(outgoing.headers, config.version);

    const first = config.tokens.get(false);
    let token = typeof first === "string" ? first : await first;
    /** Every token sent during this call: scrubbed from whatever comes back (a 401 may have replaced the first). */
    const secrets = [token];
    let retries = 0;
    let attempts = 0;
    let refreshed = false;

    for (;;) {
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
        // A custom fetch gets a Request (the documented contract); the global one gets (input, init), which saves
        // building a second Request per attempt (undici's Request constructor, signal linking included, is costly).
        pending = config.fetch ? config.fetch(new Request(input, init)) : globalThis.fetch(input, init);
        // Raced: the deadline and the caller's abort win even over a fetch that ignores the signal.
        response = await deadline.race(pending);
        if (response.status >= 200 && response.status <= 599)
          text = await readText(response, deadline.race, config.maxResponseBytes);
        else {
          // No Response can be built with such a status (a RangeError): the body is not wanted either.
          response.body?.cancel().catch(ignore);
          text = "";
        }
      } catch (cause) {
        if (response === undefined && pending !== undefined) discardLate(pending);
        if (caller?.aborted) throw caller.reason ?? cause;
        const failure = deadline.timedOut()
          ? new TimeoutError(`${method} ${url}: no complete answer within ${timeoutMs} ms (attempt ${attempts}).`, {
              method,
              url,
              attempts,
              timeoutMs,
            })
          : new ConnectionError(
              `${method} ${url}: connection failed (attempt ${attempts}): ${redact(describeError(cause), secrets)}`,
              // The runtime's error may quote what was sent (a header, the token): a redacted copy is kept.
              { method, url, attempts, cause: scrubError(cause, secrets) },
            );
        if (retries < maxRetries) {
          retries++;
          const delayMs = backoffDelay(retries, config.retry);
          log?.debug?.("linkedin: retrying after connection failure", {
            method,
            url,
            attempt: attempts,
            delayMs,
            error: failure.name,
          });
          await sleep(delayMs, caller);
          continue;
        }
        throw failure;
      } finally {
        deadline.dispose();
      }

      const { status } = response;
      if (text === undefined) {
        // Not retried, whatever the status: another attempt would download the same bytes.
        const limit = config.maxResponseBytes;
        throw new ResponseTooLargeError(
          `${method} ${url} → ${status}: the response body exceeded maxResponseBytes (${limit} bytes, counted after ` +
            `decompression), so the read was stopped; not retried. If LinkedIn legitimately sends more, raise it: ` +
            `createLinkedInClient({ maxResponseBytes: … }).`,
          {
            status,
            method,
            url,
            attempts,
            requestId: requestIdOf(response.headers, secrets),
            maxResponseBytes: limit,
          },
        );
      }
      if (status < 200 || status > 599) {
        throw new InvalidResponseError(
          `${method} ${url}: the server answered HTTP status ${status}, outside 200–599, which is not an answer HTTP ` +
            `defines: a broken server or proxy sits in between (check baseUrl and any proxy). Not retried.`,
          { status, method, url, attempts, requestId: requestIdOf(response.headers, secrets) },
        );
      }
      if (status === 401 && config.tokens.canRefresh && !refreshed) {
        refreshed = true;
        const fresh = await config.tokens.get(true, token);
        if (fresh !== token) {
          log?.debug?.("linkedin: 401, retrying once with a refreshed token", { method, url, attempt: attempts });
          token = fresh;
          secrets.push(fresh);
          continue;
        }
      }
      // A spent daily quota (429 "… DAY limit …") resets at midnight UTC: a retry would only spend other budgets.
      if (isRetryableStatus(status) && retries < maxRetries && !isDailyQuotaAnswer(status, text)) {
        const decision = delayForResponse(response, retries + 1, config.retry);
        if (decision.retry) {
          retries++;
          log?.debug?.("linkedin: retrying", { method, url, status, attempt: attempts, delayMs: decision.delayMs });
          await sleep(decision.delayMs, caller);
          continue;
        }
        log?.debug?.("linkedin: not retrying, Retry-After exceeds maxRetryAfterMs", {
          method,
          url,
          status,
          retryAfterMs: decision.retryAfterMs,
        });
      }

      const hasBody = !NO_BODY_STATUS.has(status);
      const parsed = response.ok && hasBody ? parseJson(text) : undefined;
      if (parsed && !parsed.ok) {
        const clean = (t: string) => redact(t, secrets);
        const kind = clean(response.headers.get("content-type") ?? "no content-type");
        const snippet = snippetOf(text, 120, clean);
        throw new InvalidResponseError(
          `${method} ${url} → ${status}: expected a JSON body as the spec promises, got ${text === "" ? "an empty body" : `${kind}: ${JSON.stringify(snippet)}`}.`,
          { status, method, url, attempts, body: snippet, requestId: requestIdOf(response.headers, secrets) },
        );
      }
      // The body was parsed once to check it; openapi-fetch's json() gets that value instead of parsing again.
      const result = bufferedResponse(
        hasBody ? text : null,
        parsed?.ok ? parsed : undefined,
        { status, statusText: response.statusText, headers: response.headers },
        url,
      );
      if (!response.ok) {
        const version = headers["linkedin-version"];
        errors.set(result, apiErrorFromResponse(response, text, { method, url, attempts, version, secrets }));
      }
      return result;
    }
  };
}

function ignore(): void {}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
