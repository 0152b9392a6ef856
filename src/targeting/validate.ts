import type { components } from "../../generated/schema.js";
import { showValue } from "../internal/describe.js";
import { urn, UrnError } from "../urn.js";
import { TargetingCriteriaError, type TargetingOptions, type TargetingProblem } from "./errors.js";
import { describeBadFacet, Facet, facetInfo, isFacetUrn, type FacetInfo, type FacetName } from "./facets.js";
import { findCombinationViolations } from "./rules.js";

/**
 * Problems recorded in full; past this many only their number is kept (a criteria with thousands of faults must
 * not cost memory in proportion to their pairs).
 */
export const MAX_PROBLEMS = 100;

/**
 * Criteria holding more values than this are refused with one problem, before any per-value work. LinkedIn
 * publishes no limit; this is far above any audience definition and keeps validation cheap on hostile input.
 */
export const MAX_CRITERIA_VALUES = 10_000;

/** The values an input holds, counted without checking them (0 where its shape is wrong). */
function countValues(input: Obj): number {
  let n = 0;
  const add = (or: unknown) => {
    if (isObject(or)) for (const key of Object.keys(or)) if (Array.isArray(or[key])) n += (or[key] as unknown[]).length;
  };
  const include = input["include"];
  const and = isObject(include) ? include["and"] : undefined;
  if (Array.isArray(and)) for (const group of and) if (isObject(group)) add(group["or"]);
  const exclude = input["exclude"];
  if (isObject(exclude)) add(exclude["or"]);
  return n;
}

/**
 * Targeting criteria exactly as the API schema defines them: `include.and` is a list of groups that are
 * AND'ed together; each group's `or` maps facet URNs to entity URNs that are OR'ed (across facets too);
 * `exclude.or` removes members matching any of its values.
 */
export type TargetingCriteria = components["schemas"]["TargetingCriteria"];

/** The outcome of {@link validateTargetingCriteria}: the normalised criteria, or every problem found. */
export type TargetingValidationResult =
  | {
      /** The input is valid. */
      readonly ok: true;
      /** The criteria with duplicates removed, deep-frozen. */
      readonly criteria: TargetingCriteria;
      /**
       * Accepted but possibly rejected by LinkedIn (unknown facet URNs, unconfirmed combination rules); the first
       * 100.
       */
      readonly warnings: readonly TargetingProblem[];
    }
  | {
      /** The input is invalid. */
      readonly ok: false;
      /** The problems found (the first 100); never empty. */
      readonly problems: readonly TargetingProblem[];
      /** How many problems there are in all, `problems` and those past the cap. */
      readonly totalProblems: number;
      /**
       * Accepted but possibly rejected by LinkedIn (unknown facet URNs, unconfirmed combination rules); the first
       * 100.
       */
      readonly warnings: readonly TargetingProblem[];
    };

/** Criteria objects this module produced (deep-frozen, so still valid), with the warnings found for them. */
const validated = new WeakMap<object, readonly TargetingProblem[]>();

type Obj = { readonly [key: string]: unknown };

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What a value in the criteria is: a string quoted (cut at 60 characters), anything else described. */
const kind = (value: unknown) => (typeof value === "string" ? `the string ${showValue(value)}` : showValue(value));

