// Time in tests: vitest's fake timers for what waits (the SDK's deadlines and retry sleeps, the test servers'
// latency and delay faults), real event-loop turns for what travels (loopback sockets).
//
// Only setTimeout/clearTimeout, setInterval/clearInterval and Date are faked: setImmediate, process.nextTick,
// queueMicrotask, performance and the sockets stay real, so a request still goes out and its answer still comes
// back while every timer waits for `vi.advanceTimersByTimeAsync`. Call `vi.useRealTimers()` in an afterEach.
import { vi } from "vitest";

/** Installs the fake clock (timers and Date only), optionally at `now`. */
export function useFakeClock(now?: number | Date): void {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
    ...(now === undefined ? {} : { now }),
  });
}

/**
 * Lets real I/O happen (event-loop turns through setImmediate; no fake time passes) until `check` holds.
 * `limitMs` of real time is a guard against a hang, not a measurement: past it, the test fails saying what
 * did not happen.
 */
export async function until(check: () => boolean, what: string, limitMs = 5_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > limitMs) throw new Error(`until: ${what} did not happen`);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A promise whose outcome can be looked at without awaiting it (and whose rejection is never unhandled). */
export interface Tracked<T> {
  readonly settled: boolean;
  /** The rejection reason, once rejected. */
  readonly error: unknown;
  readonly promise: Promise<T>;
}

export function track<T>(promise: Promise<T>): Tracked<T> {
  const state = { settled: false, error: undefined as unknown, promise };
  promise.then(
    () => void (state.settled = true),
    (error: unknown) => void Object.assign(state, { settled: true, error }),
  );
  return state;
}
