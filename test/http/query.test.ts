import { describe, expect, it } from "vitest";
import { encodeQueryValue, serializeQuery } from "../../src/http/query.js";

describe("serializeQuery (Rest.li-aware, encode once)", () => {
  it("encodes URN values exactly once, including ':'", () => {
    expect(serializeQuery({ facet: "urn:li:x:1" })).toBe("facet=urn%3Ali%3Ax%3A1");
  });

  it("normalises an already-encoded value instead of double-encoding it (the spec's own examples)", () => {
    expect(serializeQuery({ facet: "urn%3Ali%3AadTargetingFacet%3Alocations", query: "united%20states" })).toBe(
      "facet=urn%3Ali%3AadTargetingFacet%3Alocations&query=united%20states",
    );
    expect(serializeQuery({ facet: "urn%3Ali%3Ax%3A1" })).not.toContain("%25");
  });

  it("encodes parentheses, commas and quotes inside values", () => {
    expect(encodeQueryValue("urn:li:ageRange:(25,34)")).toBe("urn%3Ali%3AageRange%3A%2825%2C34%29");
    expect(encodeQueryValue("it's")).toBe("it%27s");
    expect(encodeQueryValue("")).toBe("''");
  });

  it("keeps Rest.li structure literal for lists and records", () => {
    expect(serializeQuery({ urns: ["urn:li:geo:103644278", "urn:li:geo:102095887"] })).toBe(
      "urns=List(urn%3Ali%3Ageo%3A103644278,urn%3Ali%3Ageo%3A102095887)",
    );
    expect(
      serializeQuery({ tc: { include: { and: [{ or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:1"] } }] } } }),
    ).toBe("tc=(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A1))))))");
  });

  it("sends already-encoded Rest.li text unchanged", () => {
    expect(serializeQuery({ urns: "List(urn%3Ali%3Ageo%3A1,urn%3Ali%3Ageo%3A2)" })).toBe(
      "urns=List(urn%3Ali%3Ageo%3A1,urn%3Ali%3Ageo%3A2)",
    );
  });

  it("treats text that merely looks encoded but is not as literal", () => {
    expect(encodeQueryValue("100%")).toBe("100%25");
    expect(encodeQueryValue("%E0%A4%A")).toBe("%25E0%25A4%25A");
    expect(encodeQueryValue("(not restli")).toBe("%28not%20restli");
  });

  it("writes numbers and booleans as text and leaves out undefined and null", () => {
    expect(serializeQuery({ start: 0, count: 100, totals: true, a: undefined, b: null })).toBe(
      "start=0&count=100&totals=true",
    );
  });

  it("encodes non-ASCII text as UTF-8", () => {
    expect(encodeQueryValue("Côte d'Ivoire")).toBe("C%C3%B4te%20d%27Ivoire");
  });
});
