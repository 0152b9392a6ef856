import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import {
  CAREER_STAGE_AFFINITIES,
  FUNCTION_AFFINITIES,
  isLeaderTitle,
  parseAffinities,
} from "../../src/testing/dataset/affinities.js";
import {
  TOTAL_MEMBERS,
  entityByUrn,
  facetByName,
  facetByUrn,
  facets,
  type DatasetEntity,
  type DatasetFacet,
} from "../../src/testing/dataset/index.js";

const DATASET_DIR = fileURLToPath(new URL("../../src/testing/dataset/", import.meta.url));

function mustFacet(name: string): DatasetFacet {
  const facet = facetByName(name);
  if (facet === undefined) throw new Error(`no facet ${name}`);
  return facet;
}

function nameOf(urn: string): string | undefined {
  return entityByUrn(urn)?.entity.name;
}

const MIN_COUNTS: Record<string, number> = {
  locations: 195 + 51 + 50,
  profileLocations: 195 + 51 + 50,
  jobFunctions: 26,
  seniorities: 10,
  industries: 120,
  employers: 220,
  titles: 220,
  skills: 220,
  interests: 120,
  ageRanges: 4,
  genders: 2,
  interfaceLocales: 20,
  staffCountRanges: 9,
  degrees: 15,
  fieldsOfStudy: 40,
  groups: 30,
  schools: 40,
  yearsOfExperienceRanges: 12,
  memberBehaviors: 8,
  employersPast: 220,
  dynamicSegments: 5,
};

const URN_SHAPES: Record<string, RegExp> = {
  locations: /^urn:li:geo:\d+$/,
  profileLocations: /^urn:li:geo:\d+$/,
  jobFunctions: /^urn:li:function:\d+$/,
  seniorities: /^urn:li:seniority:\d+$/,
  industries: /^urn:li:industry:\d+$/,
  employers: /^urn:li:organization:\d+$/,
  titles: /^urn:li:title:\d+$/,
  skills: /^urn:li:skill:\d+$/,
  interests: /^urn:li:interest:\d+$/,
  ageRanges: /^urn:li:ageRange:\(\d+,\d+\)$/,
  genders: /^urn:li:gender:(FEMALE|MALE)$/,
  interfaceLocales: /^urn:li:locale:[a-z]{2}_[A-Z]{2}$/,
  staffCountRanges: /^urn:li:staffCountRange:\(\d+,\d+\)$/,
  degrees: /^urn:li:degree:\d+$/,
  fieldsOfStudy: /^urn:li:fieldOfStudy:\d+$/,
  groups: /^urn:li:group:\d+$/,
  schools: /^urn:li:organization:\d+$/,
  yearsOfExperienceRanges: /^urn:li:yearsOfExperience:\d+$/,
  memberBehaviors: /^urn:li:memberBehavior:\d+$/,
  companyCategory: /^urn:li:organizationRankingList:\d+$/,
  employersPast: /^urn:li:organization:\d+$/,
  dynamicSegments: /^urn:li:adSegment:\d+$/,
};

