import { showValue } from "../internal/describe.js";
import { TargetingCriteriaError } from "./errors.js";

/**
 * The ad-targeting facets this SDK knows, by name, with their facet URNs as literal types.
 *
 * `Facet.locations === "urn:li:adTargetingFacet:locations"`. Use these as keys of a targeting `or` map or as
 * an Audience Insights `groupBy`. The four `bing*` facets are place levels for `groupBy` only (to target places,
 * use `locations`). LinkedIn may add facets: an unknown but well-formed facet URN is still accepted (with a
 * warning), see {@link facetUrn}.
 */
export const Facet = Object.freeze({
  /** Member age buckets; values `urn:li:ageRange:(18,24)` etc. */
  ageRanges: "urn:li:adTargetingFacet:ageRanges",
  /** Matched audiences (contact/company lists); values `urn:li:adSegment:<id>`. */
  audienceMatchingSegments: "urn:li:adTargetingFacet:audienceMatchingSegments",
  /** Website-retargeting audiences; values `urn:li:adSegment:<id>`. May not be AND'ed with `memberBehaviors` or `interests`. */
  dynamicSegments: "urn:li:adTargetingFacet:dynamicSegments",
  /** Company category lists (e.g. Fortune 500); values `urn:li:organizationRankingList:<id>`. */
  companyCategory: "urn:li:adTargetingFacet:companyCategory",
  /** Degrees; values `urn:li:degree:<id>`. */
  degrees: "urn:li:adTargetingFacet:degrees",
  /** Current employers; values `urn:li:organization:<id>`. */
  employers: "urn:li:adTargetingFacet:employers",
  /** Current or past employers; values `urn:li:organization:<id>`. */
  employersAll: "urn:li:adTargetingFacet:employersAll",
  /** Past employers; values `urn:li:organization:<id>` (in LinkedIn's adTargetingFacets sample). */
  employersPast: "urn:li:adTargetingFacet:employersPast",
  /** Companies the member follows; values `urn:li:organization:<id>`. */
  followedCompanies: "urn:li:adTargetingFacet:followedCompanies",
  /** Fields of study; values `urn:li:fieldOfStudy:<id>`. */
  fieldsOfStudy: "urn:li:adTargetingFacet:fieldsOfStudy",
  /** Member gender; values `urn:li:gender:FEMALE` / `urn:li:gender:MALE`. */
  genders: "urn:li:adTargetingFacet:genders",
  /** LinkedIn group membership; values `urn:li:group:<id>`. */
  groups: "urn:li:adTargetingFacet:groups",
  /** Company industries; values `urn:li:industry:<id>`. */
  industries: "urn:li:adTargetingFacet:industries",
  /** Member interests; values `urn:li:interest:<id>`. */
  interests: "urn:li:adTargetingFacet:interests",
  /** Interface language; exactly one value `urn:li:locale:<ll_CC>`, e.g. `urn:li:locale:en_US`. */
  interfaceLocales: "urn:li:adTargetingFacet:interfaceLocales",
  /** Job functions; values `urn:li:function:<id>`. */
  jobFunctions: "urn:li:adTargetingFacet:jobFunctions",
  /** Recent or permanent location; values `urn:li:geo:<id>`. */
  locations: "urn:li:adTargetingFacet:locations",
  /** Profile (permanent) location; values `urn:li:geo:<id>`. */
  profileLocations: "urn:li:adTargetingFacet:profileLocations",
  /** Member behaviors; values `urn:li:memberBehavior:<id>`. */
  memberBehaviors: "urn:li:adTargetingFacet:memberBehaviors",
  /** Schools attended; values `urn:li:organization:<id>`. */
  schools: "urn:li:adTargetingFacet:schools",
  /** Seniorities; values `urn:li:seniority:<id>`. */
  seniorities: "urn:li:adTargetingFacet:seniorities",
  /** Member skills; values `urn:li:skill:<id>`. */
  skills: "urn:li:adTargetingFacet:skills",
  /** Company sizes; values `urn:li:staffCountRange:(51,200)` etc. May not be AND'ed with employers. */
  staffCountRanges: "urn:li:adTargetingFacet:staffCountRanges",
  /** Current job titles; values `urn:li:title:<id>`. */
  titles: "urn:li:adTargetingFacet:titles",
  /** Current or past job titles; values `urn:li:title:<id>`. */
  titlesAll: "urn:li:adTargetingFacet:titlesAll",
  /** Past job titles; values `urn:li:title:<id>`. */
  titlesPast: "urn:li:adTargetingFacet:titlesPast",
  /** Years of experience buckets; values `urn:li:yearsOfExperience:<id>`. */
  yearsOfExperienceRanges: "urn:li:adTargetingFacet:yearsOfExperienceRanges",
  /** Company growth rate; values `urn:li:growthRate:(3,10)` etc. (unconfirmed format). */
  growthRate: "urn:li:adTargetingFacet:growthRate",
  /** Product interests (seen as an Audience Insights `groupBy`; value namespace unknown). */
  productInterests: "urn:li:adTargetingFacet:productInterests",
  /** Audience Insights breakdown by city (`groupBy` only; segments are `urn:li:geo:<id>`). */
  bingCity: "urn:li:adTargetingFacet:bingCity",
  /** Audience Insights breakdown by state or region (`groupBy` only; segments are `urn:li:geo:<id>`). */
  bingState: "urn:li:adTargetingFacet:bingState",
  /** Audience Insights breakdown by country (`groupBy` only; segments are `urn:li:geo:<id>`). */
  bingCountry: "urn:li:adTargetingFacet:bingCountry",
  /** Audience Insights breakdown by continent (`groupBy` only; segments are `urn:li:geo:<id>`). */
  bingContinent: "urn:li:adTargetingFacet:bingContinent",
} as const);

