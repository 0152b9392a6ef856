/**
 * What every resource helper shares: checking per-call options, sending a call through `ctx.api` with them, and
 * turning its `{ data, error, response }` result into data or the thrown typed error.
 */
import type { Client } from "openapi-fetch";
import { ConfigurationError } from "../errors.js";
import { apiErrorFromResponse } from "../http/classify.js";
import { InvalidResponseError, type LinkedInApiError, TimeoutError } from "../http/errors.js";
import { isAbortSignal } from "../http/timeout.js";
import { describeValue } from "../internal/describe.js";
import { checkHeaders } from "../internal/headers.js";
import { checkNumber, COUNT, TIMEOUT_MS } from "../internal/numbers.js";
import type { Answer, CallOptions, Transport } from "../http/transport.js";
import type { LinkedInPaths } from "../paths.js";

/** What resources get from the client. */
export interface ResourceContext {
  api: Client<LinkedInPaths>;
  transport: Transport;
}

/** Checks per-call options; throws a ConfigurationError before any request. */
export function checkCallOptions(options: CallOptions | undefined, where: string): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null)
    throw new ConfigurationError(`${where}: options must be an object.`);
  const { timeoutMs, maxRetries, signal, headers } = options;
  checkNumber(timeoutMs, `${where}: timeoutMs`, 0, TIMEOUT_MS);
  checkNumber(maxRetries, `${where}: maxRetries`, 0, COUNT);
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new ConfigurationError(
      `${where}: signal must be an AbortSignal (e.g. new AbortController().signal or AbortSignal.timeout(ms)); got ${typeof signal === "object" && signal !== null ? "an object that is not one" : describeValue(signal)}.`,
    );
  }
  if (headers !== undefined) checkHeaders(headers, `${where}: headers`);
}

/** What openapi-fetch resolves a call with. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** One call of a resource helper: the openapi-fetch options that send it, and its result read back. */
export interface ResourceCall {
  /** openapi-fetch options: the call's own fetch (and extra headers). */
  readonly init: { headers?: Record<string, string>; fetch: (request: Request) => Promise<Response> };
  /** The typed error of a non-2xx result; undefined for a 2xx. */
  errorOf(result: FetchResult<unknown>, method: string): LinkedInApiError | undefined;
  /** The data of a 2xx result; otherwise throws the typed error. */
  unwrap<T>(result: FetchResult<T>, method: string): T;
}

/**
 * A resource helper's call through `ctx.api`. Its own fetch hands the per-call options to the transport, the
 * signal included: the signal does not go into openapi-fetch's Request, where undici would link it with a WeakRef
 * and a finalizer that keep it (and what it reaches) alive until a full GC, so a call without a signal costs no
 * abort listener at all. The transport's answer, with the typed error it classified, is kept for this call's
 * result; a response a middleware put in its place never reached the transport, and is classified here.
 */
export function resourceCall(ctx: ResourceContext, options: CallOptions = {}): ResourceCall {
  const { signal, headers, timeoutMs, maxRetries } = options;
  const limits = { signal, timeoutMs, maxRetries };
  let answer: Answer | undefined;
  const fetch = async (request: Request) => (answer = await ctx.transport(request, limits)).response;
  const errorOf = (result: FetchResult<unknown>, method: string): LinkedInApiError | undefined => {
    const { response } = result;
    if (response.ok) return undefined;
    if (answer?.response === response && answer.error) return answer.error;
    const text = typeof result.error === "string" ? result.error : JSON.stringify(result.error ?? "");
    return apiErrorFromResponse(response, text, { method, url: response.url });
  };
  return {
    init: headers ? { headers, fetch } : { fetch },
    errorOf,
    unwrap<T>(result: FetchResult<T>, method: string): T {
      const error = errorOf(result, method);
      if (error) throw error;
      if (result.data === undefined) {
        const { response } = result;
        throw new InvalidResponseError(`${method} ${response.url}: the ${response.status} answer had no body.`, {
          status: response.status,
          method,
          url: response.url,
        });
      }
      return result.data;
    },
  };
}

/**
 * Waits for work shared with other calls (a facet list, a listing, a name look-up) until this call's signal aborts
 * or its `timeoutMs` passes: only this caller stops waiting; the shared work goes on for the others. `what` names
 * the request for the TimeoutError, e.g. "GET /adTargetingFacets".
 */
export async function awaitShared<T>(shared: Promise<T>, options: CallOptions | undefined, what: string): Promise<T> {
  const { signal, timeoutMs } = options ?? {};
  if (!signal && timeoutMs === undefined) return shared;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      shared,
      new Promise<never>((_, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        onAbort = () => reject(signal!.reason);
        signal?.addEventListener("abort", onAbort, { once: true });
        if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
          const [method, url] = what.split(" ") as [string, string];
          timer = setTimeout(
            () => reject(new TimeoutError(`${what}: no answer within ${timeoutMs} ms.`, { method, url, timeoutMs })),
            timeoutMs,
          );
        }
      }),
    ]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}
