import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { LinkedInError } from "../src/errors.js";
import { urn, UrnError, type ParsedUrn, type Urn } from "../src/urn.js";

function urnError(fn: () => unknown): UrnError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UrnError);
    expect(e).toBeInstanceOf(LinkedInError);
    return e as UrnError;
  }
  throw new Error("expected a UrnError");
}

describe("urn.parse", () => {
  it("parses a plain URN", () => {
    expect(urn.parse("urn:li:geo:103644278")).toStrictEqual({ namespace: "li", type: "geo", id: "103644278" });
    expect(urn.parse("urn:li:locale:en_US")).toStrictEqual({ namespace: "li", type: "locale", id: "en_US" });
    expect(urn.parse("urn:li:gender:FEMALE").id).toBe("FEMALE");
  });

  it("parses tuple URNs into parts", () => {
    expect(urn.parse("urn:li:ageRange:(25,34)")).toStrictEqual({
      namespace: "li",
      type: "ageRange",
      id: "(25,34)",
      parts: ["25", "34"],
    });
    expect(urn.parse("urn:li:staffCountRange:(51,200)").parts).toStrictEqual(["51", "200"]);
    expect(urn.parse("urn:li:ageRange:(55,2147483647)").parts).toStrictEqual(["55", "2147483647"]);
  });

  it("parses nested URN tuples with balanced parentheses", () => {
    expect(urn.parse("urn:li:sponsoredCreative:(urn:li:sponsoredAccount:1,2)")).toStrictEqual({
      namespace: "li",
      type: "sponsoredCreative",
      id: "(urn:li:sponsoredAccount:1,2)",
      parts: ["urn:li:sponsoredAccount:1", "2"],
    });
    expect(urn.parse("urn:li:x:(urn:li:y:(1,2),urn:li:z:(urn:li:w:3,4),5)").parts).toStrictEqual([
      "urn:li:y:(1,2)",
      "urn:li:z:(urn:li:w:3,4)",
      "5",
    ]);
  });

  // LinkedIn's own parser (Pegasus TupleKey): "(foo,bar(zoo,moo)) parsed is ["foo", "bar(zoo,moo)"]".
  it("accepts nested tuples as LinkedIn's grammar does, returning parts as LinkedIn's parser does", () => {
    expect(urn.parse("urn:li:foo:(foo,bar(zoo,moo))")).toStrictEqual({
      namespace: "li",
      type: "foo",
      id: "(foo,bar(zoo,moo))",
      parts: ["foo", "bar(zoo,moo)"],
    });
    expect(urn.parse("urn:li:x:((1,2),3)").parts).toStrictEqual(["(1,2)", "3"]);
    // A one-part id may hold balanced parentheses and commas.
    expect(urn.parse("urn:li:x:a(b,c)").id).toBe("a(b,c)");
    expect(urn.parse("urn:li:geo:1,2").parts).toBeUndefined();
    expect(urn.isUrn("urn:li:sponsoredAccount:1")).toBe(true);
    expect(urn.isUrn("urn:li:Foo:1")).toBe(false);
  });

  const malformed: [input: string, says: RegExp][] = [
    ["geo:103644278", /must start with "urn:li:"/],
    ["urn:foo:geo:1", /must start with "urn:li:"/],
    ["URN:li:geo:1", /must start with "urn:li:"/],
    ["urn:li:geo:", /empty id/],
    ["urn:li:geo", /missing ":<id>"/],
    ["urn:li::1", /empty entity type/],
    ["urn:li:9geo:1", /entity type "9geo"/],
    ["urn:li:Foo:1", /entity type "Foo" must start with a lower-case letter/],
    ["urn:li:GEO:1", /must start with a lower-case letter/],
    ["urn:li:geo:1 ", /whitespace at index 12/],
    [" urn:li:geo:1", /whitespace at index 0/],
    ["urn:li:geo:1\u00a02", /whitespace/],
    ["urn:li:ageRange:(25,34", /unbalanced parentheses: a '\(' in the id at index 16 is never closed/],
    ["urn:li:ageRange:(25,34))", /unbalanced parentheses|unexpected text after the tuple/],
    ["urn:li:ageRange:25,34)", /unbalanced parentheses: '\)' at index 21/],
    ["urn:li:ageRange:(25,34)x", /unexpected text after the tuple at index 23/],
    ["urn:li:ageRange:()", /empty tuple/],
    ["urn:li:ageRange:(25,)", /empty tuple element/],
    ["urn:li:ageRange:(,25)", /empty tuple element/],
    ["urn:li:x:(urn:li:y:,2)", /empty id/],
    ["urn:li:x:(urn:li:y:(1,2,3)", /never closed/],
    ["urn:li:geo:a(b", /unbalanced parentheses/],
    ["urn:li:geo:a)b(", /unbalanced parentheses: '\)' at index 12/],
    ["", /must start with "urn:li:"/],
  ];

  it.each(malformed)("rejects %j, naming the input and the problem", (input, says) => {
    const error = urnError(() => urn.parse(input));
    expect(error.message).toContain(JSON.stringify(input));
    expect(error.message).toMatch(says);
    expect(error.input).toBe(input);
  });

  it("rejects non-strings", () => {
    expect(urnError(() => urn.parse(42 as unknown as string)).message).toMatch(/expected a string, got a number/);
    expect(urnError(() => urn.parse(null as unknown as string)).message).toMatch(/got null/);
  });

  it("rejects absurdly deep nesting without overflowing the stack", () => {
    const deep = "urn:li:x:(".repeat(10_000) + "1" + ",2)".repeat(10_000);
    expect(urnError(() => urn.parse(deep)).message).toMatch(/nested more than/);
  });

  it("never throws anything but UrnError", () => {
    const piece = fc.constantFrom("urn:li:", "geo", ":", "(", ")", ",", "1", " ", "urn:li:x:");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
        ),
        (s) => {
          try {
            const parsed = urn.parse(s);
            expect(s).toBe(`urn:li:${parsed.type}:${parsed.id}`);
            expect(urn.isUrn(s)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(UrnError);
            expect(urn.isUrn(s)).toBe(false);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("returns a ParsedUrn", () => {
    expectTypeOf(urn.parse).returns.toEqualTypeOf<ParsedUrn>();
  });
});

describe("urn.isUrn", () => {
  it("accepts well-formed URNs, optionally of a given type", () => {
    expect(urn.isUrn("urn:li:geo:103644278")).toBe(true);
    expect(urn.isUrn("urn:li:geo:103644278", "geo")).toBe(true);
    expect(urn.isUrn("urn:li:geo:103644278", "function")).toBe(false);
    expect(urn.isUrn("urn:li:ageRange:(25,34)", "ageRange")).toBe(true);
  });

  it("rejects everything else without throwing", () => {
    for (const x of ["geo:1", "urn:li:geo:", "urn:li:geo:(1", 1, null, undefined, {}, ["urn:li:geo:1"]]) {
      expect(urn.isUrn(x)).toBe(false);
    }
  });

  it("narrows the type", () => {
    const x: unknown = "urn:li:geo:1";
    if (urn.isUrn(x, "geo")) expectTypeOf(x).toEqualTypeOf<Urn<"geo">>();
  });
});

describe("urn.format", () => {
  it("builds and checks a URN", () => {
    expect(urn.format("geo", 103644278)).toBe("urn:li:geo:103644278");
    expect(urn.format("ageRange", "(25,34)")).toBe("urn:li:ageRange:(25,34)");
    expect(urn.format("sponsoredCreative", "(urn:li:sponsoredAccount:1,2)")).toBe(
      "urn:li:sponsoredCreative:(urn:li:sponsoredAccount:1,2)",
    );
    expectTypeOf(urn.format("geo", 1)).toEqualTypeOf<Urn<"geo">>();
  });

  it("rejects bad types and ids", () => {
    expect(urnError(() => urn.format("", 1)).message).toMatch(/Invalid URN type ""/);
    expect(urnError(() => urn.format("a b", 1)).message).toMatch(/Invalid URN type "a b"/);
    expect(urnError(() => urn.format("geo", -1)).message).toMatch(/non-negative safe integer/);
    expect(urnError(() => urn.format("geo", 1.5)).message).toMatch(/Invalid geo id 1.5/);
    expect(urnError(() => urn.format("geo", "")).message).toMatch(/empty id/);
    expect(urnError(() => urn.format("geo", "a b")).message).toMatch(/whitespace/);
    expect(urnError(() => urn.format("ageRange", "(25,34")).message).toMatch(/never closed/);
  });

  it("format rejects an entity type LinkedIn's grammar rejects (upper-case first letter)", () => {
    expect(urnError(() => urn.format("Geo", 1)).message).toMatch(/must start with a lower-case letter/);
  });

  it("round-trips through parse for any type and non-negative integer id", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,20}$/), fc.maxSafeNat(), (type, id) => {
        expect(urn.parse(urn.format(type, id))).toStrictEqual({ namespace: "li", type, id: String(id) });
      }),
    );
  });
});

