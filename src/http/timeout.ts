/**
 * The per-attempt deadline, joined with the caller's own signal. Each attempt gets a fresh deadline that
 * covers the whole exchange, body included, so a server that stalls mid-body cannot hang the caller.
 */
import { MAX_TIMER_MS } from "../internal/numbers.js";

/** `ms` as a timer can take it: never above {@link MAX_TIMER_MS} (which would become ~1 ms). */
export function timerDelay(ms: number): number {
  return ms > MAX_TIMER_MS ? MAX_TIMER_MS : ms;
}

function ignore(): void {}

/**
 * True for an AbortSignal: `instanceof AbortSignal` where the runtime has the class, else (a runtime without it)
 * anything with a boolean `aborted` and add/removeEventListener, which is all the SDK uses of it.
 */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof AbortSignal === "function") return value instanceof AbortSignal;
  if (typeof value !== "object" || value === null) return false;
  const v = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
  return (
    typeof v.aborted === "boolean" &&
    typeof v.addEventListener === "function" &&
    typeof v.removeEventListener === "function"
  );
}

/** A signal for one attempt: aborts when the caller aborts or when `timeoutMs` passes. */
export interface AttemptSignal {
  signal: AbortSignal;
  /**
   * Settles as `promise` does, or rejects with the abort's reason as soon as the attempt aborts, whether or not
   * whatever made `promise` honours the signal (a custom fetch that ignores it, a body stream that never ends).
   */
  race<T>(promise: Promise<T>): Promise<T>;
  /** True when the deadline (not the caller) caused the abort. */
  timedOut(): boolean;
  /** Clears the timer and stops following the caller; call when the attempt is over. */
  dispose(): void;
}

interface Followers {
  callbacks: Set<() => void>;
  /** The one listener on the signal: calls every follower. */
  listener: () => void;
}

const following = new WeakMap<AbortSignal, Followers>();

/**
 * Calls `onAbort` when `signal` aborts, until the returned function is called. One listener per signal,
 * however many follow it: a signal shared by many concurrent calls (or by every page of an iteration) would
 * otherwise collect a listener per call in flight, and runtimes warn past a handful (Node's
 * MaxListenersExceededWarning at 11).
 *
 * Kept for speed: `AbortSignal.any([signal])` (Node ≥ 20.3) does the same, but cost ~20 µs per request on Node 20
 * (bench, no I/O: 72% → 64% of bare openapi-fetch; loopback 1 in flight: 88% → 87%).
 */
export function follow(signal: AbortSignal, onAbort: () => void): () => void {
  let followers = following.get(signal);
  if (!followers) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      following.delete(signal);
      for (const callback of callbacks) callback();
    };
    followers = { callbacks, listener: fire };
    following.set(signal, followers);
    signal.addEventListener("abort", fire, { once: true });
  }
  const entry = followers;
  const callback = () => onAbort(); // a distinct entry per follower, even for the same function
  entry.callbacks.add(callback);
  return () => {
    entry.callbacks.delete(callback);
    if (entry.callbacks.size === 0 && following.get(signal) === entry) {
      following.delete(signal);
      signal.removeEventListener("abort", entry.listener);
    }
  };
}

/**
 * Joins the caller's signal (if any) with a deadline of `timeoutMs` (no deadline when not finite; a finite one
 * above {@link MAX_TIMER_MS}, refused by the option checks, is clamped rather than overflow into ~1 ms).
 */
export function attemptSignal(timeoutMs: number, caller?: AbortSignal | null): AttemptSignal {
  const controller = new AbortController();
  let expired = false;
  let unfollow: (() => void) | undefined;
  /** Rejects the promise {@link AttemptSignal.race} returned last: called directly, no event listener. */
  let interrupt: ((reason: unknown) => void) | undefined;
  const abort = (reason: unknown) => {
    controller.abort(reason);
    interrupt?.(controller.signal.reason);
  };
  if (caller?.aborted) controller.abort(caller.reason);
  else if (caller) unfollow = follow(caller, () => abort(caller.reason));
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        expired = true;
        abort(new DOMException(`attempt exceeded ${timeoutMs} ms`, "TimeoutError"));
      }, timerDelay(timeoutMs))
    : undefined;
  return {
    signal: controller.signal,
    timedOut: () => expired,
    race<T>(promise: Promise<T>): Promise<T> {
      if (controller.signal.aborted) {
        promise.then(undefined, ignore); // settles later, unobserved: no unhandled rejection
        return Promise.reject(controller.signal.reason);
      }
      return new Promise<T>((resolve, reject) => {
        interrupt = reject;
        promise.then(resolve, reject);
      });
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      unfollow?.();
      interrupt = undefined;
    },
  };
}
