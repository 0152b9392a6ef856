import { LinkedInError } from "./errors.js";
import { showValue } from "./internal/describe.js";

/**
 * LinkedIn URNs, `urn:li:<entityType>:<id>`, to LinkedIn's own grammar (the `Urn` and `TupleKey` classes of its
 * Pegasus data library; see spec/LINKEDIN-FACTS.md):
 *
 * - the entity type starts with a lower-case letter, then letters, digits or `_` (`geo`, `sponsoredAccount`);
 * - the id is one value (`103644278`, `en_US`) or a tuple `(a,b,…)` split at its top-level commas. Parentheses
 *   must balance, and a tuple element may itself hold parentheses: `(foo,bar(zoo,moo))` has the elements
 *   `foo` and `bar(zoo,moo)`, and `(urn:li:sponsoredAccount:1,2)` nests a URN (checked too).
 *
 * Stricter than LinkedIn's parser where a targeting value can only be a mistake: the namespace must be `li`, the
 * id must not be empty, and whitespace is rejected. Pure functions over strings: no I/O, no globals.
 */

/**
 * A LinkedIn URN string, `urn:li:<type>:<id>`. `T` narrows the entity type: `Urn<"geo">` is
 * `` `urn:li:geo:${string}` ``. Every `Urn` is a `string`, so it fits wherever the API schema wants a string.
 */
export type Urn<T extends string = string> = `urn:li:${T}:${string}`;

/** A URN split into its pieces by {@link urn}`.parse`. */
export interface ParsedUrn {
  /** The URN namespace; this SDK only handles LinkedIn's, `"li"`. */
  readonly namespace: "li";
  /** The entity type, e.g. `"geo"` in `urn:li:geo:103644278`. */
  readonly type: string;
  /** The id exactly as written, e.g. `"103644278"`, or `"(25,34)"` for a tuple URN. */
  readonly id: string;
  /**
   * For a tuple id only: its top-level elements as LinkedIn's parser returns them, e.g. `["25", "34"]` for
   * `urn:li:ageRange:(25,34)`, `["urn:li:sponsoredAccount:1", "2"]` for
   * `urn:li:sponsoredCreative:(urn:li:sponsoredAccount:1,2)`, `["foo", "bar(zoo,moo)"]` for `urn:li:x:(foo,bar(zoo,moo))`.
   */
  readonly parts?: readonly string[];
}

/**
 * A string is not a well-formed LinkedIn URN, or a URN builder got an invalid id. The message names the
 * offending input and says what is wrong with it; {@link UrnError.input} holds the input itself.
 */
export class UrnError extends LinkedInError {
  /** Always `"UrnError"`. */
  override name = "UrnError";
  /** The rejected input (a URN string, or the id given to a URN builder), converted to a string. */
  declare readonly input: string;
  /**
   * @param message - What is wrong with the input.
   * @param input - The rejected input, as a string.
   */
  constructor(message: string, input: string) {
    super(message, { input });
  }
}

/** The largest value LinkedIn uses as an open upper bound in range URNs (`urn:li:ageRange:(55,2147483647)`). */
const OPEN_MAX = 2147483647;
/** Nested URNs inside tuples deeper than this are rejected (real URNs nest one or two levels). */
const MAX_NESTING = 16;

const TYPE_RE = /^[a-z][A-Za-z0-9_]*$/;
const WHITESPACE_RE = /\s/u;

/** The input as a message shows it: a string quoted (cut at 200 characters), anything else described. */
const describe = (input: unknown) => showValue(input, 200);

/** `String(input)`, but never throwing (e.g. for null-prototype objects). */
function asText(input: unknown): string {
  try {
    return String(input);
  } catch {
    return describe(input);
  }
}

