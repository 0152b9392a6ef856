// Locations (urn:li:geo:N), served for both the `locations` and `profileLocations` facets.
//
// Where the ids come from:
// - REAL, from the spec's example / the project brief: United States 103644278, California 102095887,
//   Texas 102748797, New York 105080838, Florida 101318387, Los Angeles County 103104382,
//   New York City 102571732, Illinois 101949407, Pennsylvania 102986501, Georgia (US state) 103950076,
//   United Kingdom 101165590, Canada 101174742, India 102713980, Germany 101282230, France 105015875,
//   Australia 101452733, Brazil 106057199, Netherlands 102890719, Spain 105646813, Italy 103350119.
// - REAL (best knowledge): every other row below that carries an explicit id. Country and continent ids
//   come from a LinkedIn adTargetingEntities response published in a public repository (continents are
//   the `ancestorUrns` of its countries; "Oceania" 100506852 is inferred from Australia's ancestor), and
//   from public LinkedIn geoId lists (job-search URLs) that agree with it; US state and metro ids from
//   such lists. Not verified against LinkedIn itself.
// - SYNTHETIC: rows whose id column is empty. Their id is a hash of the name mapped into
//   100000000..109999999 and probed past every id already taken, so it never collides with a real one.
// Member counts are rough estimates of LinkedIn members (thousands in the tables below).

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, numCell, table } from "./util.js";

// code | name | id
const CONTINENTS = table(`
AF|Africa|103537801
AS|Asia|102393603
EU|Europe|100506914
NA|North America|102221843
SA|South America|104514572
OC|Oceania|100506852
`);