describe("dataset facets", () => {
  it("has at least 18 facets, every required one, in a stable order starting with the spec's example", () => {
    expect(facets.length).toBeGreaterThanOrEqual(18);
    const names = facets.map((f) => f.facetName);
    for (const name of Object.keys(URN_SHAPES)) expect(names).toContain(name);
    expect(names.slice(0, 8)).toEqual([
      "jobFunctions",
      "ageRanges",
      "groups",
      "employers",
      "industries",
      "seniorities",
      "locations",
      "interests",
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives every facet its adTargetingFacet URN, entity types and finders", () => {
    for (const f of facets) {
      expect(f.urn).toBe(`urn:li:adTargetingFacet:${f.facetName}`);
      expect(f.entityTypes.length).toBeGreaterThan(0);
      expect(f.availableEntityFinders.length).toBeGreaterThan(0);
      for (const finder of f.availableEntityFinders) {
        expect(["AD_TARGETING_FACET", "TYPEAHEAD", "SIMILAR_ENTITIES", "$UNKNOWN"]).toContain(finder);
      }
    }
  });

  it("matches the spec's AdTargetingFacetsResponseExample", () => {
    const expected: Record<string, [string[], string[]]> = {
      jobFunctions: [["FUNCTION"], ["AD_TARGETING_FACET"]],
      ageRanges: [["AGE"], ["AD_TARGETING_FACET"]],
      groups: [["GROUP"], ["TYPEAHEAD", "SIMILAR_ENTITIES"]],
      employers: [["COMPANY"], ["TYPEAHEAD", "SIMILAR_ENTITIES"]],
      industries: [["INDUSTRY"], ["AD_TARGETING_FACET", "TYPEAHEAD", "SIMILAR_ENTITIES"]],
      seniorities: [["SENIORITY"], ["AD_TARGETING_FACET"]],
      locations: [
        ["COUNTRY_GROUP", "COUNTRY", "STATE", "REGION"],
        ["AD_TARGETING_FACET", "TYPEAHEAD"],
      ],
      interests: [["INTEREST"], ["TYPEAHEAD", "AD_TARGETING_FACET"]],
    };
    for (const [name, [entityTypes, finders]] of Object.entries(expected)) {
      const f = mustFacet(name);
      expect([...f.entityTypes]).toEqual(entityTypes);
      expect([...f.availableEntityFinders]).toEqual(finders);
    }
    // LinkedIn's Postman collection pages through titles and skills with q=adTargetingFacet.
    expect([...mustFacet("skills").availableEntityFinders]).toEqual(["AD_TARGETING_FACET", "TYPEAHEAD"]);
    expect([...mustFacet("titles").availableEntityFinders]).toEqual([
      "AD_TARGETING_FACET",
      "TYPEAHEAD",
      "SIMILAR_ENTITIES",
    ]);
    // LinkedIn's adTargetingFacets samples.
    expect([...mustFacet("employersPast").entityTypes]).toEqual(["COMPANY"]);
    expect([...mustFacet("employersPast").availableEntityFinders]).toEqual(["TYPEAHEAD", "SIMILAR_ENTITIES"]);
    expect([...mustFacet("dynamicSegments").entityTypes]).toEqual(["$UNKNOWN"]);
    expect([...mustFacet("dynamicSegments").availableEntityFinders]).toEqual(["$UNKNOWN"]);
    expect([...mustFacet("staffCountRanges").entityTypes]).toEqual(["COMPANY_SIZE"]);
    expect([...mustFacet("genders").availableEntityFinders]).toEqual(["AD_TARGETING_FACET"]);
  });

  it("has the minimum number of entities per facet", () => {
    for (const [name, min] of Object.entries(MIN_COUNTS)) {
      expect(mustFacet(name).entities.length, name).toBeGreaterThanOrEqual(min);
    }
  });
});

describe("dataset entities", () => {
  it("uses the documented URN namespace of each facet", () => {
    for (const f of facets) {
      const shape = URN_SHAPES[f.facetName];
      expect(shape, f.facetName).toBeDefined();
      for (const e of f.entities) expect(e.urn, f.facetName).toMatch(shape ?? /^$/);
    }
  });

  it("has non-empty names and positive integer member counts", () => {
    for (const f of facets) {
      for (const e of f.entities) {
        expect(e.name.trim().length, e.urn).toBeGreaterThan(0);
        expect(e.name, e.urn).toBe(e.name.trim());
        expect(Number.isInteger(e.members), e.urn).toBe(true);
        expect(e.members, e.urn).toBeGreaterThan(0);
        expect(e.members, e.urn).toBeLessThanOrEqual(TOTAL_MEMBERS);
      }
    }
  });

  it("has unique URNs and names within each facet", () => {
    for (const f of facets) {
      expect(new Set(f.entities.map((e) => e.urn)).size, f.facetName).toBe(f.entities.length);
      expect(new Set(f.entities.map((e) => e.name)).size, f.facetName).toBe(f.entities.length);
    }
  });

  it("shares URNs across facets only between locations/profileLocations and employers/employersPast", () => {
    const owner = new Map<string, string>();
    for (const f of facets) {
      if (f.facetName === "profileLocations" || f.facetName === "employersPast") continue;
      for (const e of f.entities) {
        const other = owner.get(e.urn);
        expect(other, `${e.urn} in ${f.facetName} and ${other}`).toBeUndefined();
        owner.set(e.urn, f.facetName);
      }
    }
    expect(mustFacet("profileLocations").entities).toBe(mustFacet("locations").entities);
    expect(mustFacet("employersPast").entities).toBe(mustFacet("employers").entities);
  });

  it("gives parents only to locations, and every parent exists and is larger", () => {
    for (const f of facets) {
      const byUrn = new Map(f.entities.map((e) => [e.urn, e]));
      for (const e of f.entities) {
        if (e.parent === undefined) continue;
        expect(f.facetName === "locations" || f.facetName === "profileLocations").toBe(true);
        const parent = byUrn.get(e.parent);
        expect(parent, `${e.name} -> ${e.parent}`).toBeDefined();
        expect(parent?.members ?? 0, `${e.name} < ${parent?.name}`).toBeGreaterThan(e.members);
      }
    }
  });

  it("contains no randomness or clock", () => {
    for (const file of readdirSync(DATASET_DIR)) {
      const text = readFileSync(join(DATASET_DIR, file), "utf8");
      expect(text, file).not.toMatch(/Math\.random|Date\.now|new Date\b|performance\.now/);
    }
  });

  it("includes accented names for accent-insensitive search", () => {
    const accented = (f: string) =>
      mustFacet(f).entities.filter((e) => /[\u0300-\u036f]/.test(e.name.normalize("NFD")));
    expect(accented("locations").map((e) => e.name)).toEqual(
      expect.arrayContaining(["Côte d'Ivoire", "São Tomé and Príncipe", "Türkiye", "Curaçao", "Réunion"]),
    );
    expect(accented("employers").map((e) => e.name)).toEqual(expect.arrayContaining(["Société Générale", "Nestlé"]));
    expect(accented("schools").length).toBeGreaterThan(0);
  });

  it("stays within the size budget", () => {
    let bytes = 0;
    for (const file of readdirSync(DATASET_DIR)) {
      if (file.endsWith(".ts")) bytes += statSync(join(DATASET_DIR, file)).size;
    }
    expect(bytes).toBeLessThanOrEqual(300_000);
  });
});

describe("locations", () => {
  const geo = mustFacet("locations").entities;
  const ofType = (t: string) => geo.filter((e) => e.entityType === t);
  const US = "urn:li:geo:103644278";

  it("types every location and sizes continents as the sum of their countries", () => {
    for (const e of geo) expect(["COUNTRY_GROUP", "COUNTRY", "STATE", "REGION"]).toContain(e.entityType);
    for (const continent of ofType("COUNTRY_GROUP")) {
      const sum = ofType("COUNTRY")
        .filter((c) => c.parent === continent.urn)
        .reduce((s, c) => s + c.members, 0);
      expect(continent.members, continent.name).toBe(sum);
    }
  });

  it("has every country, and countries add up to at most the member base", () => {
    const countries = ofType("COUNTRY");
    expect(countries.length).toBeGreaterThanOrEqual(195);
    const names = countries.map((c) => c.name);
    for (const n of [
      "Germany",
      "Japan",
      "Nigeria",
      "Côte d'Ivoire",
      "Tuvalu",
      "Vatican City",
      "North Korea",
      "Bhutan",
    ]) {
      expect(names).toContain(n);
    }
    const total = countries.reduce((s, c) => s + c.members, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_MEMBERS);
    expect(TOTAL_MEMBERS).toBeGreaterThanOrEqual(900_000_000);
    expect(TOTAL_MEMBERS).toBeLessThanOrEqual(1_300_000_000);
  });

  it("has realistic country sizes", () => {
    const members = (urn: string) => entityByUrn(urn)?.entity.members ?? 0;
    expect(members(US)).toBeGreaterThan(200_000_000);
    expect(members("urn:li:geo:102713980")).toBeGreaterThan(100_000_000); // India
    expect(members("urn:li:geo:106057199")).toBeGreaterThan(50_000_000); // Brazil
    expect(members("urn:li:geo:101165590")).toBeGreaterThan(30_000_000); // United Kingdom
    const tuvalu = geo.find((e) => e.name === "Tuvalu");
    expect(tuvalu?.members ?? Infinity).toBeLessThan(100_000);
  });

  it("has all 50 US states plus DC under the United States", () => {
    const states = ofType("STATE").filter((e) => e.parent === US);
    expect(states.length).toBe(51);
    for (const s of states) expect(s.name).toMatch(/^[A-Z][A-Za-z .]+, United States$/);
    expect(states.map((s) => s.name)).toContain("District of Columbia, United States");
    expect(states.reduce((s, e) => s + e.members, 0)).toBeLessThanOrEqual(members(US));
    function members(urn: string) {
      return entityByUrn(urn)?.entity.members ?? 0;
    }
  });

  const ancestors = (e: DatasetEntity): DatasetEntity[] => {
    const out: DatasetEntity[] = [];
    for (let p = e.parent; p !== undefined; p = entityByUrn(p)?.entity.parent) out.push(entityByUrn(p)!.entity);
    return out;
  };
  const inUS = (e: DatasetEntity) => ancestors(e).some((a) => a.urn === US);
  const ofLevel = (level: string) => geo.filter((e) => e.placeLevel === level);

  it("has at least 50 US metro areas, each under a US state", () => {
    const usStates = new Set(
      ofType("STATE")
        .filter((e) => e.parent === US)
        .map((e) => e.urn),
    );
    const usMetros = ofLevel("METRO").filter((e) => e.parent !== undefined && usStates.has(e.parent));
    expect(usMetros.length).toBeGreaterThanOrEqual(50);
    const names = usMetros.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Greater Seattle Area", "San Francisco Bay Area", "Greater Boston"]));
  });

  it("gives every location its place level, consistent with its entity type and its parent's level", () => {
    const expected: Record<string, string[]> = {
      COUNTRY_GROUP: ["CONTINENT"],
      COUNTRY: ["COUNTRY"],
      STATE: ["STATE"],
      REGION: ["METRO", "COUNTY", "CITY"],
    };
    const order = ["CONTINENT", "COUNTRY", "STATE", "METRO", "COUNTY", "CITY"];
    for (const e of geo) {
      expect(expected[e.entityType!], e.name).toContain(e.placeLevel);
      if (e.parent === undefined) continue;
      const parent = entityByUrn(e.parent)!.entity;
      expect(order.indexOf(parent.placeLevel!), `${e.name} in ${parent.name}`).toBeLessThan(
        order.indexOf(e.placeLevel!),
      );
    }
  });

  it("has real cities: at least 30 in the United States, and the largest of other countries", () => {
    const cities = ofLevel("CITY");
    const us = cities.filter(inUS);
    expect(us.length).toBeGreaterThanOrEqual(30);
    for (const c of us) expect(c.name).toMatch(/^[A-Z][A-Za-z .]+, [A-Z][A-Za-z ]+, United States$/);
    expect(us.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "New York, New York, United States",
        "Los Angeles, California, United States",
        "Chicago, Illinois, United States",
        "Houston, Texas, United States",
        "San Francisco, California, United States",
        "Seattle, Washington, United States",
      ]),
    );
    const countries = new Set(
      cities.filter((c) => !inUS(c)).map((c) => ancestors(c).find((a) => a.entityType === "COUNTRY")!.name),
    );
    for (const country of ["United Kingdom", "Canada", "France", "Germany", "India", "Brazil", "Australia"]) {
      expect(countries, country).toContain(country);
    }
    // Plausible sizes: a big city is hundreds of thousands to a few million members.
    for (const c of cities) {
      expect(c.members, c.name).toBeGreaterThanOrEqual(100_000);
      expect(c.members, c.name).toBeLessThanOrEqual(12_000_000);
    }
  });

  it("nests every place inside its parent: children never add up to more than the parent", () => {
    const children = new Map<string, number>();
    for (const e of geo) if (e.parent) children.set(e.parent, (children.get(e.parent) ?? 0) + e.members);
    for (const [urn, sum] of children) {
      const parent = entityByUrn(urn)!.entity;
      expect(sum, parent.name).toBeLessThanOrEqual(parent.members);
    }
    // So the cities changed no country: the United States stays at 230 M members.
    expect(entityByUrn(US)?.entity.members).toBe(230_000_000);
  });

  it("contains the spec example's locations with their exact names", () => {
    const expected: Record<string, string> = {
      "urn:li:geo:103644278": "United States",
      "urn:li:geo:102095887": "California, United States",
      "urn:li:geo:102748797": "Texas, United States",
      "urn:li:geo:105080838": "New York, United States",
      "urn:li:geo:101318387": "Florida, United States",
      "urn:li:geo:103104382": "Los Angeles County, California, United States",
      "urn:li:geo:102571732": "New York, New York, United States",
      "urn:li:geo:101949407": "Illinois, United States",
      "urn:li:geo:102986501": "Pennsylvania, United States",
      "urn:li:geo:103950076": "Georgia, United States",
    };
    for (const [urn, name] of Object.entries(expected)) expect(nameOf(urn), urn).toBe(name);
    // Los Angeles County in California (through its metro area), New York City in New York state.
    expect(ancestors(entityByUrn("urn:li:geo:103104382")!.entity).map((a) => a.urn)).toContain("urn:li:geo:102095887");
    expect(ancestors(entityByUrn("urn:li:geo:102571732")!.entity).map((a) => a.urn)).toContain("urn:li:geo:105080838");
  });

  it("ranks the spec example's 'united states' typeahead page by member count", () => {
    const top = geo
      .filter((e) => e.name.toLowerCase().includes("united states"))
      .sort((a, b) => b.members - a.members)
      .slice(0, 10)
      .map((e) => e.urn);
    expect(top).toEqual([
      "urn:li:geo:103644278",
      "urn:li:geo:102095887",
      "urn:li:geo:102748797",
      "urn:li:geo:105080838",
      "urn:li:geo:101318387",
      "urn:li:geo:103104382",
      "urn:li:geo:102571732",
      "urn:li:geo:101949407",
      "urn:li:geo:102986501",
      "urn:li:geo:103950076",
    ]);
  });

  it("uses LinkedIn's real ids for well-known countries", () => {
    const expected: Record<string, string> = {
      "101165590": "United Kingdom",
      "101174742": "Canada",
      "102713980": "India",
      "101282230": "Germany",
      "105015875": "France",
      "101452733": "Australia",
      "106057199": "Brazil",
      "102890719": "Netherlands",
      "105646813": "Spain",
      "103350119": "Italy",
    };
    for (const [id, name] of Object.entries(expected)) expect(nameOf(`urn:li:geo:${id}`)).toBe(name);
  });
});

