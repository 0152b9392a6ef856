// Job functions (urn:li:function:1..26) and seniorities (urn:li:seniority:1..10): LinkedIn's real,
// fixed lists with their real ids and names. Member counts are rough global estimates.

import type { DatasetEntity } from "./types.js";
import { cell, entity, numCell, table } from "./util.js";

// id | name | members (thousands)
const FUNCTIONS = table(`
1|Accounting|25000
2|Administrative|30000
3|Arts and Design|20000
4|Business Development|40000
5|Community and Social Services|10000
6|Consulting|15000
7|Education|40000
8|Engineering|60000
9|Entrepreneurship|25000
10|Finance|30000
11|Healthcare Services|30000
12|Human Resources|20000
13|Information Technology|45000
14|Legal|8000
15|Marketing|25000
16|Media and Communication|15000
17|Military and Protective Services|6000
18|Operations|55000
19|Product Management|6000
20|Program and Project Management|18000
21|Purchasing|8000
22|Quality Assurance|9000
23|Real Estate|8000
24|Research|12000
25|Sales|70000
26|Support|25000
`);

// id | name | members (thousands)
const SENIORITIES = table(`
1|Unpaid|15000
2|Training|20000
3|Entry|250000
4|Senior|180000
5|Manager|90000
6|Director|40000
7|VP|12000
8|CXO|15000
9|Partner|8000
10|Owner|40000
`);

export const jobFunctionEntities: readonly DatasetEntity[] = Object.freeze(
  FUNCTIONS.map((row) => entity(`urn:li:function:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000)),
);

export const seniorityEntities: readonly DatasetEntity[] = Object.freeze(
  SENIORITIES.map((row) => entity(`urn:li:seniority:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000)),
);
