/**
 * Which `adTargetingEntities` finders a facet supports (values as LinkedIn spells them). `$UNKNOWN` is what
 * Rest.li answers for a value the served schema does not know (LinkedIn's sample shows it for dynamicSegments):
 * it names no finder the server serves.
 */
export type EntityFinder = "AD_TARGETING_FACET" | "TYPEAHEAD" | "SIMILAR_ENTITIES" | "$UNKNOWN";

/**
 * One targetable entity of a facet, as the embedded test server serves it. Dataset objects and arrays
 * are frozen: copy before changing anything.
 */
export interface DatasetEntity {
  /** Entity URN, e.g. "urn:li:geo:103644278". */
  urn: string;
  /** Display name as LinkedIn shows it, e.g. "California, United States". */
  name: string;
  /** Integer: estimated number of LinkedIn members having this attribute (drives audience sizes and typeahead ranking). */
  members: number;
  /**
   * Hierarchical facets only (locations): URN of the containing entity (country -> continent, state -> country,
   * metro -> state, county -> metro, city -> metro, county, state or country).
   */
  parent?: string;
  /** e.g. "COUNTRY_GROUP" | "COUNTRY" | "STATE" | "REGION" for locations. */
  entityType?: string;
  /** Locations only: which level of place the entity is (REGION rows are metros, counties or cities). */
  placeLevel?: PlaceLevel;
  /** Employers only: URN of the company's industry (`urn:li:industry:N`); its members look alike in the model. */
  industry?: string;
}

/**
 * Levels of places in the locations hierarchy, largest first: the level of a location entity, and what a place
 * breakdown (`bingCity`, …) groups by.
 */
export type PlaceLevel = "CONTINENT" | "COUNTRY" | "STATE" | "METRO" | "COUNTY" | "CITY";

/** One ad-targeting facet with all of its entities. */
export interface DatasetFacet {
  /** e.g. "locations". */
  facetName: string;
  /** e.g. "urn:li:adTargetingFacet:locations". */
  urn: string;
  /** As in the spec's example, e.g. ["COUNTRY_GROUP", "COUNTRY", "STATE", "REGION"]. */
  entityTypes: string[];
  availableEntityFinders: EntityFinder[];
  entities: readonly DatasetEntity[];
}
