/**
 * Header-safe text: what a bearer token may hold to travel in an `Authorization` header, and the check of headers
 * given as options (names that are HTTP tokens, values without CR, LF, NUL or other control characters). Messages
 * name a header, never show a value: either may hold a secret.
 */
import { ConfigurationError } from "../errors.js";

/** Visible ASCII only (0x21–0x7E): what a bearer token can be and still travel in a header unchanged. */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;

/**
 * True when `token` can travel in an `Authorization: Bearer …` header as is: non-empty, visible ASCII only
 * (RFC 6750's b64token and any other printable character). No whitespace, no control character (NUL, CR, LF
 * would be refused by fetch or split the header), no non-ASCII character.
 */
export function isHeaderSafeToken(token: string): boolean {
  return HEADER_SAFE_TOKEN.test(token);
}

/**
 * Where and what kind of character makes `token` unfit for a header — "whitespace at index 12" — without
 * showing the character or any of the token (a secret), for error messages. Undefined when it is fit.
 */
export function unsafeTokenCharacter(token: string): string | undefined {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) continue;
    const kind = /\s/.test(token[i]!)
      ? "whitespace"
      : c < 0x20 || c === 0x7f
        ? "a control character"
        : "a non-ASCII character";
    return `${kind} at index ${i}`;
  }
  return undefined;
}

/** An HTTP header name: an RFC 9110 token. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** What a header value may hold: tab, visible ASCII, space, and the Latin-1 range fetch sends as bytes. */
const BAD_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Checks headers given as an option (`where` names it, e.g. "headers" or "facets.list: headers"): an object
 * of valid names to string values (numbers and booleans are sent as text; `undefined`/`null` are skipped; an
 * array sends the header once per item). Throws a ConfigurationError before any request, naming the header
 * but never showing a value (or an invalid name): either may hold a secret.
 */
export function checkHeaders(headers: unknown, where: string): void {
  if (headers === undefined) return;
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) {
    throw new ConfigurationError(
      `${where} must be an object of header names to values, e.g. { "X-Request-Source": "my-app" }.`,
    );
  }
  if (typeof Headers === "function" && headers instanceof Headers) return; // checked when it was built
  let index = 0;
  for (const [name, value] of Object.entries(headers)) {
    index++;
    if (!HEADER_NAME.test(name)) {
      throw new ConfigurationError(
        `${where}: the name of entry ${index} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_\`|~ only; ` +
          `not shown, in case it holds a secret). Put the name in the key and the value in the value, e.g. { "X-Trace": "…" }.`,
      );
    }
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (item === undefined || item === null) continue;
      if (typeof item !== "string" && typeof item !== "number" && typeof item !== "boolean") {
        throw new ConfigurationError(`${where}[${JSON.stringify(name)}] must be a string (got ${typeof item}).`);
      }
      if (BAD_HEADER_VALUE.test(String(item))) {
        throw new ConfigurationError(
          `${where}[${JSON.stringify(name)}] contains a character not allowed in an HTTP header value (CR, LF, NUL, ` +
            `another control character, or one above U+00FF); the value is not shown, in case it holds a secret. ` +
            `Remove line breaks and control characters.`,
        );
      }
    }
  }
}
