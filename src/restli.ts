import { LinkedInError } from "./errors.js";
import { showValue } from "./internal/describe.js";

/**
 * Rest.li 2.0 value codec, as LinkedIn's `/rest` endpoints expect in query strings.
 *
 * - Lists: `List(a,b)`; records (maps): `(k1:v1,k2:v2)`; the empty string: `''`.
 * - Strings and record keys are percent-encoded, including `:` `,` `(` `)` `'`, so the structural characters
 *   `List(` `(` `:` `,` `)` stay unambiguous and literal.
 *
 * Pure functions: no I/O, no globals beyond `encodeURIComponent`/`decodeURIComponent`.
 */

/** A value Rest.li can carry: strings, numbers, booleans, lists and records of them. */
export type RestliValue = string | number | boolean | readonly RestliValue[] | { readonly [key: string]: RestliValue };

/** What `restli.decode` returns: the text carries no types, so every primitive comes back as a string. */
export type RestliDecoded = string | RestliDecoded[] | { [key: string]: RestliDecoded };

/**
 * Malformed Rest.li text (`restli.decode`, `fromRestli`), or a value Rest.li cannot carry (`restli.encode`,
 * `toRestli`, a query value of `li.api`): the message says what and where. Thrown before any request; fix the
 * input.
 */
export class RestliError extends LinkedInError {
  /** Always `"RestliError"`. */
  override name = "RestliError";
  /** 0-based character index in the decoded text where the problem was found (decode only). */
  declare readonly position: number | undefined;
  /**
   * @param message - What is wrong, and where.
   * @param position - The 0-based index in the text being decoded; omitted when encoding.
   */
  constructor(message: string, position?: number) {
    super(message, position === undefined ? {} : { position });
  }
}

/** Percent-encodes one string for Rest.li 2.0: everything but `A-Z a-z 0-9 - _ . ~` is escaped. */
export function encodeString(value: string): string {
  if (value === "") return "''";
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    throw new RestliError(`cannot encode ${JSON.stringify(value)}: it contains a lone UTF-16 surrogate`);
  }
  return encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The deepest nesting {@link encode} accepts: 100 lists/records inside one another. Rest.li query values are a
 * few levels deep (targeting criteria: 5); deeper is a mistake, a cycle, or hostile input, and recursing into
 * it would overflow the stack (a RangeError). {@link decode} is iterative and has no such limit.
 */
export const MAX_ENCODE_DEPTH = 100;

/**
 * Encodes a value as Rest.li 2.0 query text. Throws a {@link RestliError} for what Rest.li cannot carry: NaN or
 * Infinity, null, a lone surrogate, a cyclic value (a list or record containing itself), or nesting deeper than
 * 100 lists/records. A value shared by two siblings is not a cycle and is encoded twice.
 */
export function encode(value: RestliValue): string {
  return encodeAt(value, 0, []);
}

/** `depth`: containers around `value`; `ancestors`: those containers, to tell a cycle from a shared value. */
function encodeAt(value: unknown, depth: number, ancestors: object[]): string {
  if (typeof value === "string") return encodeString(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new RestliError(`cannot encode the number ${value}: Rest.li has no NaN/Infinity`);
    return encodeString(String(value));
  }
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object" && value !== null) {
    if (ancestors.includes(value)) {
      throw new RestliError("cannot encode a cyclic value: a list or record contains itself");
    }
    if (depth >= MAX_ENCODE_DEPTH) {
      throw new RestliError(
        `cannot encode a value nested deeper than ${MAX_ENCODE_DEPTH} lists/records (Rest.li query values are a few levels deep)`,
      );
    }
    ancestors.push(value);
    let text: string;
    if (Array.isArray(value)) {
      text = `List(${value.map((v: unknown) => encodeAt(v, depth + 1, ancestors)).join(",")})`;
    } else {
      const parts: string[] = [];
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined) continue;
        parts.push(`${encodeString(key)}:${encodeAt(v, depth + 1, ancestors)}`);
      }
      text = `(${parts.join(",")})`;
    }
    ancestors.pop();
    return text;
  }
  throw new RestliError(`cannot encode a value of type ${value === null ? "null" : typeof value}`);
}

function decodeAtom(raw: string, start: number): string {
  if (raw === "''") return "";
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new RestliError(`malformed percent-encoding in ${JSON.stringify(raw)} at position ${start}`, start);
  }
}

type Frame =
  | { kind: "list"; value: RestliDecoded[]; open: number }
  | { kind: "record"; value: { [key: string]: RestliDecoded }; key: string | undefined; open: number };

