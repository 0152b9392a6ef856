// Deterministic, realistic data served by the embedded LinkedIn test server: ad-targeting facets,
// their entities and member counts. See each table's header for which ids are LinkedIn's real ones and
// which are synthetic.

export type { DatasetEntity, DatasetFacet, EntityFinder, PlaceLevel } from "./types.js";
export { TOTAL_MEMBERS, entityByUrn, facetByName, facetByUrn, facets } from "./facets.js";
export { geoEntities } from "./geo.js";
export { jobFunctionEntities, seniorityEntities } from "./functions.js";
export { industryEntities } from "./industries.js";
export { interestEntities } from "./interests.js";
export { employerEntities } from "./employers.js";
export { titleEntities } from "./titles.js";
export { skillEntities } from "./skills.js";
export { degreeEntities, fieldOfStudyEntities, schoolEntities } from "./education.js";
export {
  ageRangeEntities,
  companyCategoryEntities,
  genderEntities,
  groupEntities,
  interfaceLocaleEntities,
  memberBehaviorEntities,
  staffCountRangeEntities,
  yearsOfExperienceEntities,
} from "./misc.js";
export { dynamicSegmentEntities } from "./segments.js";