// name | members (thousands) | continent | id (empty = synthetic)
const COUNTRIES = table(`
Algeria|3000|AF|106395874
Angola|700|AF|105371935
Benin|250|AF|101519029
Botswana|300|AF|105698121
Burkina Faso|200|AF|100587095
Burundi|80|AF|100800406
Cape Verde|30|AF|101679268
Cameroon|1200|AF|105745966
Central African Republic|20|AF|100134827
Chad|60|AF|104655384
Comoros|10|AF|103069791
Democratic Republic of the Congo|500|AF|101271829
Republic of the Congo|150|AF|106796687
Côte d'Ivoire|1200|AF|103295271
Djibouti|30|AF|100371290
Egypt|9000|AF|106155005
Equatorial Guinea|20|AF|105141335
Eritrea|20|AF|104219996
Eswatini|80|AF|106768907
Ethiopia|1500|AF|100212432
Gabon|150|AF|104471338
The Gambia|60|AF|106100033
Ghana|3000|AF|105769538
Guinea|150|AF|100099594
Guinea-Bissau|15|AF|100115557
Kenya|5000|AF|100710459
Lesotho|60|AF|103712797
Liberia|80|AF|106579411
Libya|300|AF|104036859
Madagascar|300|AF|105587166
Malawi|300|AF|105992277
Mali|200|AF|100770782
Mauritania|50|AF|106950838
Mauritius|250|AF|106931611
Mayotte|10|AF|104097939
Morocco|5000|AF|102787409
Mozambique|500|AF|100474128
Namibia|300|AF|106682822
Niger|80|AF|103550069
Nigeria|12000|AF|105365761
Réunion|120|AF|104265812
Rwanda|400|AF|103547315
São Tomé and Príncipe|8|AF|106867470
Senegal|800|AF|103587512
Seychelles|20|AF|
Sierra Leone|100|AF|
Somalia|150|AF|104725424
South Africa|11000|AF|104035573
South Sudan|60|AF|103622308
Sudan|500|AF|106740205
Tanzania|1500|AF|104604145
Togo|200|AF|103603395
Tunisia|1500|AF|102134353
Uganda|1200|AF|106943612
Western Sahara|5|AF|
Zambia|700|AF|102120260
Zimbabwe|1000|AF|101367137
Afghanistan|500|AS|101240012
Armenia|500|AS|103030111
Azerbaijan|700|AS|103226548
Bahrain|500|AS|100425729
Bangladesh|8000|AS|106215326
Bhutan|40|AS|103613266
Brunei|80|AS|103809722
Cambodia|500|AS|102500897
China|15000|AS|102890883
Cyprus|400|AS|106774002
Georgia|600|AS|106315325
Hong Kong SAR|3000|AS|103291313
India|130000|AS|102713980
Indonesia|26000|AS|102478259
Iran|3000|AS|101934083
Iraq|1200|AS|106725625
Israel|3000|AS|101620260
Japan|4000|AS|101355337
Jordan|1300|AS|103710677
Kazakhstan|1000|AS|106049128
Kuwait|1000|AS|103239229
Kyrgyzstan|200|AS|103490790
Laos|100|AS|100664862
Lebanon|900|AS|101834488
Macao SAR|100|AS|101316508
Malaysia|7000|AS|106808692
Maldives|80|AS|102161637
Mongolia|200|AS|102396337
Myanmar|800|AS|104136533
Nepal|1500|AS|104630404
North Korea|1|AS|
Oman|800|AS|103619019
Pakistan|11000|AS|101022442
Palestinian Authority|400|AS|93000000
Philippines|15000|AS|103121230
Qatar|1500|AS|104170880
Saudi Arabia|7000|AS|100459316
Singapore|3500|AS|102454443
South Korea|3000|AS|105149562
Sri Lanka|2500|AS|100446352
Syria|600|AS|
Taiwan|3000|AS|104187078
Tajikistan|100|AS|105925962
Thailand|3000|AS|105146118
Timor-Leste|20|AS|101101678
Türkiye|15000|AS|102105699
Turkmenistan|50|AS|105449295
United Arab Emirates|7000|AS|104305776
Uzbekistan|800|AS|107734735
Vietnam|5000|AS|104195383
Yemen|300|AS|105962095
Åland Islands|10|EU|
Albania|400|EU|102845717
Andorra|15|EU|106296266
Austria|2500|EU|103883259
Belarus|600|EU|101705918
Belgium|5000|EU|100565514
Bosnia and Herzegovina|500|EU|102869081
Bulgaria|1200|EU|105333783
Croatia|900|EU|104688944
Czechia|2200|EU|104508036
Denmark|3000|EU|104514075
Estonia|400|EU|102974008
Faroe Islands|20|EU|104630756
Finland|2000|EU|100456013
France|28000|EU|105015875
Germany|22000|EU|101282230
Gibraltar|20|EU|100674501
Greece|2500|EU|104677530
Guernsey|30|EU|104019891
Hungary|1600|EU|100288700
Iceland|200|EU|105238872
Ireland|3000|EU|104738515
Isle of Man|50|EU|106316481
Italy|17000|EU|103350119
Jersey|50|EU|102705533
Kosovo|150|EU|104640522
Latvia|500|EU|104341318
Liechtenstein|20|EU|100878084
Lithuania|700|EU|101464403
Luxembourg|400|EU|104042105
Malta|250|EU|100961908
Moldova|300|EU|106178099
Monaco|30|EU|101352147
Montenegro|100|EU|100733275
Netherlands|10000|EU|102890719
North Macedonia|350|EU|103420483
Norway|2500|EU|103819153
Poland|7000|EU|105072130
Portugal|4500|EU|100364837
Romania|4000|EU|106670623
Russia|4000|EU|101728296
San Marino|10|EU|105730022
Serbia|1200|EU|101855366
Slovakia|1000|EU|103119917
Slovenia|500|EU|106137034
Spain|16000|EU|105646813
Svalbard and Jan Mayen|1|EU|
Sweden|5000|EU|105117694
Switzerland|4000|EU|106693272
Ukraine|5000|EU|102264497
United Kingdom|45000|EU|101165590
Vatican City|1|EU|107163060
Anguilla|5|NA|
Antigua and Barbuda|15|NA|
Aruba|40|NA|
The Bahamas|80|NA|106662619
Barbados|80|NA|102118611
Belize|40|NA|105912732
Bermuda|30|NA|
British Virgin Islands|10|NA|
Canada|22000|NA|101174742
Caribbean Netherlands|5|NA|
Cayman Islands|40|NA|
Costa Rica|1400|NA|101739942
Cuba|200|NA|106429766
Curaçao|60|NA|
Dominica|8|NA|
Dominican Republic|2000|NA|105057336
El Salvador|800|NA|106522560
Greenland|10|NA|
Grenada|10|NA|104579260
Guadeloupe|80|NA|104232339
Guatemala|1500|NA|100877388
Haiti|150|NA|100993490
Honduras|800|NA|101937718
Jamaica|600|NA|105126983
Martinique|70|NA|103091690
Mexico|22000|NA|103323778
Montserrat|1|NA|101150476
Nicaragua|400|NA|105517145
Panama|1000|NA|100808673
Puerto Rico|1000|NA|105245958
Saint Barthélemy|3|NA|100936035
Saint Kitts and Nevis|8|NA|
Saint Lucia|20|NA|
Saint Martin|5|NA|103917985
Saint Pierre and Miquelon|2|NA|102024132
Saint Vincent and the Grenadines|10|NA|
Sint Maarten|10|NA|
Trinidad and Tobago|450|NA|106947126
Turks and Caicos Islands|10|NA|100771715
United States|230000|NA|103644278
US Virgin Islands|30|NA|102119762
Argentina|10000|SA|100446943
Bolivia|1500|SA|104379274
Brazil|75000|SA|106057199
Chile|7000|SA|104621616
Colombia|13000|SA|100876405
Ecuador|4000|SA|106373116
Falkland Islands|1|SA|104961595
French Guiana|30|SA|105001561
Guyana|80|SA|105836293
Paraguay|900|SA|104065273
Peru|7000|SA|102927786
Suriname|50|SA|105530931
Uruguay|1000|SA|100867946
Venezuela|4000|SA|101490751
American Samoa|3|OC|
Australia|15000|OC|101452733
Cook Islands|3|OC|103118752
Fiji|80|OC|105733447
French Polynesia|30|OC|102681285
Guam|40|OC|107006862
Kiribati|2|OC|104742735
Marshall Islands|2|OC|106516799
Micronesia|3|OC|102762290
Nauru|1|OC|100348836
New Caledonia|40|OC|105535747
New Zealand|2500|OC|105490917
Niue|1|OC|102139488
Norfolk Island|1|OC|100646662
Northern Mariana Islands|5|OC|
Palau|2|OC|106779877
Papua New Guinea|80|OC|100152180
Samoa|10|OC|104031721
Solomon Islands|8|OC|104980134
Tokelau|1|OC|100212364
Tonga|5|OC|105646927
Tuvalu|1|OC|103609605
Vanuatu|8|OC|102185308
Wallis and Futuna|1|OC|104246629
`);

