import { TargetingCriteriaError, type TargetingOptions } from "./errors.js";
import { resolveFacet, type FacetRef } from "./facets.js";
import { child, parseTargetingCriteria, type TargetingCriteria } from "./validate.js";

/** One entity URN or a list of them (OR'ed). */
export type FacetValues = string | readonly string[];

/** Facets (names or URNs) mapped to their values, all OR'ed together in one group. */
export type FacetValueMap = { readonly [facet: string]: FacetValues };

/**
 * An immutable builder of {@link TargetingCriteria}: every method returns a new builder and leaves the one it
 * was called on unchanged, so a partial builder can be shared and extended safely.
 *
 * Facets may be given as names (`"locations"`) or URNs (`Facet.locations`, or any well-formed
 * `urn:li:adTargetingFacet:<name>`). Values are checked by {@link TargetingBuilder.build}.
 *
 * @example
 * ```ts
 * // Finance directors in the US who speak English, excluding entry level
 * const criteria = targeting()
 *   .include(Facet.locations, urn.geo(103644278))
 *   .include(Facet.interfaceLocales, urn.locale("en_US"))
 *   .include(Facet.jobFunctions, urn.function(10))
 *   .include(Facet.seniorities, urn.seniority(6))
 *   .exclude(Facet.seniorities, urn.seniority(3))
 *   .build();
 * ```
 */
export interface TargetingBuilder {
  /**
   * Adds one include group holding one facet: members must match at least one of `values`. Groups are AND'ed.
   * @throws {@link TargetingCriteriaError} at once for an unknown facet name or a malformed facet URN.
   */
  include(facet: FacetRef, values: FacetValues): TargetingBuilder;
  /**
   * Adds one include group holding several facets, OR'ed: members must match any value of any of them.
   * Facets given twice (by name and by URN) are merged.
   * @throws {@link TargetingCriteriaError} at once for an unknown facet name or a malformed facet URN.
   */
  includeAnyOf(facets: FacetValueMap): TargetingBuilder;
  /**
   * Excludes members matching any of `values`. All exclusions share the single `exclude.or` map, so values
   * given for the same facet in several calls are merged.
   * @throws {@link TargetingCriteriaError} at once for an unknown facet name or a malformed facet URN.
   */
  exclude(facet: FacetRef, values: FacetValues): TargetingBuilder;
  /**
   * Excludes members matching any value of any of the given facets (merged into `exclude.or`).
   * @throws {@link TargetingCriteriaError} at once for an unknown facet name or a malformed facet URN.
   */
  excludeAnyOf(facets: FacetValueMap): TargetingBuilder;
  /**
   * Validates and returns the criteria, exactly the API's `TargetingCriteria` shape
   * (`include.and[].or{…}`, `exclude.or{…}`), duplicates removed and deep-frozen. Warnings (unknown facet URNs,
   * unconfirmed combination rules) go to the `onWarning` given to {@link targeting}.
   * @throws {@link TargetingCriteriaError} listing every problem with its JSON path (no include group, empty
   *   lists, malformed URNs, values outside their facet's namespace, forbidden facet combinations, …).
   */
  build(): TargetingCriteria;
}

type Entries = readonly (readonly [facet: string, values: unknown])[];

function toList(values: unknown): unknown {
  if (typeof values === "string") return [values];
  return Array.isArray(values) ? [...(values as readonly unknown[])] : values;
}

/** Merges facet entries that resolve to the same URN (values concatenated; non-lists kept for build() to report). */
function merge(entries: Entries): [string, unknown][] {
  const out = new Map<string, unknown>();
  for (const [facet, values] of entries) {
    const prior = out.get(facet);
    out.set(
      facet,
      Array.isArray(prior) && Array.isArray(values) ? [...prior, ...values] : prior === undefined ? values : prior,
    );
  }
  return [...out];
}

function resolveMap(facets: FacetValueMap, path: string, method: string): Entries {
  if (typeof facets !== "object" || facets === null || Array.isArray(facets)) {
    throw new TargetingCriteriaError([{ path, message: `${method} expects an object mapping facets to values` }]);
  }
  return Object.keys(facets).map((key) => [resolveFacet(key, child(path, key)), toList(facets[key])] as const);
}

class Builder implements TargetingBuilder {
  constructor(
    private readonly options: TargetingOptions,
    private readonly groups: readonly Entries[],
    private readonly excluded: Entries,
  ) {
    Object.freeze(this);
  }

  include(facet: FacetRef, values: FacetValues): TargetingBuilder {
    const entry = [resolveFacet(facet, `$.include.and[${this.groups.length}].or`), toList(values)] as const;
    return new Builder(this.options, [...this.groups, [entry]], this.excluded);
  }

  includeAnyOf(facets: FacetValueMap): TargetingBuilder {
    const entries = resolveMap(facets, `$.include.and[${this.groups.length}].or`, "includeAnyOf");
    return new Builder(this.options, [...this.groups, entries], this.excluded);
  }

  exclude(facet: FacetRef, values: FacetValues): TargetingBuilder {
    const entry = [resolveFacet(facet, "$.exclude.or"), toList(values)] as const;
    return new Builder(this.options, this.groups, [...this.excluded, entry]);
  }

  excludeAnyOf(facets: FacetValueMap): TargetingBuilder {
    return new Builder(this.options, this.groups, [
      ...this.excluded,
      ...resolveMap(facets, "$.exclude.or", "excludeAnyOf"),
    ]);
  }

  build(): TargetingCriteria {
    const draft: { include?: unknown; exclude?: unknown } = {};
    if (this.groups.length > 0) {
      draft.include = { and: this.groups.map((entries) => ({ or: Object.fromEntries(merge(entries)) })) };
    }
    if (this.excluded.length > 0) draft.exclude = { or: Object.fromEntries(merge(this.excluded)) };
    return parseTargetingCriteria(draft, this.options);
  }
}

/**
 * Starts an immutable {@link TargetingBuilder}.
 *
 * @param options - `onWarning` receives each warning found by `build()` (unknown facet URNs, unconfirmed
 *   combination rules); without it warnings are dropped.
 *
 * @example
 * ```ts
 * import { Facet, targeting, urn } from "linkedin-audience-insights";
 *
 * const usFinance = targeting()
 *   .include(Facet.locations, urn.geo(103644278)) // United States
 *   .include("jobFunctions", urn.function(10)); // Finance: a facet name works too
 * const directors = usFinance.include(Facet.seniorities, [urn.seniority(6), urn.seniority(7)]); // usFinance unchanged
 * const criteria = directors.build(); // validated; throws TargetingCriteriaError listing every problem
 * ```
 */
export function targeting(options: TargetingOptions = {}): TargetingBuilder {
  return new Builder({ ...options }, [], []);
}
