/**
 * Which failures are retried, and how long to wait before the next attempt.
 *
 * Retried: 429, 500, 502, 503, 504, connection failures and per-attempt timeouts. Never retried: other
 * statuses, and the caller's own abort. The wait is exponential with full jitter, capped; a `Retry-After`
 * header (seconds or HTTP date) is honoured up to `maxRetryAfterMs`, beyond which the transport stops
 * retrying and the caller gets the 429 with `retryAfterMs` instead of a long sleep.
 */
import { parseRetryAfter } from "./errors.js";
import { follow } from "./timeout.js";

/** Tuning of the retry policy. All fields optional on the client; these are the defaults. */
export interface RetryOptions {
  /** Retries after the first attempt (so `maxRetries: 2` means at most 3 attempts). Default 2. */
  maxRetries: number;
  /** First backoff step in ms; doubles each retry. Default 500. */
  initialDelayMs: number;
  /** Upper bound of one backoff wait in ms. Default 8000. */
  maxDelayMs: number;
  /** Longest `Retry-After` the client will sleep for, in ms; longer asks end the retries. Default 60000. */
  maxRetryAfterMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

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

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
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
    }, ms);
  });
}