// US states + DC. code | name | members (thousands) | id (empty = synthetic)
const US_STATES = table(`
AL|Alabama|2500|102240587
AK|Alaska|400|100290991
AZ|Arizona|4500|106032500
AR|Arkansas|1400|102790221
CA|California|26000|102095887
CO|Colorado|4300|105763813
CT|Connecticut|2400|106914527
DE|Delaware|600|105375497
DC|District of Columbia|700|
FL|Florida|13000|101318387
GA|Georgia|6500|103950076
HI|Hawaii|800|105051999
ID|Idaho|1000|102560739
IL|Illinois|7500|101949407
IN|Indiana|3700|103336534
IA|Iowa|1700|103078544
KS|Kansas|1600|104403803
KY|Kentucky|2200|
LA|Louisiana|2300|101822552
ME|Maine|700|101102875
MD|Maryland|4500|100809221
MA|Massachusetts|5600|101098412
MI|Michigan|5400|103051080
MN|Minnesota|3700|103411167
MS|Mississippi|1200|106899551
MO|Missouri|3400|101486475
MT|Montana|600|101758306
NE|Nebraska|1100|101197782
NV|Nevada|2000|101690912
NH|New Hampshire|900|103532695
NJ|New Jersey|6200|101651951
NM|New Mexico|1000|105048220
NY|New York|14000|105080838
NC|North Carolina|6400|103255397
ND|North Dakota|450|104611396
OH|Ohio|6300|106981407
OK|Oklahoma|1900|101343299
OR|Oregon|2600|101685541
PA|Pennsylvania|7200|102986501
RI|Rhode Island|700|104877241
SC|South Carolina|2900|102687171
SD|South Dakota|450|100115110
TN|Tennessee|3900|104629187
TX|Texas|17000|102748797
UT|Utah|2300|104102239
VT|Vermont|380|104453637
VA|Virginia|5900|101630962
WA|Washington|5700|103977389
WV|West Virginia|700|106420769
WI|Wisconsin|3300|104454774
WY|Wyoming|300|100658004
`);

