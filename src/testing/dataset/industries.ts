// Industries (urn:li:industry:N): LinkedIn's industry codes 1..148 (the original list, no 2) with the
// names of LinkedIn's current industry taxonomy. Ids and names are LinkedIn's; member counts are rough
// global estimates.

import type { DatasetEntity } from "./types.js";
import { cell, entity, numCell, table } from "./util.js";

// id | name | members (thousands)
const INDUSTRIES = table(`
1|Defense and Space Manufacturing|3000
3|Computer Hardware Manufacturing|2500
4|Software Development|30000
5|Computer Networking Products|1500
6|Technology, Information and Internet|25000
7|Semiconductor Manufacturing|2500
8|Telecommunications|12000
9|Law Practice|9000
10|Legal Services|4000
11|Business Consulting and Services|20000
12|Biotechnology Research|3000
13|Medical Practices|6000
14|Hospitals and Health Care|40000
15|Pharmaceutical Manufacturing|7000
16|Veterinary Services|1200
17|Medical Equipment Manufacturing|4000
18|Personal Care Product Manufacturing|2500
19|Retail Apparel and Fashion|8000
20|Sporting Goods Manufacturing|900
21|Tobacco Manufacturing|300
22|Retail Groceries|5000
23|Food and Beverage Manufacturing|9000
24|Computers and Electronics Manufacturing|4000
25|Manufacturing|12000
26|Furniture and Home Furnishings Manufacturing|2000
27|Retail|25000
28|Entertainment Providers|6000
29|Gambling Facilities and Casinos|900
30|Travel Arrangements|3000
31|Hospitality|12000
32|Restaurants|8000
33|Spectator Sports|3000
34|Food and Beverage Services|4000
35|Movies, Videos, and Sound|2500
36|Broadcast Media Production and Distribution|2500
37|Museums, Historical Sites, and Zoos|800
38|Artists and Writers|1500
39|Performing Arts|1500
40|Recreational Facilities|1800
41|Banking|15000
42|Insurance|9000
43|Financial Services|22000
44|Real Estate|12000
45|Investment Banking|2000
46|Investment Management|3500
47|Accounting|7000
48|Construction|18000
49|Wholesale Building Materials|1500
50|Architecture and Planning|4000
51|Civil Engineering|5000
52|Aviation and Aerospace Component Manufacturing|3500
53|Motor Vehicle Manufacturing|6000
54|Chemical Manufacturing|3500
55|Machinery Manufacturing|4000
56|Mining|2500
57|Oil and Gas|5500
58|Shipbuilding|700
59|Utilities|3000
60|Textile Manufacturing|2500
61|Paper and Forest Product Manufacturing|1000
62|Railroad Equipment Manufacturing|500
63|Farming|3000
64|Ranching|400
65|Dairy Product Manufacturing|700
66|Fisheries|400
67|Primary and Secondary Education|20000
68|Higher Education|25000
69|Education Administration Programs|6000
70|Research Services|5000
71|Armed Forces|4000
72|Legislative Offices|400
73|Administration of Justice|2500
74|International Affairs|1500
75|Government Administration|15000
76|Executive Offices|500
77|Law Enforcement|2500
78|Public Safety|1500
79|Public Policy Offices|800
80|Advertising Services|8000
81|Newspaper Publishing|1500
82|Book and Periodical Publishing|1500
83|Printing Services|1500
84|Information Services|3000
85|Libraries|700
86|Environmental Services|3000
87|Freight and Package Transportation|3000
88|Individual and Family Services|3500
89|Religious Institutions|2500
90|Civic and Social Organizations|2500
91|Consumer Services|3500
92|Truck Transportation|3000
93|Warehousing and Storage|1500
94|Airlines and Aviation|4000
95|Maritime Transportation|2000
96|IT Services and IT Consulting|35000
97|Market Research|1500
98|Public Relations and Communications Services|2500
99|Design Services|3000
100|Non-profit Organizations|10000
101|Fundraising|500
102|Strategic Management Services|1500
103|Writing and Editing|1500
104|Staffing and Recruiting|8000
105|Professional Training and Coaching|6000
106|Venture Capital and Private Equity Principals|1200
107|Political Organizations|800
108|Translation and Localization|900
109|Computer Games|1500
110|Events Services|3000
111|Retail Art Supplies|300
112|Appliances, Electrical, and Electronics Manufacturing|5000
113|Online Audio and Video Media|1200
114|Nanotechnology Research|200
115|Musicians|1200
116|Transportation, Logistics, Supply Chain and Storage|15000
117|Plastics Manufacturing|1500
118|Computer and Network Security|2500
119|Wireless Services|800
120|Alternative Dispute Resolution|200
121|Security and Investigations|3000
122|Facilities Services|4000
123|Outsourcing and Offshoring Consulting|2500
124|Wellness and Fitness Services|4000
125|Alternative Medicine|800
126|Media Production|2500
127|Animation and Post-production|700
128|Leasing Non-residential Real Estate|600
129|Capital Markets|1500
130|Think Tanks|400
131|Philanthropic Fundraising Services|600
132|E-Learning Providers|4000
133|Wholesale|5000
134|Wholesale Import and Export|3000
135|Industrial Machinery Manufacturing|2500
136|Photography|1500
137|Human Resources Services|5000
138|Retail Office Equipment|500
139|Mental Health Care|2500
140|Graphic Design|2000
141|International Trade and Development|2000
142|Beverage Manufacturing|1500
143|Retail Luxury Goods and Jewelry|1500
144|Renewable Energy Semiconductor Manufacturing|600
145|Glass, Ceramics and Concrete Manufacturing|1000
146|Packaging and Containers Manufacturing|1200
147|Automation Machinery Manufacturing|1500
148|Government Relations Services|400
`);

export const industryEntities: readonly DatasetEntity[] = Object.freeze(
  INDUSTRIES.map((row) => entity(`urn:li:industry:${cell(row, 0)}`, cell(row, 1), numCell(row, 2) * 1000)),
);
