// The LinkedIn-Version window the test server serves: monthly versions "YYYYMM", revisions "YYYYMM.RR".

import { parseLinkedInVersion, versionOfMonthIndex } from "../internal/linkedin-version.mjs";
import { restErrors } from "./errors.js";

/** The served LinkedIn-Version window, both ends inclusive, as "YYYYMM". */
export interface VersionWindow {
  /** Oldest served version, "YYYYMM". */
  oldest: string;
  /** Newest served version, "YYYYMM". */
  newest: string;
  /**
   * Months strictly between `oldest` and `newest` that LinkedIn never released (it skips one now and then: there is
   * no 202512): they answer 426 NONEXISTENT_VERSION like a sunset version. Default none.
   */
  skipped?: readonly string[];
}

/** Month index (year * 12 + month - 1) of a "YYYYMM", or undefined when malformed (or a revision). */
function monthIndex(yyyymm: string): number | undefined {
  const parts = parseLinkedInVersion(yyyymm);
  return parts && parts.revision === undefined ? parts.monthIndex : undefined;
}

/**
 * The default window: the 12 monthly versions up to and including the current UTC month of `nowMs`
 * (LinkedIn keeps each version for at least a year; a version of a future month does not exist yet).
 */
export function defaultVersionWindow(nowMs: number): VersionWindow {
  const now = new Date(nowMs);
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return { oldest: versionOfMonthIndex(current - 11), newest: versionOfMonthIndex(current) };
}

/** Checks a window given as an option; throws a TypeError naming the problem. */
export function assertVersionWindow(window: VersionWindow): VersionWindow {
  const oldest = monthIndex(String(window?.oldest));
  const newest = monthIndex(String(window?.newest));
  if (oldest === undefined || newest === undefined) {
    throw new TypeError(`versions must be { oldest: "YYYYMM", newest: "YYYYMM" }, got ${JSON.stringify(window)}`);
  }
  if (oldest > newest)
    throw new TypeError(`versions.oldest ${window.oldest} is after versions.newest ${window.newest}`);
  const skipped = window.skipped ?? [];
  if (!Array.isArray(skipped))
    throw new TypeError(`versions.skipped must be a list of "YYYYMM", got ${String(skipped)}`);
  for (const month of skipped) {
    const index = monthIndex(String(month));
    if (index === undefined || index <= oldest || index >= newest) {
      throw new TypeError(
        `versions.skipped ${JSON.stringify(month)} must be a "YYYYMM" strictly between ${window.oldest} and ${window.newest}`,
      );
    }
  }
  return skipped.length > 0
    ? { oldest: window.oldest, newest: window.newest, skipped: [...skipped] }
    : { oldest: window.oldest, newest: window.newest };
}

/**
 * Checks a request's LinkedIn-Version header against the window: missing → 400 VERSION_MISSING;
 * malformed, outside the window or a skipped month → 426 NONEXISTENT_VERSION (LinkedIn shows a monthly version
 * as "YYYYMM01" in that message). Throws a RestError; returns the version when served.
 */
export function checkVersion(header: string | undefined, window: VersionWindow): string {
  if (header === undefined || header.trim() === "") throw restErrors.versionMissing();
  const value = header.trim();
  const parts = parseLinkedInVersion(value);
  if (!parts) throw restErrors.nonexistentVersion(value);
  const month = value.slice(0, 6);
  if (
    parts.monthIndex < monthIndex(window.oldest)! ||
    parts.monthIndex > monthIndex(window.newest)! ||
    parts.revision === "00" ||
    window.skipped?.includes(month)
  ) {
    throw restErrors.nonexistentVersion(parts.revision === undefined ? `${month}01` : value);
  }
  return value;
}