// States/provinces outside the US. name | members (thousands) | parent country | id (empty = synthetic)
const OTHER_STATES = table(`
England, United Kingdom|36000|United Kingdom|102299470
Ontario, Canada|9000|Canada|
Quebec, Canada|4500|Canada|
British Columbia, Canada|3500|Canada|
Alberta, Canada|2500|Canada|
Île-de-France, France|9000|France|
Bavaria, Germany|4000|Germany|
North Rhine-Westphalia, Germany|5000|Germany|
Community of Madrid, Spain|4000|Spain|
Catalonia, Spain|3000|Spain|
New South Wales, Australia|5000|Australia|
Victoria, Australia|4000|Australia|
Maharashtra, India|20000|India|
Karnataka, India|14000|India|
São Paulo, Brazil|22000|Brazil|
`);

// Counties, cities and metropolitan areas (entityType REGION). name | members (thousands) | parent | id.
// parent: a US state code, or the name of a country / state row above.
const REGIONS = table(`
Los Angeles County, California, United States|8000|CA|103104382
New York, New York, United States|7600|NY|102571732
New York City Metropolitan Area|10500|NY|90000070
Los Angeles Metropolitan Area|8500|CA|90000049
Greater Chicago Area|6000|IL|90000014
San Francisco Bay Area|5500|CA|90000084
Dallas-Fort Worth Metroplex|4800|TX|90000031
Greater Houston|4300|TX|90000042
Atlanta Metropolitan Area|4300|GA|90000052
Washington DC-Baltimore Area|4200|MD|90000097
Miami-Fort Lauderdale Area|4200|FL|90000056
Greater Boston|4000|MA|90000007
Greater Philadelphia|4000|PA|90000077
Greater Seattle Area|3300|WA|
Greater Phoenix Area|3100|AZ|90000620
Detroit Metropolitan Area|2700|MI|
Greater Minneapolis-St. Paul Area|2600|MN|90000512
Denver Metropolitan Area|2500|CO|
Greater San Diego Area|2300|CA|
Greater Tampa Bay Area|2100|FL|
Austin, Texas Metropolitan Area|1800|TX|90000064
Greater Orlando|1700|FL|
Charlotte Metro|1700|NC|
Portland, Oregon Metropolitan Area|1700|OR|90000079
Greater St. Louis|1700|MO|
Greater Sacramento|1500|CA|
San Antonio, Texas Metropolitan Area|1500|TX|
Greater Pittsburgh Region|1500|PA|
Cleveland/Akron, Ohio Area|1500|OH|
Raleigh-Durham-Chapel Hill Area|1500|NC|90000664
Las Vegas Metropolitan Area|1400|NV|
Cincinnati Metropolitan Area|1400|OH|
Kansas City Metropolitan Area|1400|MO|
Columbus, Ohio Metropolitan Area|1400|OH|
Indianapolis Metropolitan Area|1400|IN|
Nashville Metropolitan Area|1400|TN|90000536
Salt Lake City Metropolitan Area|1000|UT|
Greater Milwaukee|1000|WI|
Jacksonville, Florida Metropolitan Area|1000|FL|
Greater Richmond Region|900|VA|
Oklahoma City Metropolitan Area|800|OK|
Greater Hartford|800|CT|
Greater New Orleans Region|800|LA|
Greater Memphis Area|800|TN|
Louisville Metropolitan Area|800|KY|
Greater Buffalo-Niagara Region|700|NY|
Greater Birmingham, Alabama Area|700|AL|
Greater Grand Rapids, Michigan Area|700|MI|
Rochester, New York Metropolitan Area|650|NY|
Greater Tucson Area|600|AZ|
Greater Providence|600|RI|
Greater Omaha|550|NE|
Albuquerque-Santa Fe Metropolitan Area|500|NM|
Greater Madison Area|450|WI|
Boise Metropolitan Area|450|ID|
Honolulu Metropolitan Area|450|HI|
London Area, United Kingdom|9000|England, United Kingdom|90009496
Greater Paris Metropolitan Region|7000|Île-de-France, France|90009659
Greater Toronto Area, Canada|5000|Ontario, Canada|90009551
Greater Sydney Area|3500|New South Wales, Australia|90009524
Greater Melbourne Area|3000|Victoria, Australia|90009521
Greater Tokyo Area|1800|Japan|90009987
Greater Munich Metropolitan Area|1500|Bavaria, Germany|90009735
Düsseldorf, North Rhine-Westphalia, Germany|600|North Rhine-Westphalia, Germany|104008204
Greater Madrid Metropolitan Area|3500|Community of Madrid, Spain|90009790
Greater Barcelona Metropolitan Area|2500|Catalonia, Spain|90009761
Bengaluru, Karnataka, India|12000|Karnataka, India|105214831
Mumbai, Maharashtra, India|9000|Maharashtra, India|106164952
Dubai, United Arab Emirates|3500|United Arab Emirates|106204383
Zurich, Switzerland|800|Switzerland|102436504
Greater São Paulo|14000|São Paulo, Brazil|
`);