describe("fixed enumerations", () => {
  const names = (facet: string) => mustFacet(facet).entities.map((e) => [e.urn, e.name]);

  it("has LinkedIn's 26 job functions", () => {
    const expected = [
      "Accounting",
      "Administrative",
      "Arts and Design",
      "Business Development",
      "Community and Social Services",
      "Consulting",
      "Education",
      "Engineering",
      "Entrepreneurship",
      "Finance",
      "Healthcare Services",
      "Human Resources",
      "Information Technology",
      "Legal",
      "Marketing",
      "Media and Communication",
      "Military and Protective Services",
      "Operations",
      "Product Management",
      "Program and Project Management",
      "Purchasing",
      "Quality Assurance",
      "Real Estate",
      "Research",
      "Sales",
      "Support",
    ];
    expect(names("jobFunctions")).toEqual(expected.map((n, i) => [`urn:li:function:${i + 1}`, n]));
  });

  it("has the 10 seniorities", () => {
    const expected = ["Unpaid", "Training", "Entry", "Senior", "Manager", "Director", "VP", "CXO", "Partner", "Owner"];
    expect(names("seniorities")).toEqual(expected.map((n, i) => [`urn:li:seniority:${i + 1}`, n]));
  });

  it("has the age ranges, genders and staff count ranges", () => {
    expect(names("ageRanges")).toEqual([
      ["urn:li:ageRange:(18,24)", "18 to 24"],
      ["urn:li:ageRange:(25,34)", "25 to 34"],
      ["urn:li:ageRange:(35,54)", "35 to 54"],
      ["urn:li:ageRange:(55,2147483647)", "55+"],
    ]);
    expect(names("genders")).toEqual([
      ["urn:li:gender:FEMALE", "Female"],
      ["urn:li:gender:MALE", "Male"],
    ]);
    expect(names("staffCountRanges")).toEqual([
      ["urn:li:staffCountRange:(1,1)", "Myself Only"],
      ["urn:li:staffCountRange:(2,10)", "2-10 employees"],
      ["urn:li:staffCountRange:(11,50)", "11-50 employees"],
      ["urn:li:staffCountRange:(51,200)", "51-200 employees"],
      ["urn:li:staffCountRange:(201,500)", "201-500 employees"],
      ["urn:li:staffCountRange:(501,1000)", "501-1,000 employees"],
      ["urn:li:staffCountRange:(1001,5000)", "1,001-5,000 employees"],
      ["urn:li:staffCountRange:(5001,10000)", "5,001-10,000 employees"],
      ["urn:li:staffCountRange:(10001,2147483647)", "10,001+ employees"],
    ]);
  });

  it("has interface locales and years of experience", () => {
    for (const [urn, name] of [
      ["urn:li:locale:en_US", "English"],
      ["urn:li:locale:de_DE", "German"],
      ["urn:li:locale:fr_FR", "French"],
      ["urn:li:locale:es_ES", "Spanish"],
      ["urn:li:locale:pt_BR", "Portuguese"],
    ] as const) {
      expect(nameOf(urn)).toBe(name);
    }
    const years = mustFacet("yearsOfExperienceRanges").entities.map((e) => e.urn);
    expect(years).toEqual(Array.from({ length: 12 }, (_, i) => `urn:li:yearsOfExperience:${i + 1}`));
    expect(nameOf("urn:li:yearsOfExperience:1")).toBe("1 year");
    expect(nameOf("urn:li:yearsOfExperience:2")).toBe("2 years");
  });
});

