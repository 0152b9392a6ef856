/**
 * Values and errors in words, for error messages: what a value is without showing it (it may be a secret), a value
 * shown where it is safe to, and a runtime error (a failed fetch, a store's throw) as one line.
 */

/** What a value is, never its content: `nothing`, `null`, `a list`, `an object`, `an empty string`, `a number`, … */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value === "") return "an empty string";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** A value as a message may show it: a string quoted, cut to `max` characters ("…"); anything else described. */
export function showValue(value: unknown, max = 60): string {
  if (typeof value !== "string") return describeValue(value);
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
}

/**
 * A runtime error in one line — "TypeError: fetch failed (ECONNREFUSED)": its name and message, and its cause's
 * `code` (or the start of its message) when it has one. Cut to 300 characters. Pass it through a redactor when
 * the error may quote what was sent.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return cut(String(error));
  const inner = (error as { cause?: unknown }).cause;
  let detail = "";
  if (typeof inner === "object" && inner !== null) {
    const { code, message } = inner as { code?: unknown; message?: unknown };
    if (typeof code === "string") detail = ` (${code})`;
    else if (typeof message === "string" && message !== "") detail = ` (${message.slice(0, 120)})`;
  }
  return cut(`${error.name}: ${error.message}${detail}`);
}

function cut(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
