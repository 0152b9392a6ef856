// Small facets: member age and gender, interface locales, company size, years of experience, member
// behaviors (traits), groups and company categories.
//
// URN shapes follow LinkedIn's documentation. Real values: the age ranges, genders, locale codes and
// staff-count ranges (LinkedIn's fixed enumerations), and memberBehavior 12 "Job Seekers" (seen in a
// published LinkedIn response). SYNTHETIC: every other memberBehavior id, the organizationRankingList
// ids, and the group ids (a hash of the name in 1000000..9999999). Member counts are rough estimates.

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, numCell, table } from "./util.js";

const MAX = 2147483647;

export const ageRangeEntities: readonly DatasetEntity[] = Object.freeze([
  entity("urn:li:ageRange:(18,24)", "18 to 24", 180_000_000),
  entity("urn:li:ageRange:(25,34)", "25 to 34", 400_000_000),
  entity("urn:li:ageRange:(35,54)", "35 to 54", 300_000_000),
  entity(`urn:li:ageRange:(55,${MAX})`, "55+", 90_000_000),
]);

export const genderEntities: readonly DatasetEntity[] = Object.freeze([
  entity("urn:li:gender:FEMALE", "Female", 430_000_000),
  entity("urn:li:gender:MALE", "Male", 560_000_000),
]);

// locale | language name | members (thousands)
const LOCALES = table(`
en_US|English|620000
pt_BR|Portuguese|75000
es_ES|Spanish|70000
fr_FR|French|40000
de_DE|German|20000
in_ID|Indonesian|15000
it_IT|Italian|12000
ar_AE|Arabic|12000
tr_TR|Turkish|9000
zh_CN|Chinese (Simplified)|8000
nl_NL|Dutch|4000
ru_RU|Russian|4000
pl_PL|Polish|3500
ja_JP|Japanese|3000
zh_TW|Chinese (Traditional)|2000
sv_SE|Swedish|2000
ko_KR|Korean|1500
ro_RO|Romanian|1500
th_TH|Thai|1500
uk_UA|Ukrainian|1500
da_DK|Danish|1000
hi_IN|Hindi|1000
no_NO|Norwegian|800
cs_CZ|Czech|800
ms_MY|Malay|800
fi_FI|Finnish|600
tl_PH|Tagalog|500
hu_HU|Hungarian|500
el_GR|Greek|500
he_IL|Hebrew|300
`);

export const interfaceLocaleEntities: readonly DatasetEntity[] = Object.freeze(
  LOCALES.map((row) => entity(`urn:li:locale:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000)),
);

// range | name | members (thousands) working at companies of that size
const STAFF_COUNT_RANGES = table(`
(1,1)|Myself Only|60000
(2,10)|2-10 employees|90000
(11,50)|11-50 employees|100000
(51,200)|51-200 employees|95000
(201,500)|201-500 employees|60000
(501,1000)|501-1,000 employees|45000
(1001,5000)|1,001-5,000 employees|95000
(5001,10000)|5,001-10,000 employees|50000
(10001,${MAX})|10,001+ employees|200000
`);

export const staffCountRangeEntities: readonly DatasetEntity[] = Object.freeze(
  STAFF_COUNT_RANGES.map((row) =>
    entity(`urn:li:staffCountRange:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000),
  ),
);

/** 1..12 years of professional experience; 12 stands for "12 years or more". */
export const yearsOfExperienceEntities: readonly DatasetEntity[] = Object.freeze(
  Array.from({ length: 12 }, (_, i) => {
    const years = i + 1;
    const name = years === 1 ? "1 year" : years === 12 ? "12+ years" : `${years} years`;
    const members = years === 12 ? 260_000_000 : 70_000_000 - i * 4_500_000;
    return entity(`urn:li:yearsOfExperience:${years}`, name, members);
  }),
);

// id | name | members (thousands)
const MEMBER_BEHAVIORS = table(`
1|Frequent Travelers|40000
2|Frequent International Travelers|15000
3|Mobile Users|450000
4|Desktop Users|300000
5|Open to Education|60000
6|Recent Relocators|12000
7|New Job Starters|25000
8|Event Attendees|30000
9|Company Page Followers|350000
10|Content Creators|20000
11|Active Commenters|45000
12|Job Seekers|80000
13|Open to Work|40000
14|Small Business Owners|35000
15|Recently Promoted|18000
`);

export const memberBehaviorEntities: readonly DatasetEntity[] = Object.freeze(
  MEMBER_BEHAVIORS.map((row) => entity(`urn:li:memberBehavior:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000)),
);

// name | members (thousands)
const GROUPS = table(`
Digital Marketing|1500
Project Manager Community|900
Finance Club|600
The CFO Network|120
CFO Connect|80
Accounting & Finance Professionals|450
Investment Banking Professionals|200
Private Equity & Venture Capital Network|250
Fintech Professionals|180
Big Data and Analytics|400
Data Science Central|300
Artificial Intelligence, Deep Learning, Machine Learning|500
Python Developers Community (moderated)|350
Java Developers|300
JavaScript|250
DevOps|200
Cloud Computing|220
Cybersecurity Professionals|280
Human Resources (HR) Professionals|700
Recruiting & Talent Acquisition|350
Sales Best Practices|400
Marketing Communication|500
Social Media Marketing|800
Content Marketing Institute|150
Product Management Network|180
Agile and Lean Software Development|160
PMI Project Management Professional Network|450
Supply Chain Management Professionals|300
Real Estate Investors Network|350
Healthcare IT|120
Nursing Professionals|200
Startup Specialists Group|300
On Startups - The Community For Entrepreneurs|600
Women in Leadership|250
Lean Six Sigma Worldwide|280
UX Professionals|170
Harvard Business Review Discussion Group|500
Entrepreneurs & Small Business Owners|650
Réseau des Professionnels de la Finance|60
`);

function buildGroups(): DatasetEntity[] {
  const used = new Set<number>();
  return GROUPS.map((row) => {
    const name = cell(row, 0);
    const id = allocateId(`group:${name}`, 1_000_000, 9_000_000, used);
    return entity(`urn:li:group:${id}`, name, numCell(row, 1) * 1000);
  });
}

export const groupEntities: readonly DatasetEntity[] = Object.freeze(buildGroups());

// id | ranking list | members (thousands) working at companies on it
const COMPANY_CATEGORIES = table(`
1|Fortune 500|45000
2|Fortune 1000|60000
3|Fortune Global 500|90000
4|Forbes Global 2000|120000
5|Inc. 5000|4000
6|FT 1000: Europe's Fastest Growing Companies|1500
7|LinkedIn Top Companies|30000
`);

export const companyCategoryEntities: readonly DatasetEntity[] = Object.freeze(
  COMPANY_CATEGORIES.map((row) =>
    entity(`urn:li:organizationRankingList:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000),
  ),
);