describe("open-ended facets", () => {
  it("uses LinkedIn's industry ids", () => {
    expect(nameOf("urn:li:industry:4")).toBe("Software Development");
    expect(nameOf("urn:li:industry:6")).toBe("Technology, Information and Internet");
    expect(nameOf("urn:li:industry:96")).toBe("IT Services and IT Consulting");
    expect(nameOf("urn:li:industry:43")).toBe("Financial Services");
    expect(nameOf("urn:li:industry:41")).toBe("Banking");
    expect(nameOf("urn:li:industry:14")).toBe("Hospitals and Health Care");
  });

  it("has the spec example's interests", () => {
    for (const id of [71363, 420, 2689786, 3440, 1537154]) {
      expect(entityByUrn(`urn:li:interest:${id}`)?.facet.facetName).toBe("interests");
    }
  });

  it("uses LinkedIn's real organization ids for well-known employers", () => {
    const expected: Record<string, string> = {
      "1035": "Microsoft",
      "1441": "Google",
      "1337": "LinkedIn",
      "1586": "Amazon",
      "1009": "IBM",
      "162479": "Apple",
      "1028": "Oracle",
      "3185": "Salesforce",
      "1038": "Deloitte",
      "1033": "Accenture",
    };
    for (const [id, name] of Object.entries(expected)) {
      const found = entityByUrn(`urn:li:organization:${id}`);
      expect(found?.facet.facetName).toBe("employers");
      expect(found?.entity.name).toBe(name);
    }
  });

  it("gives every employer a LinkedIn industry of the industries facet", () => {
    const industries = new Set(mustFacet("industries").entities.map((e) => e.urn));
    for (const e of mustFacet("employers").entities) expect(industries, e.name).toContain(e.industry);
    expect(nameOf(entityByUrn("urn:li:organization:1035")!.entity.industry!)).toBe("Software Development");
  });

  it("has finance-leadership titles", () => {
    const titles = mustFacet("titles").entities.map((e) => e.name);
    expect(titles).toEqual(
      expect.arrayContaining(["Finance Director", "Director of Finance", "Chief Financial Officer"]),
    );
  });

  it("resolves schools to the schools facet", () => {
    for (const e of mustFacet("schools").entities) expect(entityByUrn(e.urn)?.facet.facetName).toBe("schools");
  });
});

