/**
 * Numeric options: one checker for every number the SDK (and its test servers) take, driven by a rule that also
 * writes the message. `checkNumber(options.timeoutMs, "timeoutMs", 30_000, TIMEOUT_MS)`.
 */
import { ConfigurationError } from "../errors.js";

/**
 * The longest delay a timer takes: 2^31−1 ms (about 24.8 days). Every runtime stores it as a signed 32-bit
 * integer and turns a longer one into ~1 ms (Node warns TimeoutOverflowWarning), so longer finite values are
 * refused at the door (and clamped where a timer is set).
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a numeric option may be; the error message is written from it. */
export interface NumberRule {
  /** Smallest value allowed. */
  readonly min: number;
  /** `min` itself is refused: with `min: 0`, "a positive number". */
  readonly above?: boolean;
  /** Largest finite value allowed. */
  readonly max?: number;
  /** Why `max` is the limit: the message then says "at most <max> (<why>)" instead of "from <min> to <max>". */
  readonly maxWhy?: string;
  /** Whole numbers only. */
  readonly whole?: boolean;
  /** `Infinity` is allowed too, and means this ("no deadline"). */
  readonly infinity?: string;
  /** The unit, for the message: "milliseconds", "bytes", "seconds". */
  readonly unit?: string;
}

const TIMER_LIMIT = "about 24.8 days, the longest timer runtimes support";

/** Retries, counts: a whole number ≥ 0. */
export const COUNT: NumberRule = { min: 0, whole: true };
/** Deadlines: a positive number of ms up to {@link MAX_TIMER_MS}, or `Infinity` for none. */
export const TIMEOUT_MS: NumberRule = {
  min: 0,
  above: true,
  max: MAX_TIMER_MS,
  maxWhy: TIMER_LIMIT,
  unit: "milliseconds",
  infinity: "no deadline",
};
/** Waits: a whole number of ms ≥ 0 up to {@link MAX_TIMER_MS}. */
export const DELAY_MS: NumberRule = {
  min: 0,
  whole: true,
  max: MAX_TIMER_MS,
  maxWhy: TIMER_LIMIT,
  unit: "milliseconds",
};

/** The rule in words: "a whole number from 1 to 100", "a positive number of milliseconds, at most …". */
export function describeRule(rule: NumberRule): string {
  const positive = rule.above === true && rule.min === 0;
  const kind = rule.whole ? "a whole number" : positive ? "a positive number" : "a finite number";
  const unit = rule.unit ? ` of ${rule.unit}` : "";
  const range = positive
    ? ""
    : rule.max !== undefined && rule.maxWhy === undefined
      ? ` from ${rule.min} to ${rule.max}`
      : ` ${rule.above ? ">" : "≥"} ${rule.min}`;
  const limit = rule.max !== undefined && rule.maxWhy !== undefined ? `, at most ${rule.max} (${rule.maxWhy})` : "";
  const infinity = rule.infinity ? `, or Infinity for ${rule.infinity}` : "";
  return `${kind}${unit}${range}${limit}${infinity}`;
}

/** True when `value` follows `rule`. */
export function followsRule(value: unknown, rule: NumberRule): value is number {
  if (typeof value !== "number") return false;
  if (value === Infinity && rule.infinity !== undefined) return true;
  return (
    Number.isFinite(value) &&
    (!rule.whole || Number.isInteger(value)) &&
    (rule.above ? value > rule.min : value >= rule.min) &&
    (rule.max === undefined || value <= rule.max)
  );
}

/**
 * A numeric option: `fallback` when absent, the value when it follows `rule`; otherwise throws the error `fail`
 * makes (default a ConfigurationError) naming the option, the rule and what was given.
 */
export function checkNumber(
  value: unknown,
  name: string,
  fallback: number,
  rule: NumberRule,
  fail: (message: string) => Error = (message) => new ConfigurationError(message),
): number {
  if (value === undefined) return fallback;
  if (!followsRule(value, rule)) throw fail(`${name} must be ${describeRule(rule)} (got ${String(value)}).`);
  return value;
}