/** Validates `text` as a URN; returns the parsed form or throws a UrnError that names `whole` (the outermost input). */
function parseAt(text: string, whole: string, offset: number, depth: number): ParsedUrn {
  const fail = (what: string): never => {
    throw new UrnError(`Invalid URN ${describe(whole)}: ${what}`, whole);
  };
  if (depth > MAX_NESTING) fail(`URNs nested more than ${MAX_NESTING} levels deep`);
  if (!text.startsWith("urn:li:")) {
    fail(
      offset === 0
        ? `it must start with "urn:li:"`
        : `the tuple element at index ${offset} must be a URN starting with "urn:li:" or a plain value`,
    );
  }
  const afterPrefix = 7;
  const colon = text.indexOf(":", afterPrefix);
  if (colon === -1) fail(`missing ":<id>" after the entity type`);
  const type = text.slice(afterPrefix, colon);
  if (type === "") fail(`empty entity type at index ${offset + afterPrefix}`);
  if (!TYPE_RE.test(type)) {
    fail(`the entity type ${JSON.stringify(type)} must start with a lower-case letter, then letters, digits or '_'`);
  }
  const id = text.slice(colon + 1);
  const idStart = offset + colon + 1;
  if (id === "") fail("empty id");

  // Parentheses balance in any id; in a tuple id, the commas at the top level split the elements.
  const parts: string[] = [];
  const tuple = id.startsWith("(");
  let level = 0;
  let partStart = 1;
  for (let i = 0; i < id.length; i++) {
    const ch = id[i];
    if (ch === "(") level++;
    else if (ch === ")") {
      level--;
      if (level < 0) fail(`unbalanced parentheses: ')' at index ${idStart + i} has no matching '('`);
      if (tuple && level === 0) {
        if (i !== id.length - 1) fail(`unexpected text after the tuple at index ${idStart + i + 1}`);
        parts.push(id.slice(partStart, i));
      }
    } else if (tuple && ch === "," && level === 1) {
      parts.push(id.slice(partStart, i));
      partStart = i + 1;
    }
  }
  if (level > 0) fail(`unbalanced parentheses: a '(' in the id at index ${idStart} is never closed`);
  if (!tuple) return Object.freeze({ namespace: "li", type, id });

  if (parts.length === 1 && parts[0] === "") fail(`empty tuple at index ${idStart}`);
  let at = idStart + 1;
  for (const part of parts) {
    if (part === "") fail(`empty tuple element at index ${at}`);
    if (part.startsWith("urn:")) parseAt(part, whole, at, depth + 1);
    at += part.length + 1;
  }
  return Object.freeze({ namespace: "li", type, id, parts: Object.freeze(parts) });
}

/**
 * Parses a LinkedIn URN.
 *
 * @example
 * ```ts
 * urn.parse("urn:li:geo:103644278");      // { namespace: "li", type: "geo", id: "103644278" }
 * urn.parse("urn:li:ageRange:(25,34)");   // { namespace: "li", type: "ageRange", id: "(25,34)", parts: ["25", "34"] }
 * ```
 * @param value - The URN text.
 * @returns The namespace, entity type, id and (for tuple ids) the top-level tuple elements.
 * @throws {@link UrnError} when `value` is not a string, lacks the `urn:li:` prefix, has an empty type or id,
 *   an entity type that does not start with a lower-case letter, contains whitespace, or has unbalanced
 *   parentheses; the message names the input and the problem.
 */
function parse(value: string): ParsedUrn {
  if (typeof value !== "string") {
    throw new UrnError(`Invalid URN: expected a string, got ${describe(value)}`, asText(value));
  }
  const ws = value.search(WHITESPACE_RE);
  if (ws !== -1) throw new UrnError(`Invalid URN ${describe(value)}: whitespace at index ${ws}`, value);
  return parseAt(value, value, 0, 0);
}

/**
 * Whether `value` is a well-formed LinkedIn URN, optionally of entity type `type`. Never throws.
 *
 * @example
 * ```ts
 * urn.isUrn("urn:li:geo:103644278");        // true
 * urn.isUrn("urn:li:geo:103644278", "geo"); // true
 * urn.isUrn("geo:103644278");               // false
 * ```
 */
function isUrn<T extends string = string>(value: unknown, type?: T): value is Urn<T> {
  if (typeof value !== "string") return false;
  try {
    const parsed = parse(value);
    return type === undefined || parsed.type === type;
  } catch {
    return false;
  }
}

/**
 * Builds `urn:li:<type>:<id>` and checks that the result is a well-formed URN.
 *
 * @param type - Entity type: a lower-case letter, then letters, digits or `_` (e.g. `"geo"`).
 * @param id - The id: a non-negative safe integer, or a string id (a plain value or a `(a,b)` tuple).
 * @throws {@link UrnError} for an invalid type, a negative/non-integer number, or an id that does not form a valid URN.
 */
function format<T extends string>(type: T, id: string | number): Urn<T> {
  if (typeof type !== "string" || !TYPE_RE.test(type)) {
    throw new UrnError(
      `Invalid URN type ${describe(type)}: it must start with a lower-case letter, then letters, digits or '_'`,
      asText(type),
    );
  }
  if (typeof id === "number") {
    if (!Number.isSafeInteger(id) || id < 0) {
      throw new UrnError(
        `Invalid ${type} id ${String(id)}: a numeric id must be a non-negative safe integer`,
        String(id),
      );
    }
  } else if (typeof id !== "string") {
    throw new UrnError(`Invalid ${type} id: expected a string or a number, got ${describe(id)}`, asText(id));
  }
  const text = `urn:li:${type}:${id}`;
  parse(text);
  return text as Urn<T>;
}

