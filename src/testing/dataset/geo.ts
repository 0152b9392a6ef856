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
// - REAL (best knowledge), cities: Chicago 103112676, Houston 103743442, San Francisco 102277331,
//   Austin 104472865, Seattle 104116203, Boston 102380872, London 102257491, Toronto 100025096 — each seen in
//   several public LinkedIn job-search URLs that pair `geoId=` with the city's full name ("Chicago, Illinois,
//   United States"). Other cities' ids found in public code disagree with each other, so they stay synthetic.
// - SYNTHETIC: rows whose id column is empty. Their id is a hash of the name mapped into
//   100000000..109999999 and probed past every id already taken, so it never collides with a real one.
// Member counts are rough estimates of LinkedIn members (thousands in the tables below).
//
// Hierarchy (`parent`, one leaf per member in the population model): continent > country > state or province >
// metropolitan area > county > city, each level only where the dataset has it (a city without a metro row sits
// in its state or country). `placeLevel` says which level a row is; REGION rows are metros, counties or cities.
// Audience Insights' place breakdowns (groupBy bingContinent/bingCountry/bingState/bingCity) list the rows of
// one level. Cities are nested inside their metro (or state), so adding them changes no country's or state's
// size: the United States stays at 230 M members.

import type { DatasetEntity, PlaceLevel } from "./types.js";
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

// Metropolitan areas, counties and cities (entityType REGION). name | members (thousands) | parent | id |
// level (metro, county or city). parent: a US state code, or the name of a row above (country, state, metro).
// A row's parent must come before it.
const REGIONS = table(`
New York City Metropolitan Area|10500|NY|90000070|metro
New York, New York, United States|7600|New York City Metropolitan Area|102571732|city
Los Angeles Metropolitan Area|8500|CA|90000049|metro
Los Angeles County, California, United States|8000|Los Angeles Metropolitan Area|103104382|county
Greater Chicago Area|6000|IL|90000014|metro
San Francisco Bay Area|5500|CA|90000084|metro
Dallas-Fort Worth Metroplex|4800|TX|90000031|metro
Greater Houston|4300|TX|90000042|metro
Atlanta Metropolitan Area|4300|GA|90000052|metro
Washington DC-Baltimore Area|4200|MD|90000097|metro
Miami-Fort Lauderdale Area|4200|FL|90000056|metro
Greater Boston|4000|MA|90000007|metro
Greater Philadelphia|4000|PA|90000077|metro
Greater Seattle Area|3300|WA||metro
Greater Phoenix Area|3100|AZ|90000620|metro
Detroit Metropolitan Area|2700|MI||metro
Greater Minneapolis-St. Paul Area|2600|MN|90000512|metro
Denver Metropolitan Area|2500|CO||metro
Greater San Diego Area|2300|CA||metro
Greater Tampa Bay Area|2100|FL||metro
Austin, Texas Metropolitan Area|1800|TX|90000064|metro
Greater Orlando|1700|FL||metro
Charlotte Metro|1700|NC||metro
Portland, Oregon Metropolitan Area|1700|OR|90000079|metro
Greater St. Louis|1700|MO||metro
Greater Sacramento|1500|CA||metro
San Antonio, Texas Metropolitan Area|1500|TX||metro
Greater Pittsburgh Region|1500|PA||metro
Cleveland/Akron, Ohio Area|1500|OH||metro
Raleigh-Durham-Chapel Hill Area|1500|NC|90000664|metro
Las Vegas Metropolitan Area|1400|NV||metro
Cincinnati Metropolitan Area|1400|OH||metro
Kansas City Metropolitan Area|1400|MO||metro
Columbus, Ohio Metropolitan Area|1400|OH||metro
Indianapolis Metropolitan Area|1400|IN||metro
Nashville Metropolitan Area|1400|TN|90000536|metro
Salt Lake City Metropolitan Area|1000|UT||metro
Greater Milwaukee|1000|WI||metro
Jacksonville, Florida Metropolitan Area|1000|FL||metro
Greater Richmond Region|900|VA||metro
Oklahoma City Metropolitan Area|800|OK||metro
Greater Hartford|800|CT||metro
Greater New Orleans Region|800|LA||metro
Greater Memphis Area|800|TN||metro
Louisville Metropolitan Area|800|KY||metro
Greater Buffalo-Niagara Region|700|NY||metro
Greater Birmingham, Alabama Area|700|AL||metro
Greater Grand Rapids, Michigan Area|700|MI||metro
Rochester, New York Metropolitan Area|650|NY||metro
Greater Tucson Area|600|AZ||metro
Greater Providence|600|RI||metro
Greater Omaha|550|NE||metro
Albuquerque-Santa Fe Metropolitan Area|500|NM||metro
Greater Madison Area|450|WI||metro
Boise Metropolitan Area|450|ID||metro
Honolulu Metropolitan Area|450|HI||metro
London Area, United Kingdom|9000|England, United Kingdom|90009496|metro
Greater Paris Metropolitan Region|7000|Île-de-France, France|90009659|metro
Greater Toronto Area, Canada|5000|Ontario, Canada|90009551|metro
Greater Sydney Area|3500|New South Wales, Australia|90009524|metro
Greater Melbourne Area|3000|Victoria, Australia|90009521|metro
Greater Tokyo Area|1800|Japan|90009987|metro
Greater Munich Metropolitan Area|1500|Bavaria, Germany|90009735|metro
Düsseldorf, North Rhine-Westphalia, Germany|600|North Rhine-Westphalia, Germany|104008204|city
Greater Madrid Metropolitan Area|3500|Community of Madrid, Spain|90009790|metro
Greater Barcelona Metropolitan Area|2500|Catalonia, Spain|90009761|metro
Bengaluru, Karnataka, India|12000|Karnataka, India|105214831|city
Mumbai, Maharashtra, India|9000|Maharashtra, India|106164952|city
Dubai, United Arab Emirates|3500|United Arab Emirates|106204383|city
Zurich, Switzerland|800|Switzerland|102436504|city
Greater São Paulo|14000|São Paulo, Brazil||metro
`);

