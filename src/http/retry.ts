/**
 * Which failures are retried, and how long to wait before the next attempt.
 *
 * Retried: 429, 500, 502, 503, 504, connection failures and per-attempt timeouts. Never retried: other
 * statuses, and the caller's own abort. The wait is exponential with full jitter, capped; a `Retry-After`
 * header (seconds or HTTP date) is honoured up to `maxRetryAfterMs`, beyond which the transport stops
 * retrying and the caller gets the 429 with `retryAfterMs` instead of a long sleep.
 */
import { isDailyQuotaAnswer } from "./daily-quota.js";
import { ConnectionError } from "./errors.js";
import { follow, timerDelay } from "./timeout.js";

/** Tuning of the retry policy. All fields optional on the client; these are the defaults. */
export interface RetryOptions {
  /** Retries after the first attempt (so `maxRetries: 2` means at most 3 attempts). Default 2. */
  maxRetries: number;
  /** First backoff step in ms; doubles each retry. Default 500. */
  initialDelayMs: number;
  /** Upper bound of one backoff wait in ms. Default 8000. */
  maxDelayMs: number;
  /**
   * Longest `Retry-After` the client will sleep for, in ms; longer asks end the retries. Default 60000. At most
   * 2^31−1 (about 24.8 days, the longest timer runtimes support): a larger value is refused, not clamped.
   */
  maxRetryAfterMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "\\d{2}:\\d{2}:\\d{2}";
/** IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7). */
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`);
/** Obsolete RFC 850 form, e.g. "Sunday, 06-Nov-94 08:49:37 GMT". */
const RFC_850 = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`,
);
/** Obsolete asctime form, e.g. "Sun Nov  6 08:49:37 1994" (GMT). */
const ASCTIME = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`);
/** delay-seconds: digits (a fraction is tolerated). No sign, no exponent, no list. */
const DELAY_SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * `Retry-After` as milliseconds: delay-seconds (`120`, a fraction tolerated) or an HTTP-date (IMF-fixdate, or the
 * obsolete RFC 850 and asctime forms; a date in the past is 0). Anything else — absent, empty, negative, signed,
 * a list (`1,2`), text, or a delay too large to represent exactly in ms — is undefined: the caller then applies
 * its normal backoff, never "retry now".
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (DELAY_SECONDS.test(trimmed)) {
    const ms = Math.round(Number(trimmed) * 1000);
    return Number.isSafeInteger(ms) ? ms : undefined;
  }
  let date = Number.NaN;
  if (IMF_FIXDATE.test(trimmed) || RFC_850.test(trimmed)) date = Date.parse(trimmed);
  else if (ASCTIME.test(trimmed)) date = Date.parse(`${trimmed} GMT`);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** True for the statuses worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** Full-jitter exponential backoff for retry number `retry` (1-based): uniform in [0, min(cap, base·2^(retry-1))]. */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (retry - 1));
  // Never 0: a floor of a quarter of the ceiling keeps a burst of retries from landing at once.
  return Math.round(ceiling * (0.25 + 0.75 * random()));
}

/** The decision for a retryable response: wait this long, or give up (the server asked for too long). */
export function delayForResponse(
  response: Response,
  retry: number,
  options: RetryOptions,
  random?: () => number,
): { retry: true; delayMs: number } | { retry: false; retryAfterMs: number } {
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > options.maxRetryAfterMs) return { retry: false, retryAfterMs };
    return { retry: true, delayMs: retryAfterMs };
  }
  return { retry: true, delayMs: backoffDelay(retry, options, random) };
}

/** Resolves after `ms` (at most 2^31−1: never an overflowed ~1 ms timer), or rejects as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const unfollow = signal
      ? follow(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
    const timer = setTimeout(() => {
      unfollow?.();
      resolve();
    }, timerDelay(ms));
  });
}

/** One attempt's answer, its body read whole (inside the attempt's deadline). */
export interface Exchange {
  readonly response: Response;
  readonly text: string;
}

/** What an attempt came to: an answer read whole, or the error it failed with. */
export type Outcome = Exchange | { readonly error: unknown };

/** Told about every retry and every retry given up. */
export type RetryLog = (message: string, details: Record<string, unknown>) => void;

/**
 * The retry policy as one function: after an attempt's `outcome`, how long to wait before the next attempt, or
 * `undefined` to stop there (return the answer, or throw the error). Retried, at most `maxRetries` times: a
 * connection failure (`ConnectionError`, `TimeoutError`) after the backoff, and 429, 500, 502, 503, 504 after the
 * backoff or the server's Retry-After — never a spent daily quota (it resets at midnight UTC), nor a Retry-After
 * beyond `maxRetryAfterMs`. Anything else — another status, the caller's abort, an oversized body — stops at once.
 * `retries` is how many retries were made so far.
 */
export function retryDelay(
  outcome: Outcome,
  retries: number,
  maxRetries: number,
  options: RetryOptions,
  log?: RetryLog,
): number | undefined {
  if (retries >= maxRetries) return undefined;
  if ("error" in outcome) {
    if (!(outcome.error instanceof ConnectionError)) return undefined;
    const delayMs = backoffDelay(retries + 1, options);
    log?.("linkedin: retrying after connection failure", { delayMs, error: outcome.error.name });
    return delayMs;
  }
  const { status } = outcome.response;
  if (!isRetryableStatus(status) || isDailyQuotaAnswer(status, outcome.text)) return undefined;
  const decision = delayForResponse(outcome.response, retries + 1, options);
  if (!decision.retry) {
    log?.("linkedin: not retrying, Retry-After exceeds maxRetryAfterMs", {
      status,
      retryAfterMs: decision.retryAfterMs,
    });
    return undefined;
  }
  log?.("linkedin: retrying", { status, delayMs: decision.delayMs });
  return decision.delayMs;
}
