/**
 * Matching names the way people type them: case- and accent-insensitive words, each query word a prefix of a name
 * word. One definition for `li.entities.find`, the command line's `find` and the test server's typeahead.
 */

/** Letters that Unicode decomposition leaves alone but a searcher types without the mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ħ: "h",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA_FOLDS).join("")}]`, "gu");

/**
 * Lower-cases and strips accents: NFKD (which also unfolds ligatures and full-width forms), then combining marks
 * removed ("Côte" → "cote", "Łódź" → "lodz").
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA_FOLDS[c] ?? c);
}

/** The folded words of a text: runs of letters and digits ("Côte d'Ivoire" → ["cote", "d", "ivoire"]). */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** True when every query word is a prefix of at least one name word. */
export function matchesAllWords(queryWords: readonly string[], nameWords: readonly string[]): boolean {
  return queryWords.every((q) => nameWords.some((w) => w.startsWith(q)));
}
