// Query strings as the server sees them: raw values (for Rest.li decoding) and once-decoded values.

import { restErrors } from "./errors.js";

interface Entry {
  name: string;
  raw: string;
  value: string;
  malformed: boolean;
}

function decodeOnce(text: string): { value: string; malformed: boolean } {
  const plus = text.replace(/\+/g, " ");
  try {
    return { value: decodeURIComponent(plus), malformed: false };
  } catch {
    return { value: plus, malformed: true };
  }
}

/** The parameters of one query string, in order. Parsing never throws; {@link QueryParams.assertWellFormed} does. */
export class QueryParams {
  private readonly entries: Entry[];

  constructor(readonly rawQuery: string) {
    this.entries = rawQuery
      .split("&")
      .filter((part) => part.length > 0)
      .map((part) => {
        const eq = part.indexOf("=");
        const rawName = eq === -1 ? part : part.slice(0, eq);
        const raw = eq === -1 ? "" : part.slice(eq + 1);
        const name = decodeOnce(rawName);
        const value = decodeOnce(raw);
        return { name: name.value, raw, value: value.value, malformed: name.malformed || value.malformed };
      });
  }

  /** Decoded name → decoded value (the last one wins for repeated names). */
  toRecord(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.entries) out[e.name] = e.value;
    return out;
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /** The value percent-decoded once (`+` is a space), or undefined. */
  get(name: string): string | undefined {
    return this.entries.find((e) => e.name === name)?.value;
  }

  /** The value exactly as written in the query string, for Rest.li decoding. */
  raw(name: string): string | undefined {
    return this.entries.find((e) => e.name === name)?.raw;
  }

  /** Rejects malformed percent-encoding and repeated parameters with a 400 naming them. */
  assertWellFormed(): void {
    const seen = new Set<string>();
    for (const e of this.entries) {
      if (e.malformed)
        throw restErrors.illegalArgument(`Malformed percent-encoding in query parameter ${JSON.stringify(e.name)}`);
      if (seen.has(e.name))
        throw restErrors.illegalArgument(`Query parameter ${JSON.stringify(e.name)} is given more than once`);
      seen.add(e.name);
    }
  }

  /** Rejects any parameter not in `allowed` (QUERY_PARAM_NOT_ALLOWED naming it). */
  allowOnly(allowed: readonly string[]): void {
    for (const name of this.names()) if (!allowed.includes(name)) throw restErrors.paramNotAllowed(name, allowed);
  }

  /** The decoded value of a required parameter; a 400 naming it when missing. */
  require(name: string): string {
    const value = this.get(name);
    if (value === undefined) throw restErrors.paramMissing(name);
    return value;
  }

  /** An integer parameter in [min, max], or the default when absent; a 400 with the rule otherwise. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const text = this.get(name);
    if (text === undefined) return fallback;
    const value = /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      const rule = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer between ${min} and ${max}`;
      throw restErrors.illegalArgument(
        `Query parameter ${JSON.stringify(name)} must be ${rule}, got ${JSON.stringify(text)}`,
      );
    }
    return value;
  }
}
