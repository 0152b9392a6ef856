/** URL options in error messages: shown without anything that may be a credential. */

/**
 * A URL option as an error message may show it: never a value holding "@" (it may carry user:password, even
 * when it does not parse as the URL it was meant to be), and never its query or fragment (they may carry a
 * token).
 */
export function showUrl(value: string): string {
  if (value.includes("@")) return "(not shown: it contains '@', which may carry credentials)";
  const bare = value.split(/[?#]/)[0] ?? "";
  return JSON.stringify(bare.length > 200 ? `${bare.slice(0, 200)}…` : bare);
}
