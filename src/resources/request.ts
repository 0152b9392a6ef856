/**
 * What every resource helper shares: turning per-call options into openapi-fetch request options, and
 * turning a `{ data, error, response }` result into data or a thrown typed error.
 */
import type { Client } from "openapi-fetch";
import { ConfigurationError } from "../errors.js";
import { apiErrorFromResponse, InvalidResponseError } from "../http/errors.js";
import { checkHeaders } from "../http/headers.js";
import { checkDelayMs, checkTimeoutMs, isAbortSignal } from "../http/timeout.js";
import { type CallOptions, errorForResponse, type Transport } from "../http/transport.js";
import type { LinkedInPaths } from "../paths.js";

/** What resources get from the client. */
export interface ResourceContext {
  api: Client<LinkedInPaths>;
  transport: Transport;
}

/**
 * A numeric option, or `fallback` when absent, by kind: `count` a whole number ≥ 0; `delay` a whole number of ms
 * ≥ 0 up to 2^31−1; `timeout` a positive number of ms up to 2^31−1, or `Infinity` for no deadline. Throws a
 * ConfigurationError naming the option; shared by the client's options and every call's.
 */
export function checkNumber(
  value: number | undefined,
  name: string,
  fallback: number,
  kind: "count" | "delay" | "timeout",
): number {
  if (kind === "timeout") return checkTimeoutMs(value, name, fallback);
  if (kind === "delay") return checkDelayMs(value, name, fallback);
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isInteger(value) && value >= 0)) {
    throw new ConfigurationError(`${name} must be a whole number ≥ 0 (got ${String(value)}).`);
  }
  return value;
}

/** Checks per-call options; throws a ConfigurationError before any request. */
export function checkCallOptions(options: CallOptions | undefined, where: string): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null)
    throw new ConfigurationError(`${where}: options must be an object.`);
  const { timeoutMs, maxRetries, signal, headers } = options;
  checkNumber(timeoutMs, `${where}: timeoutMs`, 0, "timeout");
  checkNumber(maxRetries, `${where}: maxRetries`, 0, "count");
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new ConfigurationError(
      `${where}: signal must be an AbortSignal (e.g. new AbortController().signal or AbortSignal.timeout(ms)); got ${signal === null ? "null" : typeof signal === "object" ? "an object that is not one" : typeof signal}.`,
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
