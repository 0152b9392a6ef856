/**
 * What every resource helper shares: turning per-call options into openapi-fetch request options, and
 * turning a `{ data, error, response }` result into data or a thrown typed error.
 */
import type { Client } from "openapi-fetch";
import { ConfigurationError } from "../errors.js";
import { apiErrorFromResponse } from "../http/classify.js";
import { InvalidResponseError, TimeoutError } from "../http/errors.js";
import { isAbortSignal } from "../http/timeout.js";
import { describeValue } from "../internal/describe.js";
import { checkHeaders } from "../internal/headers.js";
import { checkNumber, COUNT, TIMEOUT_MS } from "../internal/numbers.js";
import { type CallOptions, errorForResponse, type Transport } from "../http/transport.js";
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

/**
 * openapi-fetch request options carrying the per-call options. The call's own fetch hands them to the
 * transport, the signal included: it does not go into openapi-fetch's Request, where undici would link it
 * with a WeakRef and a finalizer that keep it (and what it reaches) alive until a full GC. A call without a
 * signal thus costs no abort listener at all.
 */
export function requestInit(
  ctx: ResourceContext,
  options: CallOptions = {},
): { headers?: Record<string, string>; fetch: (request: Request) => Promise<Response> } {
  const { signal, headers, timeoutMs, maxRetries } = options;
  const call = { signal, timeoutMs, maxRetries };
  const fetch = (request: Request) => ctx.transport(request, call);
  return headers ? { headers, fetch } : { fetch };
}

/** Data of a successful result; otherwise throws the typed error for the response. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }, method: string): T {
  const { response } = result;
  if (response.ok) {
    if (result.data === undefined) {
      throw new InvalidResponseError(`${method} ${response.url}: the ${response.status} answer had no body.`, {
        status: response.status,
        method,
        url: response.url,
      });
    }
    return result.data;
  }
  // A middleware may have replaced the response: rebuild the error from what openapi-fetch parsed.
  throw (
    errorForResponse(response) ??
    apiErrorFromResponse(
      response,
      typeof result.error === "string" ? result.error : JSON.stringify(result.error ?? ""),
      { method, url: response.url },
    )
  );
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
