/**
 * Versions: this package's own, and the LinkedIn-Version header's format ("YYYYMM" or "YYYYMM.RR").
 */
import { ConfigurationError } from "./errors.js";
import { isLinkedInVersion, LINKEDIN_VERSION_FORM, parseLinkedInVersion } from "./internal/linkedin-version.mjs";

export { isLinkedInVersion };

/** This package's version (kept equal to package.json's by a test). */
export const SDK_VERSION = "0.1.0";

/** Throws a ConfigurationError naming the expected form when `value` is not a LinkedIn-Version. */
export function assertLinkedInVersion(value: unknown, origin = "version"): string {
  if (!isLinkedInVersion(value)) {
    throw new ConfigurationError(
      `${origin} ${JSON.stringify(value)} is not a LinkedIn-Version: expected ${LINKEDIN_VERSION_FORM}, a month LinkedIn still serves.`,
    );
  }
  return value;
}

/** Where a LinkedIn-Version stands on a given date. */
export interface VersionLifecycle {
  /** The LinkedIn-Version asked about, as given: `"YYYYMM"` or `"YYYYMM.RR"`. */
  version: string;
  /**
   * - `future`: its month has not begun (LinkedIn does not serve it yet);
   * - `current`: served, more than `nearingDays` before its estimated sunset;
   * - `nearing-sunset`: within `nearingDays` of its estimated sunset: plan the bump;
   * - `probably-sunset`: past the estimated sunset: expect 426 NONEXISTENT_VERSION.
   */
  status: "future" | "current" | "nearing-sunset" | "probably-sunset";
  /** First day of the version's month (UTC): LinkedIn releases during that month. */
  releasedOn: Date;
  /**
   * Estimated sunset: LinkedIn serves each version at least 12 months; observed sunsets fell in the
   * middle of the same month a year later (202411 → 2025-11-17, 202603 → 2027-03-16), so the 15th.
   */
  sunsetOn: Date;
  /** Whole days from `date` to `sunsetOn` (negative once past). */
  daysLeft: number;
}

const DAY_MS = 86_400_000;

/** Reports, for a LinkedIn-Version and a date (default now), whether it is current, near its sunset, or probably sunset. */
export function versionLifecycle(version: string, date: Date = new Date(), nearingDays = 60): VersionLifecycle {
  const { year, month: monthNumber } = parseLinkedInVersion(assertLinkedInVersion(version))!;
  const month = monthNumber - 1;
  const releasedOn = new Date(Date.UTC(year, month, 1));
  const sunsetOn = new Date(Date.UTC(year + 1, month, 15));
  const daysLeft = Math.floor((sunsetOn.getTime() - date.getTime()) / DAY_MS);
  const status =
    date.getTime() < releasedOn.getTime()
      ? "future"
      : daysLeft < 0
        ? "probably-sunset"
        : daysLeft <= nearingDays
          ? "nearing-sunset"
          : "current";
  return { version, status, releasedOn, sunsetOn, daysLeft };
}