/** The name of a facet this SDK knows, e.g. `"locations"`. */
export type FacetName = keyof typeof Facet;
/** The URN of a facet this SDK knows, e.g. `"urn:li:adTargetingFacet:locations"`. */
export type FacetUrn = (typeof Facet)[FacetName];
/**
 * Any facet reference accepted by the builder and {@link facetUrn}: a known name or URN (autocompleted), or
 * any other string (checked at run time).
 */
export type FacetRef = FacetName | FacetUrn | (string & {});

/** What the SDK knows about one facet. */
export interface FacetInfo {
  /** Facet name, e.g. `"locations"`. */
  readonly name: FacetName;
  /** Facet URN, e.g. `"urn:li:adTargetingFacet:locations"`. */
  readonly urn: FacetUrn;
  /**
   * Entity URN types the facet's values must have, e.g. `["geo"]` for `urn:li:geo:<id>` values. Empty when
   * unknown (any well-formed URN is then accepted).
   */
  readonly namespaces: readonly string[];
  /** Most values the facet takes in one `or` list, when LinkedIn limits it (`interfaceLocales`: 1). */
  readonly maxValues?: number;
  /**
   * `true` when a LinkedIn source names the facet (a reference page on learn.microsoft.com, or LinkedIn's Postman
   * collection); `false` when it comes from third-party integrations only, so its value namespaces may be wrong.
   * spec/LINKEDIN-FACTS.md cites the source of each.
   */
  readonly confirmed: boolean;
  /** Usable in targeting criteria. `false` for the `bing*` place levels, which are Audience Insights breakdowns. */
  readonly targetable: boolean;
  /**
   * Usable as an Audience Insights `groupBy`. `false` for the interface language, gender, age and account-owned
   * segments (matched audiences, website retargeting), which LinkedIn's insight categories do not include.
   */
  readonly groupable: boolean;
  /**
   * The finders of `GET /adTargetingEntities` the facet offers (`TYPEAHEAD`, `AD_TARGETING_FACET`,
   * `SIMILAR_ENTITIES`), where LinkedIn's own samples show them; absent otherwise (`li.facets.list()` says, at run
   * time). The entity helpers check a finder against it before any request.
   */
  readonly finders?: readonly string[];
}

/** Facets that are not Audience Insights breakdowns (see {@link FacetInfo.groupable}). */
const UNGROUPABLE = [
  "interfaceLocales",
  "genders",
  "ageRanges",
  "audienceMatchingSegments",
  "dynamicSegments",
] as const;
/** Facets that are breakdowns only (see {@link FacetInfo.targetable}). */
const BREAKDOWN_ONLY = ["bingCity", "bingState", "bingCountry", "bingContinent"] as const;

/**
 * A facet name usable as an Audience Insights `groupBy`: every {@link FacetName} but those that are no breakdown
 * (`interfaceLocales`, `genders`, `ageRanges`, `audienceMatchingSegments`, `dynamicSegments`).
 */
export type GroupByFacetName = Exclude<FacetName, (typeof UNGROUPABLE)[number]>;
/**
 * An Audience Insights `groupBy`: a groupable facet's name or URN (autocompleted), or any other facet URN
 * (LinkedIn may add breakdowns). Checked before any request.
 */
export type GroupByRef = GroupByFacetName | (typeof Facet)[GroupByFacetName] | (string & {});

