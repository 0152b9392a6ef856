/** `li.facets`: the ad-targeting facets LinkedIn offers (locations, jobFunctions, interests, …). */
import type { components } from "../../generated/schema.js";
import type { CallOptions } from "../http/transport.js";
import { checkCallOptions, requestInit, type ResourceContext, unwrap } from "./request.js";
import { type Answer, badShape, object, objects, optionalString, strings } from "./shape.js";

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

export interface FacetsResource {
  /** Every facet (`GET /adTargetingFacets`). Throws a typed `LinkedInApiError` on failure. */
  list(options?: CallOptions): Promise<AdTargetingFacet[]>;
}

const FACET_PREFIX = "urn:li:adTargetingFacet:";

/** One element of LinkedIn's answer → the SDK's facet; the error names the element's path when it cannot be read. */
export function toFacet(answer: Answer, value: unknown, path: string): AdTargetingFacet {
  const raw = object(answer, value, path);
  const facetName = optionalString(answer, raw.facetName, `${path}.facetName`);
  if (facetName === undefined) badShape(answer, `${path}.facetName`, "a string", undefined);
  const urn =
    optionalString(answer, raw.adTargetingFacetUrn, `${path}.adTargetingFacetUrn`) ??
    optionalString(answer, raw.$URN, `${path}.$URN`) ??
    // Neither field: the URN of a facet is its name under LinkedIn's facet prefix.
    (/^[A-Za-z][A-Za-z0-9]*$/.test(facetName) ? FACET_PREFIX + facetName : undefined);
  if (urn === undefined) badShape(answer, `${path}.adTargetingFacetUrn`, "a facet URN", undefined);
  return {
    ...(raw as Omit<Schemas["AdTargetingFacet"], "adTargetingFacetUrn">),
    facetName,
    adTargetingFacetUrn: urn,
    urn,
    entityTypes: strings(answer, raw.entityTypes, `${path}.entityTypes`),
    availableEntityFinders: strings(answer, raw.availableEntityFinders, `${path}.availableEntityFinders`),
  };
}

export function facetsResource(ctx: ResourceContext): FacetsResource {
  return {
    async list(options) {
      checkCallOptions(options, "facets.list");
      const result = await ctx.api.GET("/adTargetingFacets", requestInit(ctx, options));
      const answer = { method: "GET", response: result.response };
      const body = object(answer, unwrap(result, "GET"), "$");
      return objects(answer, body.elements, "$.elements").map((e, i) => toFacet(answer, e, `$.elements[${i}]`));
    },
  };
}