/** `$.a` for identifier keys, `$['urn:li:…']` (quotes and backslashes escaped) for the rest. @internal */
export function child(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
    ? `${path}.${key}`
    : `${path}['${key.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}

class Checker {
  readonly problems: TargetingProblem[] = [];
  readonly warnings: TargetingProblem[] = [];
  /** Problems found beyond {@link MAX_PROBLEMS}, counted only. */
  omitted = 0;

  problem(path: string, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, message });
    else this.omitted++;
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < MAX_PROBLEMS) this.warnings.push({ path, message });
  }

  /** Reports every own key of `value` outside `allowed`. */
  unknownKeys(value: Obj, path: string, allowed: readonly string[], hint: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key) && value[key] !== undefined) {
        this.problem(child(path, key), `unknown property ${JSON.stringify(key)}: ${hint}`);
      }
    }
  }

  /**
   * Checks one `or` map (an include group's or the exclude's). Returns its facets with de-duplicated values,
   * in input order, or `undefined` when it is not an object.
   */
  orMap(value: unknown, path: string, what: "group" | "exclude"): Map<string, string[]> | undefined {
    if (!isObject(value)) {
      this.problem(path, `expected an object mapping facet URNs to lists of URNs, got ${kind(value)}`);
      return undefined;
    }
    const out = new Map<string, string[]>();
    const keys = Object.keys(value);
    if (keys.length === 0) {
      this.problem(
        path,
        what === "group"
          ? "empty group: give at least one facet with at least one value"
          : "empty exclude: give at least one facet with at least one value, or leave exclude out",
      );
    }
    for (const key of keys) {
      const keyPath = child(path, key);
      let info: FacetInfo | undefined;
      if (isFacetUrn(key)) {
        info = facetInfo(key);
        if (!info) {
          this.warn(
            keyPath,
            `unknown facet ${key}: accepted as is, but the SDK cannot check its values' namespace or combination rules`,
          );
        } else if (!info.targetable) {
          this.warn(
            keyPath,
            `${info.name} is an Audience Insights breakdown (groupBy), not a targeting facet LinkedIn documents: target places with ${Facet.locations}`,
          );
        }
      } else if (Object.prototype.hasOwnProperty.call(Facet, key)) {
        this.problem(keyPath, `facet keys must be facet URNs: use ${Facet[key as FacetName]} instead of "${key}"`);
      } else {
        this.problem(keyPath, `${describeBadFacet(key)}; facet keys must be facet URNs`);
      }
      const unique = this.values(value[key], keyPath, info);
      if (unique && unique.length > 0) out.set(key, unique);
    }
    return out;
  }

  /** Checks a facet's value list; returns the distinct values in input order (or `undefined` if not a list). */
  values(value: unknown, path: string, info: FacetInfo | undefined): string[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(path, `expected a list of URNs, got ${kind(value)}`);
      return undefined;
    }
    if (value.length === 0) {
      this.problem(path, "empty facet list: give at least one value");
      return [];
    }
    const seen = new Set<string>();
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const itemPath = `${path}[${i}]`;
      if (typeof item !== "string") {
        this.problem(itemPath, `expected a URN string, got ${kind(item)}`);
        continue;
      }
      if (seen.has(item)) continue;
      seen.add(item);
      let type: string;
      try {
        type = urn.parse(item).type;
      } catch (error) {
        if (!(error instanceof UrnError)) throw error;
        this.problem(itemPath, error.message);
        continue;
      }
      if (info && info.namespaces.length > 0 && !info.namespaces.includes(type)) {
        const expected = info.namespaces.map((ns) => `urn:li:${ns}:…`).join(" or ");
        this.problem(itemPath, `${item} is not a ${info.name} value: expected ${expected}, got a urn:li:${type} URN`);
      }
    }
    const unique = [...seen];
    if (info?.maxValues !== undefined && unique.length > info.maxValues) {
      this.problem(
        path,
        `${info.name} takes at most ${info.maxValues} value${info.maxValues === 1 ? "" : "s"}, got ${unique.length}`,
      );
    }
    return unique;
  }
}

/** A key identifying a group regardless of facet and value order, to drop identical groups. */
function groupKey(group: Map<string, string[]>): string {
  return JSON.stringify([...group].map(([facet, values]) => [facet, [...values].sort()]).sort());
}

/** `Object.freeze`, keeping the (mutable) schema type: the API types have no `readonly`. */
function freeze<T extends object>(value: T): T {
  return Object.freeze(value) as T;
}

function freezeOr(group: Map<string, string[]>): { [key: string]: string[] } {
  const or: { [key: string]: string[] } = {};
  for (const [facet, values] of group) {
    Object.defineProperty(or, facet, { value: freeze([...values]), enumerable: true });
  }
  return freeze(or);
}