type FacetSpec = { namespaces: readonly string[]; maxValues?: number; confirmed: boolean; finders?: readonly string[] };

const LIST = "AD_TARGETING_FACET";
const TYPEAHEAD = "TYPEAHEAD";
const SIMILAR = "SIMILAR_ENTITIES";

/**
 * The registry data: one line per facet, easy to change when LinkedIn's documentation says otherwise. `finders`
 * only where a LinkedIn sample lists them — the adTargetingFacets sample responses the spec's example carries
 * (spec/overlays: employersPast, and dynamicSegments' `$UNKNOWN`, Rest.li's answer for a finder the served schema
 * does not know: none lists or searches website-retargeting segments).
 */
const SPECS: { readonly [N in FacetName]: FacetSpec } = {
  ageRanges: { namespaces: ["ageRange"], confirmed: true, finders: [LIST] },
  audienceMatchingSegments: { namespaces: ["adSegment"], confirmed: true },
  dynamicSegments: { namespaces: ["adSegment"], confirmed: true, finders: ["$UNKNOWN"] },
  companyCategory: { namespaces: ["organizationRankingList"], confirmed: true },
  degrees: { namespaces: ["degree"], confirmed: true },
  employers: { namespaces: ["organization"], confirmed: true, finders: [TYPEAHEAD, SIMILAR] },
  employersAll: { namespaces: ["organization"], confirmed: false },
  employersPast: { namespaces: ["organization"], confirmed: true, finders: [TYPEAHEAD, SIMILAR] },
  followedCompanies: { namespaces: ["organization"], confirmed: false },
  fieldsOfStudy: { namespaces: ["fieldOfStudy"], confirmed: false },
  genders: { namespaces: ["gender"], confirmed: false },
  groups: { namespaces: ["group"], confirmed: false, finders: [TYPEAHEAD, SIMILAR] },
  industries: { namespaces: ["industry"], confirmed: true, finders: [LIST, TYPEAHEAD, SIMILAR] },
  interests: { namespaces: ["interest"], confirmed: true, finders: [TYPEAHEAD, LIST] },
  interfaceLocales: { namespaces: ["locale"], maxValues: 1, confirmed: true },
  jobFunctions: { namespaces: ["function"], confirmed: true, finders: [LIST] },
  locations: { namespaces: ["geo"], confirmed: true, finders: [LIST, TYPEAHEAD] },
  profileLocations: { namespaces: ["geo"], confirmed: false },
  memberBehaviors: { namespaces: ["memberBehavior"], confirmed: true },
  schools: { namespaces: ["organization"], confirmed: false },
  seniorities: { namespaces: ["seniority"], confirmed: true, finders: [LIST] },
  skills: { namespaces: ["skill"], confirmed: true },
  staffCountRanges: { namespaces: ["staffCountRange"], confirmed: true },
  titles: { namespaces: ["title"], confirmed: true },
  titlesAll: { namespaces: ["title"], confirmed: false },
  titlesPast: { namespaces: ["title"], confirmed: false },
  yearsOfExperienceRanges: { namespaces: ["yearsOfExperience"], confirmed: true },
  growthRate: { namespaces: ["growthRate"], confirmed: true },
  productInterests: { namespaces: [], confirmed: false },
  bingCity: { namespaces: ["geo"], confirmed: false },
  bingState: { namespaces: ["geo"], confirmed: false },
  bingCountry: { namespaces: ["geo"], confirmed: false },
  bingContinent: { namespaces: ["geo"], confirmed: false },
};

/**
 * The facet registry: every facet this SDK knows, in {@link Facet} order, with what it knows of each (value
 * namespaces, limits, whether it can be targeted or grouped by, its finders). Frozen. Not to be confused with
 * `li.facets`, which asks LinkedIn.
 */
export const facetRegistry: readonly FacetInfo[] = Object.freeze(
  (Object.keys(Facet) as FacetName[]).map((name): FacetInfo => {
    const spec = SPECS[name];
    return Object.freeze({
      name,
      urn: Facet[name],
      namespaces: Object.freeze([...spec.namespaces]),
      ...(spec.maxValues === undefined ? {} : { maxValues: spec.maxValues }),
      confirmed: spec.confirmed,
      targetable: !(BREAKDOWN_ONLY as readonly string[]).includes(name),
      groupable: !(UNGROUPABLE as readonly string[]).includes(name),
      ...(spec.finders === undefined ? {} : { finders: Object.freeze([...spec.finders]) }),
    });
  }),
);

