/**
 * Redaction: every secret the SDK sent (an access token, a client secret, an authorization code) is removed from
 * whatever comes back before it is kept on an error or shown in a message — bodies, reason phrases, headers and
 * the runtime's own errors. Redacted BEFORE anything is cut, so a secret straddling a cut leaves nothing behind.
 */
/** What a secret is replaced with. */
export const REDACTED = "[REDACTED]";

/**
 * How many first characters of a secret count as the secret: a run of 8 or more of them is redacted wherever it
 * appears (a secret cut off by a truncation, the server's or ours, must not leave its start behind). Shorter runs
 * are left alone: they are too common in ordinary text to be told apart from it.
 */
export const SECRET_PREFIX = 8;

/** The longest text looked at when quoting the start of a body: the quote is a few hundred characters at most. */
const SNIPPET_WINDOW = 64 * 1024;

/** One pass: every occurrence of each secret, and of each 8+ character prefix of it, becomes "[REDACTED]". */
function redactOnce(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length < 4) continue;
    if (secret.length <= SECRET_PREFIX) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
      continue;
    }
    const head = secret.slice(0, SECRET_PREFIX);
    let at = out.indexOf(head);
    if (at === -1) continue;
    let result = "";
    let from = 0;
    while (at !== -1) {
      // The match runs as long as the text follows the secret: the whole secret, or the start of it.
      let end = at + SECRET_PREFIX;
      while (end < out.length && end - at < secret.length && out.charCodeAt(end) === secret.charCodeAt(end - at)) end++;
      result += out.slice(from, at) + REDACTED;
      from = end;
      at = out.indexOf(head, from);
    }
    out = result + out.slice(from);
  }
  return out;
}

/**
 * Replaces every occurrence of each secret in `text` with "[REDACTED]", and every run of its first 8 or more
 * characters too (a secret the server truncated, or one cut at the end of a quote). Secrets shorter than 4
 * characters are ignored.
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  // A replacement can, in theory, complete another secret's start with the text around it: repeat (bounded).
  for (let pass = 0; pass < 3; pass++) {
    const next = redactOnce(out, secrets);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Redacts, THEN cuts to `max` characters (with "…" when it cut). In this order a secret straddling the cut is
 * replaced whole before the cut, so no first characters of it are left at the end of the text.
 */
export function redactAndCut(text: string, secrets: readonly (string | undefined)[], max: number): string {
  const clean = redact(text.length > SNIPPET_WINDOW ? text.slice(0, SNIPPET_WINDOW) : text, secrets);
  return clean.length <= max ? clean : `${clean.slice(0, max)}…`;
}

/**
 * The start of a body for a message: whitespace folded, passed through `clean` (a redactor), then cut to `max`
 * characters. Only the first 64 KiB of the body are looked at (a secret cut there is a prefix, still redacted).
 */
export function snippetOf(text: string, max: number, clean: (text: string) => string): string {
  const window = text.length > SNIPPET_WINDOW ? text.slice(0, SNIPPET_WINDOW) : text;
  const folded = clean(window.replace(/\s+/g, " ").trim());
  return folded.length <= max ? folded : `${folded.slice(0, max)}…`;
}

/** A JSON value with every string, keys included, redacted. */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[], depth = 0): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (depth > 64 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // defineProperty: a "__proto__" key stays data, as JSON.parse made it.
    Object.defineProperty(out, redact(k, secrets), {
      value: redactValue(v, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Own properties of runtime errors worth keeping on a scrubbed copy (Node's system errors, undici's). */
const ERROR_FIELDS = ["code", "errno", "syscall", "address", "port"] as const;

/**
 * A copy of an error that is safe to keep as `cause`: its name, message, stack and `code`-like fields with every
 * secret redacted, and its own cause (and an AggregateError's `errors`) scrubbed the same way. Anything else the
 * original held (a request, headers, a body) is dropped. The copy is a plain `Error` with the original's `name`.
 */
export function scrubError(error: unknown, secrets: readonly (string | undefined)[], depth = 0): unknown {
  if (typeof error === "string") return redact(error, secrets);
  if (typeof error !== "object" || error === null) return error;
  const source = error as Partial<Error> & Record<string, unknown>;
  let message: string;
  try {
    message = typeof source.message === "string" ? source.message : String(error);
  } catch {
    message = "(unprintable error)";
  }
  const copy = new Error(redact(message, secrets)) as Error & Record<string, unknown>;
  if (typeof source.name === "string") copy.name = redact(source.name, secrets);
  copy.stack = typeof source.stack === "string" ? redact(source.stack, secrets) : `${copy.name}: ${copy.message}`;
  for (const field of ERROR_FIELDS) {
    const value = source[field];
    if (typeof value === "string") copy[field] = redact(value, secrets);
    else if (typeof value === "number") copy[field] = value;
  }
  if (depth < 5) {
    if (source.cause !== undefined) copy.cause = scrubError(source.cause, secrets, depth + 1);
    if (Array.isArray(source.errors)) {
      copy.errors = source.errors.slice(0, 10).map((e: unknown) => scrubError(e, secrets, depth + 1));
    }
  }
  return copy;
}
