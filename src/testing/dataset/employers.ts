// Employers (urn:li:organization:N). Members = rough number of the company's employees on LinkedIn.
//
// REAL organization ids: those in the project brief (Microsoft 1035, Google 1441, LinkedIn 1337,
// Amazon 1586, IBM 1009, Apple 162479, Oracle 1028, Salesforce 3185, Deloitte 1038, Accenture 1033) and,
// best knowledge from public code that targets them, Meta 10667, Netflix 165158, NVIDIA 3608, Uber 1815218,
// Airbnb 309694, Stripe 2135371, Tesla 15564, Intel 1053, PayPal 1482, Atlassian 22688, OpenAI 11130470.
// Every other id is SYNTHETIC: a hash of the name in 10000000..49999999, probed past the ids already
// taken. (Schools use 50000000..59999999, so the two facets never share an organization URN.)
//
// Industry: the LinkedIn industry (urn:li:industry:N, industries.ts) each company is best known for, chosen for
// this dataset (LinkedIn's own company pages sometimes file a company elsewhere). The population model makes
// a company's members look like its industry's, so companies of one industry are similar to each other
// (q=similarEntities) and lean towards the same audiences.

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, numCell, table } from "./util.js";

// name | employees on LinkedIn (thousands) | id (empty = synthetic) | industry id
const EMPLOYERS = table(`
Microsoft|230|1035|4
Google|300|1441|6
LinkedIn|25|1337|6
Amazon|750|1586|6
IBM|320|1009|96
Apple|200|162479|24
Oracle|200|1028|4
Salesforce|80|3185|4
Deloitte|450|1038|11
Accenture|750|1033|11
Meta|85|10667|6
Netflix|15|165158|28
NVIDIA|35|3608|3
Uber|40|1815218|6
Airbnb|10|309694|6
Stripe|10|2135371|6
Tesla|130|15564|53
Intel|130|1053|7
PayPal|35|1482|43
Atlassian|14|22688|4
OpenAI|6|11130470|70
Amazon Web Services (AWS)|120||96
Tata Consultancy Services|600||96
Infosys|350||96
Wipro|250||96
Cognizant|350||96
HCLTech|220||96
Tech Mahindra|150||96
Capgemini|350||96
PwC|350||11
EY|400||11
KPMG|300||11
McKinsey & Company|50||11
Boston Consulting Group (BCG)|35||11
Bain & Company|18||11
Booz Allen Hamilton|30||11
Gartner|22||84
Cisco|100||5
Dell Technologies|130||3
HP|70||3
Hewlett Packard Enterprise|60||96
Adobe|35||4
SAP|120||4
ServiceNow|25||4
Workday|20||4
VMware|35||4
Qualcomm|55||7
AMD|30||7
Broadcom|30||7
Samsung Electronics|150||112
Sony|60||112
LG Electronics|40||112
Panasonic|40||112
Hitachi|60||112
Fujitsu|50||96
Toshiba|25||112
Canon|30||24
Lenovo|55||3
Xiaomi|25||112
Huawei|100||8
Alibaba Group|50||6
Tencent|30||6
ByteDance|50||6
TikTok|40||6
Nokia|70||8
Ericsson|80||8
Siemens|250||25
Bosch|250||25
Philips|70||17
Schneider Electric|130||112
ABB|100||147
General Electric|150||25
Honeywell|110||25
3M|80||25
Lockheed Martin|110||1
Boeing|150||52
Airbus|120||52
RTX|130||1
Northrop Grumman|90||1
BAE Systems|70||1
Thales|60||1
Safran|60||52
Rolls-Royce|40||52
Leonardo|30||1
Dassault Systèmes|20||4
Caterpillar Inc.|90||55
John Deere|60||55
General Motors|140||53
Ford Motor Company|150||53
Toyota North America|100||53
Volkswagen Group|200||53
BMW Group|120||53
Mercedes-Benz AG|120||53
Stellantis|100||53
Renault Group|70||53
Honda|50||53
Hyundai Motor Company|40||53
JPMorgan Chase & Co.|290||41
Bank of America|220||41
Wells Fargo|220||41
Citi|230||41
Goldman Sachs|50||45
Morgan Stanley|80||45
HSBC|220||41
Barclays|100||41
BNP Paribas|150||41
Société Générale|100||41
Crédit Agricole|70||41
Deutsche Bank|80||41
UBS|100||41
Santander|150||41
BBVA|100||41
ING|60||41
Itaú Unibanco|90||41
Bradesco|80||41
Banco do Brasil|80||41
State Bank of India|150||41
HDFC Bank|200||41
ICICI Bank|150||41
RBC|80||41
TD|90||41
Scotiabank|80||41
Commonwealth Bank|50||41
American Express|70||43
Visa|30||43
Mastercard|35||43
Capital One|55||41
BlackRock|20||46
Fidelity Investments|75||43
Charles Schwab|35||43
Vanguard|20||46
Allianz|120||42
AXA|110||42
Zurich Insurance|50||42
Prudential Financial|40||42
MetLife|45||42
State Farm|60||42
Progressive Insurance|50||42
UnitedHealth Group|250||14
CVS Health|200||14
Kaiser Permanente|180||14
HCA Healthcare|150||14
Mayo Clinic|60||14
Cleveland Clinic|60||14
NHS England|400||14
Johnson & Johnson|130||15
Pfizer|90||15
Novartis|100||15
Roche|100||15
AstraZeneca|90||15
Merck|70||15
GSK|80||15
Sanofi|90||15
Bayer|90||15
AbbVie|50||15
Eli Lilly and Company|40||15
Medtronic|90||17
Abbott|110||17
GE HealthCare|50||17
Siemens Healthineers|60||17
Walmart|650||27
Target|250||27
The Home Depot|300||27
Lowe's Companies, Inc.|180||27
Costco Wholesale|180||27
Walgreens|150||27
IKEA|140||27
Carrefour|120||22
Tesco|150||22
H&M|80||19
Inditex|100||19
Nike|80||19
adidas|60||20
Unilever|130||18
Procter & Gamble|100||18
Nestlé|200||23
PepsiCo|200||23
The Coca-Cola Company|70||142
L'Oréal|80||18
Danone|60||23
AB InBev|100||142
Heineken|60||142
Mondelēz International|60||23
Kraft Heinz|30||23
Starbucks|150||32
McDonald's|180||32
Marriott International|150||31
Hilton|110||31
Accor|80||31
Emirates|50||94
Delta Air Lines|70||94
United Airlines|70||94
American Airlines|80||94
Lufthansa Group|60||94
FedEx|200||87
UPS|250||87
DHL Group|250||116
Maersk|80||95
Deutsche Telekom|100||8
Vodafone|100||8
Verizon|110||8
AT&T|160||8
T-Mobile|60||8
Comcast|110||8
Orange|100||8
Telefónica|90||8
BT Group|70||8
Shopify|12||4
Spotify|12||113
Intuit|18||4
Zoom|10||4
Snowflake|7||4
Databricks|8||4
Palantir Technologies|5||4
Cloudflare|5||118
Twilio|8||4
Block|12||43
Coinbase|5||43
Dropbox|4||4
HubSpot|9||4
Zendesk|6||4
DocuSign|8||4
Autodesk|15||4
Electronic Arts (EA)|15||109
Activision Blizzard|12||109
Ubisoft|20||109
Epic Games|5||109
Booking.com|25||30
Expedia Group|20||30
Wayfair|15||27
eBay|15||6
Etsy|3||6
Mercado Libre|50||6
Rakuten|25||6
Shopee|40||6
Grab|20||6
Flipkart|40||6
Reliance Industries Limited|150||57
Larsen & Toubro|80||48
Tata Motors|40||53
Mahindra Group|60||53
Adani Group|40||59
Saudi Aramco|60||57
Shell|100||57
ExxonMobil|70||57
Chevron|50||57
bp|80||57
TotalEnergies|90||57
Equinor|25||57
Petrobras|40||57
SLB|80||57
Halliburton|50||57
Siemens Energy|60||59
Enel Group|60||59
Iberdrola|40||59
EDF|80||59
ENGIE|80||59
Rio Tinto|45||56
BHP|50||56
Glencore|40||56
ArcelorMittal|80||56
Dow|35||54
BASF|100||54
LVMH|100||143
Kering|30||143
Hermès|15||143
CHANEL|20||143
The Estée Lauder Companies Inc.|40||18
The Walt Disney Company|150||28
Warner Bros. Discovery|35||35
Paramount|20||35
NBCUniversal|30||36
Universal Music Group|10||35
BBC|35||36
The New York Times|6||81
Thomson Reuters|25||84
Bloomberg|20||84
NielsenIQ|30||97
WPP|80||80
Publicis Groupe|70||80
Omnicom Group|50||80
dentsu|40||80
Interpublic Group|40||80
Ogilvy|15||80
Randstad|50||104
Adecco|50||104
ManpowerGroup|40||104
Robert Half|20||104
Hays|15||104
Indeed|15||104
ADP|60||137
Paychex|15||137
NTT DATA|80||96
DXC Technology|80||96
Kyndryl|60||96
Atos|60||96
Sopra Steria|40||96
EPAM Systems|40||4
Globant|25||96
Genpact|90||123
Concentrix|100||123
Teleperformance|150||123
Sodexo|120||122
Compass Group|100||34
CBRE|90||44
JLL|70||44
Cushman & Wakefield|40||44
Marsh McLennan|60||42
Aon|40||42
WTW|40||42
Grant Thornton|50||47
BDO|60||47
RSM|40||47
Baker McKenzie|12||9
Dentons|10||9
DLA Piper|8||9
U.S. Army|300||71
U.S. Navy|200||71
U.S. Air Force|150||71
United Nations|80||74
World Bank Group|20||141
American Red Cross|30||100
`);

function buildEmployers(): DatasetEntity[] {
  const used = new Set<number>();
  for (const row of EMPLOYERS) if (cell(row, 2) !== "") used.add(Number(cell(row, 2)));
  return EMPLOYERS.map((row) => {
    const name = cell(row, 0);
    const id = cell(row, 2) !== "" ? cell(row, 2) : String(allocateId(`org:${name}`, 10_000_000, 40_000_000, used));
    return entity(`urn:li:organization:${id}`, name, numCell(row, 1) * 1000, {
      industry: `urn:li:industry:${numCell(row, 3)}`,
    });
  });
}

export const employerEntities: readonly DatasetEntity[] = Object.freeze(buildEmployers());