const byKey = new Map<string, FacetInfo>();
const lowerNames = new Map<string, FacetName>();
for (const info of facetRegistry) {
  byKey.set(info.name, info);
  byKey.set(info.urn, info);
  lowerNames.set(info.name.toLowerCase(), info.name);
}

/** The prefix every facet URN starts with. @internal */
export const FACET_URN_PREFIX = "urn:li:adTargetingFacet:";
const FACET_URN_RE = /^urn:li:adTargetingFacet:[A-Za-z][A-Za-z0-9]*$/;

/** Whether `value` is a well-formed facet URN (`urn:li:adTargetingFacet:<name>`), known or not. */
export function isFacetUrn(value: unknown): value is `urn:li:adTargetingFacet:${string}` {
  return typeof value === "string" && FACET_URN_RE.test(value);
}

/**
 * Looks a facet up by name (`"locations"`) or URN (`"urn:li:adTargetingFacet:locations"`). Never throws.
 *
 * @returns The facet's registry entry, or `undefined` when the SDK does not know it.
 */
export function facetInfo(nameOrUrn: FacetName | FacetUrn): FacetInfo;
export function facetInfo(nameOrUrn: string): FacetInfo | undefined;
export function facetInfo(nameOrUrn: string): FacetInfo | undefined {
  return byKey.get(nameOrUrn);
}

/** Resolves a facet reference, reporting a problem at `path` (used by the builder and validator). @internal */
export function resolveFacet(nameOrUrn: unknown, path = "$"): string {
  if (typeof nameOrUrn === "string") {
    const known = byKey.get(nameOrUrn);
    if (known) return known.urn;
    if (FACET_URN_RE.test(nameOrUrn)) return nameOrUrn;
  }
  throw new TargetingCriteriaError([{ path, message: describeBadFacet(nameOrUrn) }]);
}

/** Levenshtein distance between two short strings, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known facet name closest to `value` (case-insensitive; at most one edit per three characters, three at
 * most: "loactions" → "locations", "seniority" → "seniorities"), if any. @internal
 */
export function suggestFacet(value: string): FacetName | undefined {
  const lower = value.toLowerCase();
  const exact = lowerNames.get(lower);
  if (exact) return exact;
  const max = Math.min(3, Math.floor(lower.length / 3));
  let best: FacetName | undefined;
  let bestDistance = max + 1;
  for (const [name, original] of lowerNames) {
    const d = distance(lower, name, max);
    if (d < bestDistance) [best, bestDistance] = [original, d];
  }
  return best;
}

/** Explains why `value` is neither a known facet name nor a well-formed facet URN. @internal */
export function describeBadFacet(value: unknown): string {
  if (typeof value !== "string") return `a facet must be a facet name or URN string, got ${typeof value}`;
  if (value.startsWith("urn:")) {
    return `malformed facet URN ${JSON.stringify(value)}: expected ${FACET_URN_PREFIX}<name> (letters and digits)`;
  }
  const suggestion = suggestFacet(value);
  return (
    `unknown facet name ${showValue(value)}` +
    (suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : "") +
    ` (for a facet this SDK does not know yet, pass its URN, ${FACET_URN_PREFIX}<name>)`
  );
}

/**
 * Turns a facet name or URN into the facet URN. Cheap: one map lookup, or one regular-expression test for a
 * URN the SDK does not know (which is returned unchanged, so new LinkedIn facets keep working).
 *
 * @example
 * ```ts
 * facetUrn("interests");                              // "urn:li:adTargetingFacet:interests"
 * facetUrn("urn:li:adTargetingFacet:somethingNew");   // returned as is
 * ```
 * @throws {@link TargetingCriteriaError} for an unknown facet name or a malformed facet URN.
 */
export function facetUrn<N extends FacetName>(nameOrUrn: N): (typeof Facet)[N];
export function facetUrn<U extends FacetUrn>(nameOrUrn: U): U;
export function facetUrn(nameOrUrn: string): string;
export function facetUrn(nameOrUrn: string): string {
  return resolveFacet(nameOrUrn);
}

/**
 * Turns a facet URN (or name) into the facet name: `facetName("urn:li:adTargetingFacet:locations") === "locations"`.
 * Works for well-formed facet URNs the SDK does not know too.
 *
 * @throws {@link TargetingCriteriaError} for an unknown facet name or a malformed facet URN.
 */
export function facetName<U extends FacetUrn>(urnOrName: U): U extends `urn:li:adTargetingFacet:${infer N}` ? N : never;
export function facetName(urnOrName: string): string;
export function facetName(urnOrName: string): string {
  return resolveFacet(urnOrName).slice(FACET_URN_PREFIX.length);
}
