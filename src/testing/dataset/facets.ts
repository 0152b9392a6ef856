// The facet list and lookups. Facet order is stable, and it is the order GET /adTargetingFacets answers in:
// the eight facets of upstream's AdTargetingFacetsResponseExample first, in its order, then the others in the
// order they were added. New facets are appended, never inserted, so an index into the list keeps its facet.

import { employerEntities } from "./employers.js";
import { degreeEntities, fieldOfStudyEntities, schoolEntities } from "./education.js";
import { jobFunctionEntities, seniorityEntities } from "./functions.js";
import { geoEntities } from "./geo.js";
import { industryEntities } from "./industries.js";
import { interestEntities } from "./interests.js";
import {
  ageRangeEntities,
  companyCategoryEntities,
  genderEntities,
  groupEntities,
  interfaceLocaleEntities,
  memberBehaviorEntities,
  staffCountRangeEntities,
  yearsOfExperienceEntities,
} from "./misc.js";
import { skillEntities } from "./skills.js";
import { dynamicSegmentEntities } from "./segments.js";
import { titleEntities } from "./titles.js";
import type { DatasetEntity, DatasetFacet, EntityFinder } from "./types.js";

/** LinkedIn's member base, the audience of an empty targeting criteria. */
export const TOTAL_MEMBERS = 1_000_000_000;

const LOCATION_TYPES = ["COUNTRY_GROUP", "COUNTRY", "STATE", "REGION"];

function facet(
  facetName: string,
  entityTypes: string[],
  availableEntityFinders: EntityFinder[],
  entities: readonly DatasetEntity[],
): DatasetFacet {
  return Object.freeze({
    facetName,
    urn: `urn:li:adTargetingFacet:${facetName}`,
    entityTypes: Object.freeze([...entityTypes]) as string[],
    availableEntityFinders: Object.freeze([...availableEntityFinders]) as EntityFinder[],
    entities,
  });
}

export const facets: readonly DatasetFacet[] = Object.freeze([
  // As in the spec's example.
  facet("jobFunctions", ["FUNCTION"], ["AD_TARGETING_FACET"], jobFunctionEntities),
  facet("ageRanges", ["AGE"], ["AD_TARGETING_FACET"], ageRangeEntities),
  facet("groups", ["GROUP"], ["TYPEAHEAD", "SIMILAR_ENTITIES"], groupEntities),
  facet("employers", ["COMPANY"], ["TYPEAHEAD", "SIMILAR_ENTITIES"], employerEntities),
  facet("industries", ["INDUSTRY"], ["AD_TARGETING_FACET", "TYPEAHEAD", "SIMILAR_ENTITIES"], industryEntities),
  facet("seniorities", ["SENIORITY"], ["AD_TARGETING_FACET"], seniorityEntities),
  facet("locations", LOCATION_TYPES, ["AD_TARGETING_FACET", "TYPEAHEAD"], geoEntities),
  facet("interests", ["INTEREST"], ["TYPEAHEAD", "AD_TARGETING_FACET"], interestEntities),
  // Not in upstream's example: entity types and finders as LinkedIn serves them where a LinkedIn sample or
  // request shows it (titles and skills: LinkedIn's Postman collection lists both with q=adTargetingFacet),
  // otherwise chosen to match.
  facet("profileLocations", LOCATION_TYPES, ["AD_TARGETING_FACET", "TYPEAHEAD"], geoEntities),
  facet("titles", ["TITLE"], ["AD_TARGETING_FACET", "TYPEAHEAD", "SIMILAR_ENTITIES"], titleEntities),
  facet("skills", ["SKILL"], ["AD_TARGETING_FACET", "TYPEAHEAD"], skillEntities),
  facet("genders", ["GENDER"], ["AD_TARGETING_FACET"], genderEntities),
  facet("interfaceLocales", ["LOCALE"], ["AD_TARGETING_FACET"], interfaceLocaleEntities),
  facet("staffCountRanges", ["COMPANY_SIZE"], ["AD_TARGETING_FACET"], staffCountRangeEntities),
  facet("degrees", ["DEGREE"], ["AD_TARGETING_FACET", "TYPEAHEAD"], degreeEntities),
  facet("fieldsOfStudy", ["FIELD_OF_STUDY"], ["TYPEAHEAD"], fieldOfStudyEntities),
  facet("schools", ["SCHOOL"], ["TYPEAHEAD", "SIMILAR_ENTITIES"], schoolEntities),
  facet("yearsOfExperienceRanges", ["YEARS_OF_EXPERIENCE"], ["AD_TARGETING_FACET"], yearsOfExperienceEntities),
  facet("memberBehaviors", ["MEMBER_BEHAVIOR"], ["AD_TARGETING_FACET"], memberBehaviorEntities),
  facet("companyCategory", ["ORGANIZATION_RANKING_LIST"], ["AD_TARGETING_FACET"], companyCategoryEntities),
  // From LinkedIn's adTargetingFacets sample (learn.microsoft.com …/adtargetingfacets): past employers, the same
  // companies as employers.
  facet("employersPast", ["COMPANY"], ["TYPEAHEAD", "SIMILAR_ENTITIES"], employerEntities),
  // Website retargeting, as LinkedIn's sample lists it: its entity types and finders are "$UNKNOWN" (Rest.li's
  // answer for a value the served schema does not know), so no finder lists or searches its segments; q=urns
  // resolves them and targeting criteria may use them. Its entities are synthetic (dataset/segments.ts).
  facet("dynamicSegments", ["$UNKNOWN"], ["$UNKNOWN"], dynamicSegmentEntities),
]);

let byName: Map<string, DatasetFacet> | undefined;
let byUrn: Map<string, DatasetFacet> | undefined;
let entitiesByUrn: Map<string, { facet: DatasetFacet; entity: DatasetEntity }> | undefined;

/** The facet named `name` (e.g. "locations"), if any. */
export function facetByName(name: string): DatasetFacet | undefined {
  byName ??= new Map(facets.map((f) => [f.facetName, f]));
  return byName.get(name);
}

/** The facet whose URN is `urn` (e.g. "urn:li:adTargetingFacet:locations"), if any. */
export function facetByUrn(urn: string): DatasetFacet | undefined {
  byUrn ??= new Map(facets.map((f) => [f.urn, f]));
  return byUrn.get(urn);
}

/**
 * The entity with this URN and the first facet (in `facets` order) that holds it. Geo URNs resolve to
 * `locations` (which shares its entities with `profileLocations`), employers' organization URNs to `employers`
 * (shared with `employersPast`). O(1) after the first call.
 */
export function entityByUrn(urn: string): { facet: DatasetFacet; entity: DatasetEntity } | undefined {
  if (entitiesByUrn === undefined) {
    entitiesByUrn = new Map();
    for (const f of facets) {
      for (const e of f.entities) if (!entitiesByUrn.has(e.urn)) entitiesByUrn.set(e.urn, { facet: f, entity: e });
    }
  }
  return entitiesByUrn.get(urn);
}