function check(input: unknown, c: Checker): TargetingCriteria | undefined {
  if (!isObject(input)) {
    c.problem(
      "$",
      `expected a targeting criteria object {include: {and: [...]}, exclude?: {or: {...}}}, got ${kind(input)}`,
    );
    return undefined;
  }
  c.unknownKeys(input, "$", ["include", "exclude"], 'targeting criteria hold only "include" and "exclude"');
  const size = countValues(input);
  if (size > MAX_CRITERIA_VALUES) {
    c.problem(
      "$",
      `the criteria hold ${size} values, more than the ${MAX_CRITERIA_VALUES} the SDK sends: narrow them (e.g. target a parent location or a job function instead of thousands of values)`,
    );
    return undefined;
  }

  // include: { and: [ { or: {...} }, ... ] }
  const groups: { index: number; facets: Map<string, string[]> }[] = [];
  const include = input["include"];
  if (include === undefined) {
    c.problem("$.include", "missing: at least one include group is required, e.g. {include: {and: [{or: {...}}]}}");
  } else if (!isObject(include)) {
    c.problem("$.include", `expected an object {and: [...]}, got ${kind(include)}`);
  } else {
    c.unknownKeys(include, "$.include", ["and"], 'include holds only "and", a list of {or: {...}} groups');
    const and = include["and"];
    if (and === undefined) {
      c.problem("$.include.and", "missing: at least one include group is required");
    } else if (!Array.isArray(and)) {
      c.problem("$.include.and", `expected a list of {or: {...}} groups, got ${kind(and)}`);
    } else if (and.length === 0) {
      c.problem("$.include.and", "empty: at least one include group is required");
    } else {
      const seen = new Set<string>();
      and.forEach((group: unknown, index) => {
        const path = `$.include.and[${index}]`;
        if (!isObject(group)) {
          c.problem(path, `expected a group {or: {<facet URN>: [URNs]}}, got ${kind(group)}`);
          return;
        }
        c.unknownKeys(group, path, ["or"], 'an include group holds only "or"');
        if (group["or"] === undefined) {
          c.problem(`${path}.or`, "missing: each include group is {or: {<facet URN>: [URNs]}}");
          return;
        }
        const facets = c.orMap(group["or"], `${path}.or`, "group");
        if (!facets || facets.size === 0) return;
        const key = groupKey(facets);
        if (seen.has(key)) return; // identical to an earlier group: AND'ing it again changes nothing
        seen.add(key);
        groups.push({ index, facets });
      });
    }
  }

  // exclude: { or: {...} }
  let excluded: Map<string, string[]> | undefined;
  const exclude = input["exclude"];
  if (exclude !== undefined) {
    if (!isObject(exclude)) {
      c.problem("$.exclude", `expected an object {or: {...}}, got ${kind(exclude)}`);
    } else {
      if (exclude["and"] !== undefined) {
        c.problem(
          "$.exclude.and",
          'exclude takes a single "or" map, not "and": put every excluded value in exclude.or (members matching any are removed)',
        );
      }
      c.unknownKeys(
        exclude,
        "$.exclude",
        ["or", "and"],
        'exclude holds only "or", a map of facet URNs to lists of URNs',
      );
      // An empty `exclude: {}` excludes nothing: LinkedIn's own examples send it. It is dropped from the result.
      if (exclude["or"] !== undefined) {
        excluded = c.orMap(exclude["or"], "$.exclude.or", "exclude");
      }
    }
  }

  // LinkedIn's combination rules between AND'ed include groups (targeting/rules.ts), counted in linear time.
  const room = Math.max(0, MAX_PROBLEMS - c.problems.length);
  const { violations, total } = findCombinationViolations(
    groups.map(({ facets }) => facets.keys()),
    room,
  );
  for (const { rule, first, second } of violations) {
    const at = (o: { group: number; facet: FacetName }) =>
      child(`$.include.and[${groups[o.group]!.index}].or`, Facet[o.facet]);
    c.problem(at(second), `${second.facet} is AND'ed with ${first.facet} at ${at(first)}: ${rule.text}`);
  }
  c.omitted += total - violations.length;

  if (c.problems.length > 0 || c.omitted > 0) return undefined;
  const criteria: TargetingCriteria = {
    include: freeze({ and: freeze(groups.map(({ facets }) => freeze({ or: freezeOr(facets) }))) }),
  };
  if (excluded && excluded.size > 0) criteria.exclude = freeze({ or: freezeOr(excluded) });
  return freeze(criteria);
}

/**
 * Validates targeting criteria without throwing, and normalises them (duplicate values within a facet and
 * identical include groups removed; the result deep-frozen).
 *
 * Rules: at least one include group; no empty group or facet list; facet keys are facet URNs; every value a
 * well-formed URN in its facet's namespace where known (a `urn:li:geo` under `jobFunctions` is an error);
 * `interfaceLocales` at most one value; `exclude` is a single `or` map; and LinkedIn's combination rules
 * between AND'ed include groups (`dynamicSegments` with `memberBehaviors`/`interests`, `industries` or
 * `staffCountRanges` with `employers`/`employersAll`: errors; `jobFunctions`/`seniorities` with
 * `titles`/`titlesAll`/`titlesPast`: warning). Unknown but well-formed facet URNs are warnings.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ ok: true, criteria, warnings }` or `{ ok: false, problems, warnings }`; every problem has a JSON path.
 */
export function validateTargetingCriteria(input: unknown): TargetingValidationResult {
  if (typeof input === "object" && input !== null) {
    const warnings = validated.get(input);
    if (warnings) return { ok: true, criteria: input as TargetingCriteria, warnings };
  }
  const c = new Checker();
  const criteria = check(input, c);
  const warnings = Object.freeze(c.warnings.map((w) => Object.freeze(w)));
  if (!criteria) {
    const problems = Object.freeze(c.problems.map((p) => Object.freeze(p)));
    return { ok: false, problems, totalProblems: problems.length + c.omitted, warnings };
  }
  validated.set(criteria, warnings);
  return { ok: true, criteria, warnings };
}

/**
 * Validates unknown input (typically parsed JSON) as targeting criteria and returns them normalised
 * (duplicates removed) and deep-frozen. Same rules as {@link validateTargetingCriteria}.
 *
 * @param input - The candidate criteria.
 * @param options - `onWarning` receives each warning (also when the input is invalid).
 * @throws {@link TargetingCriteriaError} listing every problem, each with its JSON path.
 */
export function parseTargetingCriteria(input: unknown, options?: TargetingOptions): TargetingCriteria {
  const result = validateTargetingCriteria(input);
  if (options?.onWarning) for (const warning of result.warnings) options.onWarning(warning);
  if (!result.ok) throw new TargetingCriteriaError(result.problems, result.totalProblems);
  return result.criteria;
}
