// The conformance helpers must catch what they claim to catch, or every "validated" answer means nothing.

import { describe, expect, it } from "vitest";
import { findOperation, validateRequest, validateResponse } from "../support/spec.js";

const entity = { name: "United States", urn: "urn:li:geo:103644278", facetUrn: "urn:li:adTargetingFacet:locations" };
const headers = { authorization: "Bearer t", "LinkedIn-Version": "202610", "X-Restli-Protocol-Version": "2.0.0" };

describe("validateResponse", () => {
  it("accepts conforming bodies and reports schema problems with their path", () => {
    expect(
      validateResponse("GET", "/rest/adTargetingEntities", 200, {
        elements: [entity],
        paging: { start: 0, count: 10, total: 1, links: [] },
      }),
    ).toEqual([]);
    const missing = validateResponse("GET", "/adTargetingEntities?q=typeahead", 200, {
      elements: [{ name: "x", urn: "u" }],
    });
    expect(missing.join("\n")).toContain("/elements/0 must have required property 'facetUrn'");
    const wrongType = validateResponse("POST", "/targetingAudienceInsights", 200, {
      value: { totalAudienceCount: "5" },
    });
    expect(wrongType.join("\n")).toContain("/value/totalAudienceCount must be integer");
  });

  it("closed mode reports unknown fields", () => {
    const body = { elements: [{ ...entity, extra: 1 }] };
    expect(validateResponse("GET", "/adTargetingEntities", 200, body)).toEqual([]);
    expect(validateResponse("GET", "/adTargetingEntities", 200, body, { closed: true }).join("\n")).toContain(
      "(extra)",
    );
  });

  it("undocumented statuses are problems unless allowed, then checked as ErrorResponse", () => {
    const body = { status: 426, code: "NONEXISTENT_VERSION", message: "Requested version 20250401 is not active" };
    expect(validateResponse("GET", "/adTargetingFacets", 426, body).join("\n")).toContain(
      "status 426 is not documented",
    );
    expect(validateResponse("GET", "/adTargetingFacets", 426, body, { allowUndocumentedErrors: true })).toEqual([]);
    expect(
      validateResponse("GET", "/adTargetingFacets", 426, { ...body, status: "426" }, { allowUndocumentedErrors: true }),
    ).not.toEqual([]);
    expect(
      validateResponse(
        "GET",
        "/adTargetingFacets",
        426,
        { ...body, status: 400 },
        { allowUndocumentedErrors: true },
      ).join("\n"),
    ).toContain("HTTP status is 426");
    expect(validateResponse("GET", "/nowhere", 404, { status: 404, message: "x" })).toEqual([
      "GET /nowhere is not an operation of the spec",
    ]);
    expect(
      validateResponse("GET", "/nowhere", 404, { status: 404, message: "x" }, { allowUndocumentedErrors: true }),
    ).toEqual([]);
  });

  it("the corrections are in: serviceErrorCode and exclude", () => {
    const error = {
      status: 401,
      serviceErrorCode: 65600,
      code: "INVALID_ACCESS_TOKEN",
      message: "Invalid access token",
    };
    expect(validateResponse("GET", "/adTargetingFacets", 401, error, { closed: true })).toEqual([]);
    expect(findOperation("POST", "/rest/targetingAudienceInsights")?.op.operationId).toBe("getAudienceInsights");
  });
});

