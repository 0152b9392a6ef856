// Small statistics and scheduling helpers shared by the benchmarks.

/** Median of a list of numbers (mean of the two middle values for an even count); NaN when empty. */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile (0…1) by linear interpolation between the nearest ranks; NaN when empty. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

export const min = (values) => Math.min(...values);
export const max = (values) => Math.max(...values);

/**
 * Runs `rounds` rounds; in each, every contender once, the order rotated each round so no contender is
 * always first or last. `body(contender, round)` is awaited in turn (never two at once).
 */
export async function roundRobin(contenders, rounds, body) {
  for (let round = 0; round < rounds; round++) {
    const shift = round % contenders.length;
    const order = [...contenders.slice(shift), ...contenders.slice(0, shift)];
    for (const contender of order) await body(contender, round);
  }
}

/** Rejects with a named error when `promise` does not settle within `ms` (the timer never keeps the process alive). */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Milliseconds since `start` (a performance.now() reading). */
export const since = (start) => performance.now() - start;