// More cities (entityType REGION, level city), so that "top U.S. cities" and the largest cities of a few other
// countries are there. name (LinkedIn's format) | members (thousands) | parent (as in REGIONS) | id.
const CITIES = table(`
Los Angeles, California, United States|2500|Los Angeles County, California, United States|
Chicago, Illinois, United States|1900|Greater Chicago Area|103112676
Houston, Texas, United States|1500|Greater Houston|103743442
Dallas, Texas, United States|1100|Dallas-Fort Worth Metroplex|
Philadelphia, Pennsylvania, United States|1050|Greater Philadelphia|
Phoenix, Arizona, United States|1000|Greater Phoenix Area|
San Francisco, California, United States|950|San Francisco Bay Area|102277331
San Diego, California, United States|950|Greater San Diego Area|
San Antonio, Texas, United States|850|San Antonio, Texas Metropolitan Area|
Austin, Texas, United States|850|Austin, Texas Metropolitan Area|104472865
Seattle, Washington, United States|800|Greater Seattle Area|104116203
San Jose, California, United States|700|San Francisco Bay Area|
Boston, Massachusetts, United States|700|Greater Boston|102380872
Charlotte, North Carolina, United States|700|Charlotte Metro|
Columbus, Ohio, United States|650|Columbus, Ohio Metropolitan Area|
Denver, Colorado, United States|650|Denver Metropolitan Area|
Atlanta, Georgia, United States|650|Atlanta Metropolitan Area|
Washington, District of Columbia, United States|600|DC|
Indianapolis, Indiana, United States|600|Indianapolis Metropolitan Area|
Jacksonville, Florida, United States|550|Jacksonville, Florida Metropolitan Area|
Fort Worth, Texas, United States|550|Dallas-Fort Worth Metroplex|
Nashville, Tennessee, United States|500|Nashville Metropolitan Area|
Portland, Oregon, United States|500|Portland, Oregon Metropolitan Area|
Miami, Florida, United States|500|Miami-Fort Lauderdale Area|
Las Vegas, Nevada, United States|450|Las Vegas Metropolitan Area|
Raleigh, North Carolina, United States|450|Raleigh-Durham-Chapel Hill Area|
Minneapolis, Minnesota, United States|450|Greater Minneapolis-St. Paul Area|
Oklahoma City, Oklahoma, United States|400|Oklahoma City Metropolitan Area|
Baltimore, Maryland, United States|400|Washington DC-Baltimore Area|
Sacramento, California, United States|400|Greater Sacramento|
Tampa, Florida, United States|400|Greater Tampa Bay Area|
Orlando, Florida, United States|400|Greater Orlando|
Louisville, Kentucky, United States|350|Louisville Metropolitan Area|
Milwaukee, Wisconsin, United States|350|Greater Milwaukee|
Kansas City, Missouri, United States|350|Kansas City Metropolitan Area|
El Paso, Texas, United States|350|TX|
Detroit, Michigan, United States|300|Detroit Metropolitan Area|
Memphis, Tennessee, United States|300|Greater Memphis Area|
Albuquerque, New Mexico, United States|300|Albuquerque-Santa Fe Metropolitan Area|
Tucson, Arizona, United States|300|Greater Tucson Area|
Pittsburgh, Pennsylvania, United States|300|Greater Pittsburgh Region|
Omaha, Nebraska, United States|300|Greater Omaha|
Fresno, California, United States|280|CA|
Cleveland, Ohio, United States|250|Cleveland/Akron, Ohio Area|
Cincinnati, Ohio, United States|250|Cincinnati Metropolitan Area|
St. Louis, Missouri, United States|250|Greater St. Louis|
New Orleans, Louisiana, United States|250|Greater New Orleans Region|
Honolulu, Hawaii, United States|250|Honolulu Metropolitan Area|
Salt Lake City, Utah, United States|220|Salt Lake City Metropolitan Area|
Richmond, Virginia, United States|220|Greater Richmond Region|
Madison, Wisconsin, United States|200|Greater Madison Area|
Boise, Idaho, United States|180|Boise Metropolitan Area|
Buffalo, New York, United States|180|Greater Buffalo-Niagara Region|
London, England, United Kingdom|6500|London Area, United Kingdom|102257491
Manchester, England, United Kingdom|900|England, United Kingdom|
Birmingham, England, United Kingdom|700|England, United Kingdom|
Glasgow, Scotland, United Kingdom|400|United Kingdom|
Toronto, Ontario, Canada|3000|Greater Toronto Area, Canada|100025096
Montreal, Quebec, Canada|1800|Quebec, Canada|
Vancouver, British Columbia, Canada|1300|British Columbia, Canada|
Calgary, Alberta, Canada|800|Alberta, Canada|
Ottawa, Ontario, Canada|700|Ontario, Canada|
Paris, Île-de-France, France|4000|Greater Paris Metropolitan Region|
Lyon, Auvergne-Rhône-Alpes, France|900|France|
Marseille, Provence-Alpes-Côte d'Azur, France|600|France|
Berlin, Berlin, Germany|2000|Germany|
Hamburg, Hamburg, Germany|1000|Germany|
Munich, Bavaria, Germany|1000|Greater Munich Metropolitan Area|
Frankfurt am Main, Hesse, Germany|700|Germany|
Cologne, North Rhine-Westphalia, Germany|600|North Rhine-Westphalia, Germany|
Delhi, India|9000|India|
Hyderabad, Telangana, India|7000|India|
Chennai, Tamil Nadu, India|5000|India|
Pune, Maharashtra, India|5000|Maharashtra, India|
São Paulo, São Paulo, Brazil|9000|Greater São Paulo|
Rio de Janeiro, Rio de Janeiro, Brazil|5000|Brazil|
Sydney, New South Wales, Australia|2500|Greater Sydney Area|
Melbourne, Victoria, Australia|2200|Greater Melbourne Area|
Madrid, Community of Madrid, Spain|2500|Greater Madrid Metropolitan Area|
Barcelona, Catalonia, Spain|1500|Greater Barcelona Metropolitan Area|
Mexico City, Mexico|6000|Mexico|
Guadalajara, Jalisco, Mexico|1500|Mexico|
Monterrey, Nuevo León, Mexico|1500|Mexico|
Tokyo, Japan|1300|Greater Tokyo Area|
Amsterdam, North Holland, Netherlands|1500|Netherlands|
`);

