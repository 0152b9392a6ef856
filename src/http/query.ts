/**
 * The query serializer for openapi-fetch: Rest.li 2.0 aware, and encoding every value exactly once.
 *
 * - arrays and plain objects → Rest.li `List(…)` / `(k:v)` with encoded values (see restli.ts);
 * - strings → percent-encoded, `:` `,` `(` `)` `'` included (`urn:li:x:1` → `urn%3Ali%3Ax%3A1`);
 * - a string that is ALREADY percent-encoded (only URL-safe characters and `%XX` escapes, as the spec's
 *   examples show: `urn%3Ali%3AadTargetingFacet%3Alocations`) is normalised, decoded then encoded once,
 *   so it never becomes `%253A`;
 * - a string that is already Rest.li text (`List(urn%3Ali%3Ageo%3A1)`, `(a:b)`) is sent unchanged;
 * - numbers and booleans as text; `undefined` and `null` are left out;
 * - `fields`, a Rest.li projection (`name,urn`), keeps its commas: each field name is encoded, the commas are not.
 */
import { decode, encode, encodeString, type RestliValue } from "../restli.js";

const URL_SAFE = /^[A-Za-z0-9\-_.~%]*$/;
const RESTLI_TEXT = /^[A-Za-z0-9\-_.~%(),:']*$/;
const HAS_ESCAPE = /%[0-9A-Fa-f]{2}/;

function isRestliText(value: string): boolean {
  if (!(value.startsWith("List(") || value.startsWith("(")) || !RESTLI_TEXT.test(value)) return false;
  try {
    decode(value);
    return true;
  } catch {
    return false;
  }
}

/** Encodes one query value (see the module comment for the rules). */
export function encodeQueryValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") {
    if (isRestliText(value)) return value;
    if (URL_SAFE.test(value) && HAS_ESCAPE.test(value)) {
      try {
        return encodeString(decodeURIComponent(value));
      } catch {
        // not valid percent-encoding after all: encode it as the literal text it is
      }
    }
    return encodeString(value);
  }
  if (typeof value === "number" || typeof value === "boolean") return encode(value);
  return encode(value as RestliValue);
}

/** openapi-fetch `querySerializer`: `{ q: "typeahead", facet: "urn:li:…" }` → `q=typeahead&facet=urn%3Ali%3A…`. */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    const encoded =
      key === "fields" && typeof value === "string"
        ? value
            .split(",")
            .map((field) => encodeString(field.trim()))
            .join(",")
        : encodeQueryValue(value);
    if (encoded !== undefined) parts.push(`${encodeString(key)}=${encoded}`);
  }
  return parts.join("&");
}