const SYNTHETIC_MIN = 100_000_000;
const SYNTHETIC_SPAN = 10_000_000;

function buildGeo(): DatasetEntity[] {
  // Reserve every explicit id first so that synthetic ids can never take one.
  const used = new Set<number>();
  for (const [rows, col] of [
    [CONTINENTS, 2],
    [COUNTRIES, 3],
    [US_STATES, 3],
    [OTHER_STATES, 3],
    [REGIONS, 3],
  ] as const) {
    for (const row of rows) {
      const id = cell(row, col);
      if (id !== "") used.add(Number(id));
    }
  }
  const idOf = (row: readonly string[], col: number, key: string): string => {
    const id = cell(row, col);
    return `urn:li:geo:${id !== "" ? id : allocateId(`geo:${key}`, SYNTHETIC_MIN, SYNTHETIC_SPAN, used)}`;
  };

  const out: DatasetEntity[] = [];
  /** parent key (continent code, country name, "US-XX", state name) -> URN */
  const keys = new Map<string, string>();
  const parentUrn = (key: string): string => {
    const urn = keys.get(key);
    if (urn === undefined) throw new Error(`dataset: unknown parent "${key}"`);
    return urn;
  };

  // Continents: members are the sum of their countries (filled in below).
  const continentTotals = new Map<string, number>();
  for (const row of COUNTRIES) {
    const code = cell(row, 2);
    continentTotals.set(code, (continentTotals.get(code) ?? 0) + numCell(row, 1) * 1000);
  }
  for (const row of CONTINENTS) {
    const code = cell(row, 0);
    const urn = `urn:li:geo:${cell(row, 2)}`;
    keys.set(code, urn);
    out.push(entity(urn, cell(row, 1), continentTotals.get(code) ?? 0, { entityType: "COUNTRY_GROUP" }));
  }
  for (const row of COUNTRIES) {
    const name = cell(row, 0);
    const urn = idOf(row, 3, name);
    keys.set(name, urn);
    out.push(entity(urn, name, numCell(row, 1) * 1000, { parent: parentUrn(cell(row, 2)), entityType: "COUNTRY" }));
  }
  const us = parentUrn("United States");
  for (const row of US_STATES) {
    const name = `${cell(row, 1)}, United States`;
    const urn = idOf(row, 3, name);
    keys.set(`US-${cell(row, 0)}`, urn);
    out.push(entity(urn, name, numCell(row, 2) * 1000, { parent: us, entityType: "STATE" }));
  }
  for (const row of OTHER_STATES) {
    const name = cell(row, 0);
    const urn = idOf(row, 3, name);
    keys.set(name, urn);
    out.push(entity(urn, name, numCell(row, 1) * 1000, { parent: parentUrn(cell(row, 2)), entityType: "STATE" }));
  }
  for (const row of REGIONS) {
    const name = cell(row, 0);
    const parentKey = cell(row, 2);
    const parent = parentUrn(/^[A-Z]{2}$/.test(parentKey) ? `US-${parentKey}` : parentKey);
    out.push(entity(idOf(row, 3, name), name, numCell(row, 1) * 1000, { parent, entityType: "REGION" }));
  }
  return out;
}

/** Every location: continents, countries and territories, states/provinces, metro areas, counties and cities. */
export const geoEntities: readonly DatasetEntity[] = Object.freeze(buildGeo());
