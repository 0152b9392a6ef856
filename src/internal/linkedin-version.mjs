// The LinkedIn-Version header's grammar, in plain JavaScript so that the build scripts (scripts/generate.mjs,
// scripts/spec-bump.mjs) run it as it is, before anything is built; the SDK imports it too (typed by
// linkedin-version.d.mts). One definition: "YYYYMM" (a monthly version) or "YYYYMM.RR" (a revision of it), the
// month 01–12.

/** "YYYYMM" or "YYYYMM.RR": groups year, month, revision. */
const VERSION = /^(\d{4})(0[1-9]|1[0-2])(?:\.(\d{2}))?$/;

/** True for "YYYYMM" or "YYYYMM.RR" with a real month (01–12). */
export function isLinkedInVersion(value) {
  return typeof value === "string" && VERSION.test(value);
}

/** True for a monthly version, "YYYYMM" (no revision). */
export function isMonthlyVersion(value) {
  return isLinkedInVersion(value) && value.length === 6;
}

/** The parts of a LinkedIn-Version, or undefined when it is not one. */
export function parseLinkedInVersion(value) {
  const m = typeof value === "string" ? VERSION.exec(value) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return { year, month, monthIndex: year * 12 + month - 1, revision: m[3] };
}

/** The monthly version "YYYYMM" of a month index (year * 12 + month - 1). */
export function versionOfMonthIndex(index) {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}${String((index % 12) + 1).padStart(2, "0")}`;
}

/** What the messages say a LinkedIn-Version looks like. */
export const LINKEDIN_VERSION_FORM = '"YYYYMM" (e.g. "202610") or "YYYYMM.RR" (e.g. "202508.02")';
