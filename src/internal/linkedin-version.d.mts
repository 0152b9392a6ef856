// Types of linkedin-version.mjs (plain JavaScript, shared with the build scripts).

/** The parts of a LinkedIn-Version. */
export interface LinkedInVersionParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** year * 12 + month - 1. */
  readonly monthIndex: number;
  /** "RR" of "YYYYMM.RR", when given. */
  readonly revision: string | undefined;
}

/** True for "YYYYMM" or "YYYYMM.RR" with a real month (01–12). */
export function isLinkedInVersion(value: unknown): value is string;
/** True for a monthly version, "YYYYMM" (no revision). */
export function isMonthlyVersion(value: unknown): value is string;
/** The parts of a LinkedIn-Version, or undefined when it is not one. */
export function parseLinkedInVersion(value: unknown): LinkedInVersionParts | undefined;
/** The monthly version "YYYYMM" of a month index (year * 12 + month - 1). */
export function versionOfMonthIndex(index: number): string;
/** What the messages say a LinkedIn-Version looks like. */
export const LINKEDIN_VERSION_FORM: string;