/** A numeric entity id: a positive safe integer, or its decimal string (for ids beyond 2^53). */
export type NumericId = number | string;

function positiveId(type: string, id: NumericId): string {
  if (typeof id === "number" && Number.isSafeInteger(id) && id > 0) return String(id);
  if (typeof id === "string" && /^[1-9][0-9]*$/.test(id)) return id;
  throw new UrnError(
    `Invalid ${type} id ${typeof id === "number" ? String(id) : describe(id)}: expected a positive integer`,
    asText(id),
  );
}

function numeric<T extends string>(type: T): (id: NumericId) => Urn<T> {
  return (id) => `urn:li:${type}:${positiveId(type, id)}` as Urn<T>;
}

function rangeBound(type: string, label: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > OPEN_MAX) {
    throw new UrnError(
      `Invalid ${type} ${label} ${asText(value)}: expected an integer from ${min} to ${OPEN_MAX}`,
      asText(value),
    );
  }
  return value;
}

/** `(min,max)` tuple id; `max` omitted means open-ended (LinkedIn writes 2147483647). */
function range<T extends string>(type: T, minValue: number, min: number, max: number | undefined): Urn<T> {
  const lo = rangeBound(type, "lower bound", min, minValue);
  const hi = max === undefined ? OPEN_MAX : rangeBound(type, "upper bound", max, minValue);
  if (lo > hi)
    throw new UrnError(`Invalid ${type} (${lo},${hi}): the lower bound exceeds the upper bound`, `(${lo},${hi})`);
  return `urn:li:${type}:(${lo},${hi})` as Urn<T>;
}

/** The member genders LinkedIn targets: `urn:li:gender:FEMALE`, `urn:li:gender:MALE`. */
export type Gender = "FEMALE" | "MALE";

/**
 * Parse, check and build LinkedIn URNs.
 *
 * Builders for numeric ids accept a positive safe integer or its decimal string and throw {@link UrnError}
 * otherwise. The facet each URN type is used with is noted on each builder.
 *
 * @example
 * ```ts
 * urn.geo(103644278);        // "urn:li:geo:103644278"
 * urn.locale("en_US");       // "urn:li:locale:en_US"
 * urn.ageRange(25, 34);      // "urn:li:ageRange:(25,34)"
 * urn.parse("urn:li:staffCountRange:(51,200)").parts; // ["51", "200"]
 * ```
 */
