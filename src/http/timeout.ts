/**
 * The per-attempt deadline, joined with the caller's own signal. Each attempt gets a fresh deadline that
 * covers the whole exchange, body included, so a server that stalls mid-body cannot hang the caller.
 */

/** A signal for one attempt: aborts when the caller aborts or when `timeoutMs` passes. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True when the deadline (not the caller) caused the abort. */
  timedOut(): boolean;
  /** Clears the timer and listeners; call when the attempt is over. */
  dispose(): void;
}

/** Joins the caller's signal (if any) with a deadline of `timeoutMs` (no deadline when not finite). */
export function attemptSignal(timeoutMs: number, caller?: AbortSignal | null): AttemptSignal {
  const controller = new AbortController();
  let expired = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener("abort", onCallerAbort, { once: true });
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        expired = true;
        controller.abort(new DOMException(`attempt exceeded ${timeoutMs} ms`, "TimeoutError"));
      }, timeoutMs)
    : undefined;
  return {
    signal: controller.signal,
    timedOut: () => expired,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      caller?.removeEventListener("abort", onCallerAbort);
    },
  };
}
