/** `li.facets`: the ad-targeting facets LinkedIn offers (locations, jobFunctions, interests, …). */
import type { components } from "../../generated/schema.js";
import type { CallOptions } from "../http/transport.js";
import type { ClientCache } from "../store/cache.js";
import { STORE_TTL_MS } from "../store/keys.js";
import { checkCallOptions, resourceCall, type ResourceContext } from "./request.js";
import { type Answer, badShape, isStrings, object, objects } from "./shape.js";

type Schemas = components["schemas"];

/**
 * A finder of `GET /adTargetingEntities` a facet offers: the known values autocomplete, and any other string
 * LinkedIn adds type-checks (Rest.li answers `$UNKNOWN` for a value new to the served schema).
 */
export type EntityFinder = Schemas["AdTargetingEntityFinder"] | (string & {});
/** A type of entity a facet holds (`COUNTRY`, `TITLE`, …): known values autocomplete, others type-check. */
export type EntityType = Schemas["AdTargetingEntityType"] | (string & {});

/**
 * One targeting facet as `li.facets.list()` returns it: LinkedIn's element, with its URN also under `urn`.
 *
 * LinkedIn names the facet's URN `adTargetingFacetUrn` (since LinkedIn-Version 202304; `$URN` before), not `urn`
 * as the community spec says; `urn` is the one place to read it, whichever the server sent.
 */
export interface AdTargetingFacet extends Omit<Schemas["AdTargetingFacet"], "availableEntityFinders" | "entityTypes"> {
  /** The facet URN, e.g. `urn:li:adTargetingFacet:locations`: a targeting-criteria key and a `groupBy`. */
  urn: string;
  /** Entity types of the facet, e.g. `["COUNTRY_GROUP", "COUNTRY", "STATE", "REGION"]`. */
  entityTypes: EntityType[];
  /** How its entities can be found: `TYPEAHEAD` → `li.entities.typeahead`, `AD_TARGETING_FACET` → `li.entities.list`, `SIMILAR_ENTITIES` → `li.entities.similar`. Empty when LinkedIn did not say. */
  availableEntityFinders: EntityFinder[];
}

/** `li.facets`: the ad-targeting facets LinkedIn offers (locations, jobFunctions, interests, …). */
export interface FacetsResource {
  /**
   * Every facet (`GET /adTargetingFacets`). Kept in the client's store for 24 hours per LinkedIn-Version, so
   * clients sharing a store (workers on one Redis) ask once a day. Throws a typed `LinkedInApiError` on failure.
   *
   * @example
   * ```ts
   * const facets = await li.facets.list();
   * const searchable = facets.filter((f) => f.availableEntityFinders.includes("TYPEAHEAD")).map((f) => f.urn);
   * ```
   */
  list(options?: CallOptions): Promise<AdTargetingFacet[]>;
}

const FACET_PREFIX = "urn:li:adTargetingFacet:";

const FACET_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * One element of LinkedIn's answer (an object: `objects()` checked it) → the SDK's facet; the error names the
 * element's path when it cannot be read. Paths are built only for an error: this runs per facet per call.
 */
export function toFacet(answer: Answer, raw: Record<string, unknown>, index: number): AdTargetingFacet {
  const at = (field: string) => `$.elements[${index}].${field}`;
  const { facetName, adTargetingFacetUrn, $URN, entityTypes = [], availableEntityFinders = [] } = raw;
  if (typeof facetName !== "string") badShape(answer, at("facetName"), "a string", facetName);
  // The facet URN: LinkedIn's field, the pre-202304 one, or else the facet name under LinkedIn's facet prefix.
  const urn =
    typeof adTargetingFacetUrn === "string"
      ? adTargetingFacetUrn
      : typeof $URN === "string"
        ? $URN
        : adTargetingFacetUrn === undefined && $URN === undefined && FACET_NAME.test(facetName)
          ? FACET_PREFIX + facetName
          : badShape(answer, at("adTargetingFacetUrn"), "a facet URN", adTargetingFacetUrn ?? $URN);
  if (!isStrings(entityTypes)) badShape(answer, at("entityTypes"), "a list of strings", entityTypes);
  if (!isStrings(availableEntityFinders)) {
    badShape(answer, at("availableEntityFinders"), "a list of strings", availableEntityFinders);
  }
  // Object.assign, not a spread: spreading parsed JSON costs ~0.5 µs a facet on Node 20, assign almost nothing.
  const facet: AdTargetingFacet = { facetName, adTargetingFacetUrn: urn, urn, entityTypes, availableEntityFinders };
  return Object.assign({}, raw, facet);
}

const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A facet list as the store keeps it (what `list` returned), or undefined when the value is not one (ignored). */
export function readStoredFacets(value: unknown): AdTargetingFacet[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  for (const f of value) {
    if (typeof f !== "object" || f === null) return undefined;
    const { facetName, urn, adTargetingFacetUrn, entityTypes, availableEntityFinders } = f as Record<string, unknown>;
    if (typeof facetName !== "string" || typeof urn !== "string" || adTargetingFacetUrn !== urn) return undefined;
    if (!isStringList(entityTypes) || !isStringList(availableEntityFinders)) return undefined;
  }
  return value as AdTargetingFacet[];
}

export function facetsResource(ctx: ResourceContext, cache?: ClientCache): FacetsResource {
  return {
    async list(options) {
      checkCallOptions(options, "facets.list");
      const version = cache ? await cache.version(options?.headers) : "";
      if (cache) {
        const stored = readStoredFacets(await cache.store.get(cache.keys.facets(version)));
        if (stored) return stored;
      }
      const call = resourceCall(ctx, options);
      const result = await ctx.api.GET("/adTargetingFacets", call.init);
      const answer = { method: "GET", response: result.response };
      const body = object(answer, call.unwrap(result, "GET"), "$");
      const facets = objects(answer, body.elements, "$.elements").map((e, i) => toFacet(answer, e, i));
      if (cache && facets.length > 0) await cache.store.set(cache.keys.facets(version), facets, STORE_TTL_MS.facets);
      return facets;
    },
  };
}