export const urn = Object.freeze({
  /** Splits a URN into namespace, type, id and tuple parts; a malformed one throws {@link UrnError}. */
  parse,
  /** Whether a value is a well-formed URN, optionally of one entity type (a type guard). Never throws. */
  isUrn,
  /** Builds `urn:li:<type>:<id>` from any type and id, checked; an invalid one throws {@link UrnError}. */
  format,
  /** `urn:li:geo:<id>`: a location (facets `locations`, `profileLocations`). */
  geo: numeric("geo"),
  /** `urn:li:function:<id>`: a job function (facet `jobFunctions`), e.g. 10 = Finance. */
  function: numeric("function"),
  /** `urn:li:seniority:<id>`: a seniority (facet `seniorities`), e.g. 3 = Entry, 6 = Director. */
  seniority: numeric("seniority"),
  /** `urn:li:industry:<id>`: an industry (facet `industries`). */
  industry: numeric("industry"),
  /** `urn:li:organization:<id>`: a company or school (facets `employers`, `employersAll`, `followedCompanies`, `schools`). */
  organization: numeric("organization"),
  /**
   * A school for the `schools` facet. LinkedIn identifies schools by their organization URN, so this returns
   * `urn:li:organization:<id>` (the same as {@link urn}`.organization`).
   */
  school: numeric("organization"),
  /** `urn:li:title:<id>`: a job title (facets `titles`, `titlesAll`, `titlesPast`). */
  title: numeric("title"),
  /** `urn:li:skill:<id>`: a skill (facet `skills`). */
  skill: numeric("skill"),
  /** `urn:li:interest:<id>`: an interest (facet `interests`). */
  interest: numeric("interest"),
  /** `urn:li:degree:<id>`: a degree (facet `degrees`). */
  degree: numeric("degree"),
  /** `urn:li:fieldOfStudy:<id>`: a field of study (facet `fieldsOfStudy`). */
  fieldOfStudy: numeric("fieldOfStudy"),
  /** `urn:li:group:<id>`: a LinkedIn group (facet `groups`). */
  group: numeric("group"),
  /** `urn:li:yearsOfExperience:<id>`: a years-of-experience bucket (facet `yearsOfExperienceRanges`). */
  yearsOfExperience: numeric("yearsOfExperience"),
  /** `urn:li:memberBehavior:<id>`: a member behavior (facet `memberBehaviors`). */
  memberBehavior: numeric("memberBehavior"),
  /** `urn:li:adSegment:<id>`: a matched or retargeting audience (facets `audienceMatchingSegments`, `dynamicSegments`). */
  adSegment: numeric("adSegment"),
  /** `urn:li:organizationRankingList:<id>`: a company category list (facet `companyCategory`). */
  organizationRankingList: numeric("organizationRankingList"),
  /** `urn:li:sponsoredAccount:<id>`: an ad account (request metadata, not a targeting value). */
  sponsoredAccount: numeric("sponsoredAccount"),
  /**
   * `urn:li:locale:<language>_<COUNTRY>` (facet `interfaceLocales`). Accepts `"en_US"` or the BCP 47 form
   * `"en-US"` (written with `_`).
   * @throws {@link UrnError} unless the code is a 2–3 letter lower-case language and a 2-letter upper-case country.
   */
  locale(code: string): Urn<"locale"> {
    const m = typeof code === "string" ? /^([a-z]{2,3})[_-]([A-Z]{2})$/.exec(code) : null;
    if (!m) {
      throw new UrnError(
        `Invalid locale ${describe(code)}: expected language_COUNTRY like "en_US" (lower-case language, upper-case country)`,
        asText(code),
      );
    }
    return `urn:li:locale:${m[1]}_${m[2]}` as Urn<"locale">;
  },
  /**
   * `urn:li:ageRange:(min,max)` (facet `ageRanges`). LinkedIn's buckets are (18,24), (25,34), (35,54) and
   * (55,2147483647); `ageRange(55)` and `ageRange("55+")` give the open-ended one.
   * @throws {@link UrnError} for bounds that are not integers in 0…2147483647 or a lower bound above the upper one.
   */
  ageRange(min: number | `${number}+`, max?: number): Urn<"ageRange"> {
    if (typeof min === "string") {
      const m = /^([0-9]+)\+$/.exec(min);
      if (!m || max !== undefined) {
        throw new UrnError(`Invalid ageRange ${describe(min)}: expected "<min>+" like "55+"`, asText(min));
      }
      return range("ageRange", 0, Number(m[1]), undefined);
    }
    return range("ageRange", 0, min, max);
  },
  /**
   * `urn:li:staffCountRange:(min,max)` (facet `staffCountRanges`), e.g. `staffCountRange(51, 200)`;
   * `staffCountRange(10001)` is open-ended.
   * @throws {@link UrnError} for bounds that are not integers in 1…2147483647 or a lower bound above the upper one.
   */
  staffCountRange(min: number, max?: number): Urn<"staffCountRange"> {
    return range("staffCountRange", 1, min, max);
  },
  /**
   * `urn:li:growthRate:(min,max)` (facet `growthRate`; unconfirmed format).
   * @throws {@link UrnError} for bounds that are not integers in 0…2147483647 or a lower bound above the upper one.
   */
  growthRate(min: number, max?: number): Urn<"growthRate"> {
    return range("growthRate", 0, min, max);
  },
  /**
   * `urn:li:gender:FEMALE` or `urn:li:gender:MALE` (facet `genders`).
   * @throws {@link UrnError} for anything else (the value is case-sensitive).
   */
  gender(value: Gender): Urn<"gender"> {
    if (value !== "FEMALE" && value !== "MALE") {
      throw new UrnError(`Invalid gender ${describe(value)}: expected "FEMALE" or "MALE"`, asText(value));
    }
    return `urn:li:gender:${value}`;
  },
  /**
   * `urn:li:adTargetingFacet:<name>`, e.g. `urn.facet("locations")`. Does not check that LinkedIn knows the
   * facet (see `facetUrn` for that).
   * @throws {@link UrnError} unless `name` is letters and digits starting with a letter.
   */
  facet<N extends string>(name: N): `urn:li:adTargetingFacet:${N}` {
    if (typeof name !== "string" || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
      throw new UrnError(
        `Invalid facet name ${describe(name)}: expected letters and digits starting with a letter`,
        asText(name),
      );
    }
    return `urn:li:adTargetingFacet:${name}`;
  },
});