const LEVELS: Readonly<Record<string, PlaceLevel>> = { metro: "METRO", county: "COUNTY", city: "CITY" };

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
    [CITIES, 3],
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
  /** parent key (continent code, country name, "US-XX", state name, region name) -> URN */
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
    out.push(
      entity(urn, cell(row, 1), continentTotals.get(code) ?? 0, {
        entityType: "COUNTRY_GROUP",
        placeLevel: "CONTINENT",
      }),
    );
  }
  for (const row of COUNTRIES) {
    const name = cell(row, 0);
    const urn = idOf(row, 3, name);
    keys.set(name, urn);
    out.push(
      entity(urn, name, numCell(row, 1) * 1000, {
        parent: parentUrn(cell(row, 2)),
        entityType: "COUNTRY",
        placeLevel: "COUNTRY",
      }),
    );
  }
  const us = parentUrn("United States");
  for (const row of US_STATES) {
    const name = `${cell(row, 1)}, United States`;
    const urn = idOf(row, 3, name);
    keys.set(`US-${cell(row, 0)}`, urn);
    out.push(entity(urn, name, numCell(row, 2) * 1000, { parent: us, entityType: "STATE", placeLevel: "STATE" }));
  }
  for (const row of OTHER_STATES) {
    const name = cell(row, 0);
    const urn = idOf(row, 3, name);
    keys.set(name, urn);
    out.push(
      entity(urn, name, numCell(row, 1) * 1000, {
        parent: parentUrn(cell(row, 2)),
        entityType: "STATE",
        placeLevel: "STATE",
      }),
    );
  }
  const region = (row: readonly string[], placeLevel: PlaceLevel): void => {
    const name = cell(row, 0);
    const parentKey = cell(row, 2);
    const parent = parentUrn(/^[A-Z]{2}$/.test(parentKey) ? `US-${parentKey}` : parentKey);
    const urn = idOf(row, 3, name);
    if (keys.has(name)) throw new Error(`dataset: location "${name}" is given twice`);
    keys.set(name, urn);
    out.push(entity(urn, name, numCell(row, 1) * 1000, { parent, entityType: "REGION", placeLevel }));
  };
  for (const row of REGIONS) region(row, LEVELS[cell(row, 4)]!);
  for (const row of CITIES) region(row, "CITY");
  return out;
}

/**
 * Every location: continents, countries and territories, states/provinces, metro areas, counties and cities,
 * each with its `placeLevel`.
 */
export const geoEntities: readonly DatasetEntity[] = Object.freeze(buildGeo());
