/**
 * Versions: this package's own, and the LinkedIn-Version header's format ("YYYYMM" or "YYYYMM.RR").
 */
import { ConfigurationError } from "./errors.js";

/** This package's version (kept equal to package.json's by a test). */
export const SDK_VERSION = "0.1.0";

const VERSION_FORMAT = /^(\d{4})(\d{2})(?:\.(\d{2}))?$/;

/** True for "YYYYMM" or "YYYYMM.RR" with a real month (01–12). */
export function isLinkedInVersion(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = VERSION_FORMAT.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  return month >= 1 && month <= 12;
}

/** Throws a ConfigurationError naming the expected form when `value` is not a LinkedIn-Version. */
export function assertLinkedInVersion(value: unknown, origin = "version"): string {
  if (!isLinkedInVersion(value)) {
    throw new ConfigurationError(
      `${origin} ${JSON.stringify(value)} is not a LinkedIn-Version: expected "YYYYMM" (e.g. "202610") or "YYYYMM.RR" (e.g. "202508.02"), a month LinkedIn still serves.`,
    );
  }
  return value;
}