/**
 * Decodes Rest.li 2.0 text into strings, lists and records. Iterative (no recursion), so deep nesting
 * cannot overflow the stack; any malformed input throws a {@link RestliError} with the position.
 */
export function decode(text: string): RestliDecoded {
  if (typeof text !== "string") throw new RestliError("decode expects a string");
  const stack: Frame[] = [];
  let result: RestliDecoded | undefined;
  let done = false;
  let i = 0;

  const fail = (what: string, at = i): never => {
    throw new RestliError(`${what} at position ${at} in ${showValue(text, 80)}`, at);
  };

  /** Places a finished value into the enclosing container, or makes it the result. */
  const emit = (value: RestliDecoded, at: number): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (done) fail("unexpected text after the value", at);
      result = value;
      done = true;
      return;
    }
    if (top.kind === "list") top.value.push(value);
    else {
      if (top.key === undefined) fail("missing key before value", at);
      // defineProperty, not assignment: a "__proto__" key is data, not the object's prototype.
      Object.defineProperty(top.value, top.key as string, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      top.key = undefined;
    }
  };

  /** After a value inside a container: `,` continues, `)` closes (and may close its parents: a loop, not recursion). */
  const afterValue = (): void => {
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        if (i < text.length) fail("unexpected text after the value");
        return;
      }
      const ch = text[i];
      if (ch === ",") {
        i++;
        if (text[i] === ")") fail("expected a value after ','");
        return;
      }
      if (ch !== ")") {
        fail(
          i >= text.length
            ? `unbalanced parentheses: '(' at position ${top.open} is never closed`
            : `expected ',' or ')'`,
        );
      }
      i++;
      stack.pop();
      emit(top.value, top.open);
    }
  };

  while (i < text.length || stack.length > 0) {
    if (i >= text.length) {
      const top = stack[stack.length - 1]!;
      fail(`unbalanced parentheses: '(' at position ${top.open} is never closed`);
    }
    if (done && stack.length === 0) fail("unexpected text after the value");
    const top = stack[stack.length - 1];

    // Inside a record, a key comes first (unless the record is empty or closing).
    if (top?.kind === "record" && top.key === undefined) {
      if (text[i] === ")" && Object.keys(top.value).length === 0 && text[i - 1] === "(") {
        i++;
        stack.pop();
        emit(top.value, top.open);
        afterValue();
        continue;
      }
      const colon = text.indexOf(":", i);
      const keyEnd = colon === -1 ? text.length : colon;
      const rawKey = text.slice(i, keyEnd);
      if (colon === -1 || rawKey === "" || /[(),]/.test(rawKey)) fail("expected 'key:' in a record");
      top.key = decodeAtom(rawKey, i);
      if (Object.prototype.hasOwnProperty.call(top.value, top.key)) fail(`duplicate key ${JSON.stringify(top.key)}`);
      i = colon + 1;
      continue;
    }

    if (text.startsWith("List(", i)) {
      stack.push({ kind: "list", value: [], open: i });
      i += 5;
      if (text[i] === ")") {
        const frame = stack.pop()!;
        i++;
        emit(frame.value, frame.open);
        afterValue();
      }
      continue;
    }
    if (text[i] === "(") {
      stack.push({ kind: "record", value: {}, key: undefined, open: i });
      i++;
      continue;
    }
    // A primitive runs to the next structural character.
    const start = i;
    while (i < text.length && !"(),:".includes(text[i]!)) i++;
    if (i === start) fail(text[i] === undefined ? "expected a value" : `unexpected '${text[i]}'`);
    emit(decodeAtom(text.slice(start, i), start), start);
    afterValue();
  }
  if (!done) fail("empty input: expected a value", 0);
  return result as RestliDecoded;
}

/**
 * The codec as one namespace: `restli.encode(value)`, `restli.decode(text)`. `li.api` and the resources encode
 * their query values with it already; use it for Rest.li text of your own.
 *
 * @example
 * ```ts
 * restli.encode({ language: "en", country: "US" }); // "(language:en,country:US)"
 * restli.encode(["urn:li:geo:103644278"]); // "List(urn%3Ali%3Ageo%3A103644278)"
 * restli.decode("List(a,(k:v))"); // ["a", { k: "v" }]
 * ```
 */
export const restli = {
  /** Encodes a value as Rest.li 2.0 query text: `List(…)` for lists, `(k:v)` for records, strings percent-encoded. */
  encode,
  /** Decodes Rest.li 2.0 text into strings, lists and records (every primitive comes back as a string). */
  decode,
  /** Percent-encodes one string for Rest.li 2.0 (`''` for the empty string). */
  encodeString,
} as const;
