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

/** Where a LinkedIn-Version stands on a given date. */
export interface VersionLifecycle {
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
  assertLinkedInVersion(version);
  const year = Number(version.slice(0, 4));
  const month = Number(version.slice(4, 6)) - 1;
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

/** The monthly LinkedIn-Version "YYYYMM" of a month index (year * 12 + month - 1). */
export function versionOfMonthIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}${String((index % 12) + 1).padStart(2, "0")}`;
}