describe("URN builders", () => {
  it("build numeric URNs", () => {
    expect(urn.geo(103644278)).toBe("urn:li:geo:103644278");
    expect(urn.geo("103644278")).toBe("urn:li:geo:103644278");
    expect(urn.function(10)).toBe("urn:li:function:10");
    expect(urn.seniority(6)).toBe("urn:li:seniority:6");
    expect(urn.industry(4)).toBe("urn:li:industry:4");
    expect(urn.organization(1337)).toBe("urn:li:organization:1337");
    expect(urn.school(1792)).toBe("urn:li:organization:1792");
    expect(urn.title(1)).toBe("urn:li:title:1");
    expect(urn.skill(2)).toBe("urn:li:skill:2");
    expect(urn.interest(71363)).toBe("urn:li:interest:71363");
    expect(urn.degree(3)).toBe("urn:li:degree:3");
    expect(urn.fieldOfStudy(100990)).toBe("urn:li:fieldOfStudy:100990");
    expect(urn.group(5)).toBe("urn:li:group:5");
    expect(urn.yearsOfExperience(4)).toBe("urn:li:yearsOfExperience:4");
    expect(urn.memberBehavior(7)).toBe("urn:li:memberBehavior:7");
    expect(urn.adSegment(8)).toBe("urn:li:adSegment:8");
    expect(urn.organizationRankingList(9)).toBe("urn:li:organizationRankingList:9");
    expect(urn.sponsoredAccount(123456789)).toBe("urn:li:sponsoredAccount:123456789");
    expect(urn.sponsoredAccount("123456789012345678901234567890")).toBe(
      "urn:li:sponsoredAccount:123456789012345678901234567890",
    );
    expectTypeOf(urn.geo(1)).toEqualTypeOf<Urn<"geo">>();
    expectTypeOf(urn.geo(1)).toEqualTypeOf<`urn:li:geo:${string}`>();
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "0", "01", "-1", "1e3", "", " 1", "abc"])(
    "rejects the numeric id %j",
    (id) => {
      const error = urnError(() => urn.geo(id));
      expect(error.message).toMatch(/^Invalid geo id .*: expected a positive integer$/);
      expect(error.input).toBe(String(id));
    },
  );

  it("builds locales", () => {
    expect(urn.locale("en_US")).toBe("urn:li:locale:en_US");
    expect(urn.locale("pt-BR")).toBe("urn:li:locale:pt_BR");
    for (const bad of ["en", "EN_us", "en_us", "english", "en_US ", "", "en__US"]) {
      expect(urnError(() => urn.locale(bad)).message).toContain(JSON.stringify(bad));
    }
  });

  it("builds age ranges", () => {
    expect(urn.ageRange(18, 24)).toBe("urn:li:ageRange:(18,24)");
    expect(urn.ageRange(55)).toBe("urn:li:ageRange:(55,2147483647)");
    expect(urn.ageRange("55+")).toBe("urn:li:ageRange:(55,2147483647)");
    expect(urn.parse(urn.ageRange(25, 34)).parts).toStrictEqual(["25", "34"]);
    expect(urnError(() => urn.ageRange(34, 25)).message).toMatch(/lower bound exceeds the upper bound/);
    expect(urnError(() => urn.ageRange(-1, 5)).message).toMatch(/lower bound -1/);
    expect(urnError(() => urn.ageRange(18.5, 24)).message).toMatch(/lower bound 18.5/);
    expect(urnError(() => urn.ageRange("55" as `${number}+`)).message).toMatch(/"<min>\+"/);
  });

  it("builds staff count ranges and growth rates", () => {
    expect(urn.staffCountRange(51, 200)).toBe("urn:li:staffCountRange:(51,200)");
    expect(urn.staffCountRange(10001)).toBe("urn:li:staffCountRange:(10001,2147483647)");
    expect(urnError(() => urn.staffCountRange(0, 1)).message).toMatch(/from 1 to 2147483647/);
    expect(urn.growthRate(3, 10)).toBe("urn:li:growthRate:(3,10)");
  });

  it("builds genders", () => {
    expect(urn.gender("FEMALE")).toBe("urn:li:gender:FEMALE");
    expect(urn.gender("MALE")).toBe("urn:li:gender:MALE");
    expect(urnError(() => urn.gender("female" as "FEMALE")).message).toMatch(/expected "FEMALE" or "MALE"/);
  });

  it("builds facet URNs", () => {
    expect(urn.facet("locations")).toBe("urn:li:adTargetingFacet:locations");
    expectTypeOf(urn.facet("locations")).toEqualTypeOf<"urn:li:adTargetingFacet:locations">();
    expect(urnError(() => urn.facet("not a facet")).message).toContain('"not a facet"');
  });

  it("is frozen", () => {
    expect(Object.isFrozen(urn)).toBe(true);
  });
});