describe("validateRequest", () => {
  const typeahead = {
    q: "typeahead",
    query: "united states",
    facet: "urn:li:adTargetingFacet:locations",
    queryVersion: "QUERY_USES_URNS",
  };

  it("accepts a conforming typeahead call", () => {
    expect(validateRequest({ method: "GET", path: "/adTargetingEntities", query: typeahead, headers })).toEqual([]);
  });

  it("reports missing security, headers, required params, enums, types and unknown params", () => {
    const problems = validateRequest({
      method: "GET",
      path: "/adTargetingEntities",
      query: { q: "typeahead", facet: "f", queryVersion: "QUERY_USES_NAMES", count: "ten", projection: "urn" },
      headers: {},
    }).join("\n");
    expect(problems).toContain("OAuth2");
    expect(problems).toContain("header parameter LinkedIn-Version is missing");
    expect(problems).toContain("header parameter X-Restli-Protocol-Version is missing");
    expect(problems).toContain("query parameter query is missing");
    expect(problems).toContain("queryVersion must be equal to one of the allowed values");
    expect(problems).toContain("count must be integer");
    expect(problems).toContain("query parameter projection is not in the spec");
  });

  it("the corrected spec declares LinkedIn's documented finder parameters (spec/overlays/finders.overlay.yaml)", () => {
    const documented = {
      q: "adTargetingFacet",
      facet: "urn:li:adTargetingFacet:titles",
      queryVersion: "QUERY_USES_MIXED",
      fields: "name,urn",
      locale: "(language:en,country:US)",
      start: "0",
      count: "10000",
    };
    expect(validateRequest({ method: "GET", path: "/adTargetingEntities", query: documented, headers })).toEqual([]);
    const similar = {
      q: "similarEntities",
      facet: "urn:li:adTargetingFacet:employers",
      entities: "List(urn%3Ali%3Aorganization%3A1003)",
      queryVersion: "QUERY_USES_URNS",
    };
    expect(validateRequest({ method: "GET", path: "/adTargetingEntities", query: similar, headers })).toEqual([]);
  });

  it("finders: each one's required parameters (x-restli-finders), and parameters of other finders", () => {
    const browse = { q: "adTargetingFacet", facet: "urn:li:adTargetingFacet:seniorities", start: "0", count: "10" };
    expect(validateRequest({ method: "GET", path: "/adTargetingEntities", query: browse, headers })).toEqual([]);
    const urns = { q: "urns", urns: "List(urn%3Ali%3Ageo%3A1)" };
    expect(validateRequest({ method: "GET", path: "/adTargetingEntities", query: urns, headers })).toEqual([]);
    expect(
      validateRequest({ method: "GET", path: "/adTargetingEntities", query: { q: "urns" }, headers }).join("\n"),
    ).toContain("query parameter urns is missing (q=urns)");
    expect(
      validateRequest({
        method: "GET",
        path: "/adTargetingEntities",
        query: { q: "typeahead", facet: "f" },
        headers,
      }).join("\n"),
    ).toContain("query parameter query is missing (q=typeahead)");
    expect(
      validateRequest({ method: "GET", path: "/adTargetingEntities", query: { ...urns, query: "x" }, headers }).join(
        "\n",
      ),
    ).toContain("query parameter query is not used by the q=urns finder");
    expect(
      validateRequest({ method: "GET", path: "/adTargetingEntities", query: { q: "similarEntities" }, headers }).join(
        "\n",
      ),
    ).toContain("query parameter entities is missing (q=similarEntities)");
    expect(
      validateRequest({ method: "GET", path: "/adTargetingEntities", query: { q: "nearby" }, headers }).join("\n"),
    ).toContain("q must be equal to one of the allowed values");
  });

  it("checks the request body", () => {
    const query = { action: "audienceInsights" };
    const path = "/targetingAudienceInsights";
    expect(validateRequest({ method: "POST", path, query, headers }).join("\n")).toContain("request body is required");
    const noGroupBy = { request: { targetingCriteria: { include: { and: [{ or: { a: ["b"] } }] } } } };
    expect(validateRequest({ method: "POST", path, query, headers, body: noGroupBy }).join("\n")).toContain(
      "required property 'groupBy'",
    );
    const withExclude = {
      request: {
        ...noGroupBy.request,
        groupBy: "g",
        targetingCriteria: { ...noGroupBy.request.targetingCriteria, exclude: { or: { a: ["c"] } } },
      },
    };
    expect(validateRequest({ method: "POST", path, query, headers, body: withExclude }, { closed: true })).toEqual([]);
    expect(
      validateRequest({ method: "POST", path, query: { action: "audienceCounts" }, headers, body: withExclude }).join(
        "\n",
      ),
    ).toContain("action");
  });
});