describe("lookups", () => {
  it("finds facets by name and URN", () => {
    for (const f of facets) {
      expect(facetByName(f.facetName)).toBe(f);
      expect(facetByUrn(f.urn)).toBe(f);
    }
    expect(facetByName("nope")).toBeUndefined();
    expect(facetByUrn("urn:li:adTargetingFacet:nope")).toBeUndefined();
    expect(facetByUrn("locations")).toBeUndefined();
  });

  it("finds every entity by URN", () => {
    for (const f of facets) {
      for (const e of f.entities) {
        const found = entityByUrn(e.urn);
        expect(found?.entity).toBe(e);
        expect(found?.facet.entities).toContain(e);
      }
    }
    expect(entityByUrn("urn:li:geo:103644278")?.facet.facetName).toBe("locations");
    expect(entityByUrn("urn:li:geo:1")).toBeUndefined();
    expect(entityByUrn("")).toBeUndefined();
  });

  it("is deterministic and immutable", async () => {
    const fingerprint = (list: readonly DatasetFacet[]) =>
      list.map((f) => f.entities.map((e: DatasetEntity) => `${e.urn}=${e.members}`).join(",")).join(";");
    vi.resetModules();
    const again = await import("../../src/testing/dataset/index.js");
    expect(again.facets).not.toBe(facets); // a fresh evaluation of the modules
    expect(fingerprint(again.facets)).toBe(fingerprint(facets));
    const us = entityByUrn("urn:li:geo:103644278")?.entity;
    expect(Object.isFrozen(us)).toBe(true);
    expect(Object.isFrozen(mustFacet("locations").entities)).toBe(true);
  });
});

