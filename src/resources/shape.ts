/**
 * Checks of the answer shapes the resources rely on. A 2xx body that is JSON but not the shape LinkedIn documents
 * (a proxy's `null`, `elements: {}`, `elements: [null]`, …) becomes an `InvalidResponseError` naming the JSON path,
 * never a `TypeError` deep inside a helper or a string iterated character by character.
 */
import { InvalidResponseError } from "../http/errors.js";
import { describeValue } from "../internal/describe.js";

/** Where an answer came from, for the error. */
export interface Answer {
  method: string;
  response: Response;
}

type Json = Record<string, unknown>;

/** Throws the InvalidResponseError for `path` (`$.elements[3].urn`) not being `expected`. */
export function badShape(answer: Answer, path: string, expected: string, got: unknown): never {
  const { response, method } = answer;
  throw new InvalidResponseError(
    `${method} ${response.url} → ${response.status}: ${path} should be ${expected}, got ${describeValue(got)}. ` +
      `The answer is not the shape LinkedIn documents (a proxy or gateway in between?).`,
    { status: response.status, method, url: response.url },
  );
}

/** `value` as an object, or the error for `path`. */
export function object(answer: Answer, value: unknown, path: string): Json {
  if (!isObject(value)) badShape(answer, path, "an object", value);
  return value;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` as a list of objects, or the error for `path` (or for its first element that is not an object). */
export function objects(answer: Answer, value: unknown, path: string): Json[] {
  if (!Array.isArray(value)) badShape(answer, path, "a list", value);
  // Paths are built only for the error: this runs for every element of every answer.
  for (let i = 0; i < value.length; i++) {
    if (!isObject(value[i])) badShape(answer, `${path}[${i}]`, "an object", value[i]);
  }
  return value as Json[];
}

/** `value` as a string when present; the error for `path` when it is present but not a string. */
export function optionalString(answer: Answer, value: unknown, path: string): string | undefined {
  if (value !== undefined && typeof value !== "string") badShape(answer, path, "a string", value);
  return value as string | undefined;
}

/** `value` as a finite number, or the error for `path`. */
export function number(answer: Answer, value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) badShape(answer, path, "a number", value);
  return value as number;
}

/** True for a list of strings. */
export function isStrings(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}