describe("affinity tables (who is who in the population)", () => {
  const functions = parseAffinities(FUNCTION_AFFINITIES);
  const stages = parseAffinities(CAREER_STAGE_AFFINITIES);

  it("relate each of the 26 job functions to industries, skills, interests, titles and degrees", () => {
    expect(functions.map((b) => b.name).sort()).toEqual(
      mustFacet("jobFunctions")
        .entities.map((e) => e.name)
        .sort(),
    );
    for (const block of functions) {
      expect(block.leaders, block.name).toBeGreaterThan(0);
      expect(block.leaders, block.name).toBeLessThan(1);
      for (const facet of ["industries", "skills", "interests", "titles"]) {
        expect(block.facets.get(facet)?.length ?? 0, `${block.name} ${facet}`).toBeGreaterThanOrEqual(4);
      }
      expect(block.facets.has("fieldsOfStudy") || block.facets.has("degrees"), block.name).toBe(true);
    }
    expect(stages.map((b) => b.name).sort()).toEqual(["individual contributors", "leaders", "students"]);
  });

  it("name only values their facet has, each once per line, with positive factors", () => {
    for (const block of [...functions, ...stages]) {
      for (const [facet, values] of block.facets) {
        const names = new Set(mustFacet(facet).entities.map((e) => e.name));
        for (const v of values) {
          expect(names.has(v.name), `${block.name} ${facet}: ${v.name}`).toBe(true);
          if (v.factor !== undefined) expect(v.factor, `${block.name} ${facet}: ${v.name}`).toBeGreaterThan(0);
        }
        const listed = values.map((v) => v.name);
        expect(new Set(listed).size, `${block.name} ${facet}: ${listed.join("; ")}`).toBe(listed.length);
      }
    }
  });

  it("give most titles a job function", () => {
    const listed = new Set(functions.flatMap((b) => (b.facets.get("titles") ?? []).map((v) => v.name)));
    const titles = mustFacet("titles").entities.map((e) => e.name);
    const homeless = titles.filter((t) => !listed.has(t));
    // General titles (Owner, Manager, Director, Intern …) belong to no one function.
    expect(homeless.length / titles.length, homeless.join(", ")).toBeLessThan(0.1);
  });

  it("tell leaders' titles from individual contributors'", () => {
    for (const t of [
      "Chief Financial Officer",
      "Finance Director",
      "Vice President of Engineering",
      "Head of Finance",
    ]) {
      expect(isLeaderTitle(t), t).toBe(true);
    }
    for (const t of ["Manager", "Owner", "Partner", "Controller", "General Counsel", "Store Manager"]) {
      expect(isLeaderTitle(t), t).toBe(true);
    }
    for (const t of [
      "Financial Analyst",
      "Software Engineer",
      "HR Business Partner",
      "Product Owner",
      "Account Manager",
    ]) {
      expect(isLeaderTitle(t), t).toBe(false);
    }
    for (const t of ["Legal Counsel", "Product Manager", "Property Manager", "Intern", "Registered Nurse"]) {
      expect(isLeaderTitle(t), t).toBe(false);
    }
  });

  it("rejects a malformed table at once", () => {
    expect(() => parseAffinities("skills: Accounting")).toThrow(/before any block/);
    expect(() => parseAffinities("# Finance | 0.3\nskills: Accounting\nskills: Finance")).toThrow(/twice/);
    expect(() => parseAffinities("# Finance | 0.3\nFinance; Accounting")).toThrow(/without a facet/);
  });

  it("has what LinkedIn's own Audience Insights use case asks about, and each function's signature values", () => {
    const has = (facet: string, name: string) => mustFacet(facet).entities.some((e) => e.name === name);
    expect(has("interests", "Computer Programming")).toBe(true);
    for (const name of ["Digital Marketing", "Social Media Marketing", "Human Resources", "Graphic Design", "Sales"]) {
      expect(has("interests", name), name).toBe(true);
    }
    for (const name of [
      "Financial Modeling",
      "Python (Programming Language)",
      "Recruiting",
      "Search Engine Optimization (SEO)",
    ]) {
      expect(has("skills", name), name).toBe(true);
    }
  });
});
