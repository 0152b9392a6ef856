// Answers that are JSON but not the shape LinkedIn documents (a proxy's null, a gateway's {}): each resource checks
// what it relies on and throws InvalidResponseError naming the JSON path, never a TypeError.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkedInClient, Facet, InvalidResponseError, urn } from "../../src/index.js";
import { rejection } from "../support/errors.js";
import { startSampleServer, type SampleServer } from "../support/sample-server.js";

let sample: SampleServer;
let body: unknown;
beforeAll(async () => {
  sample = await startSampleServer(() => body);
});
afterAll(() => sample.close());
const li = () => createLinkedInClient({ accessToken: "t", baseUrl: sample.url, maxRetries: 0 });

async function invalid(call: () => Promise<unknown>, answer: unknown, path: RegExp): Promise<void> {
  body = answer;
  const before = sample.targets.length;
  const error = await rejection(call());
  expect(error, JSON.stringify(answer)).toBeInstanceOf(InvalidResponseError);
  expect((error as Error).message).toMatch(path);
  expect(sample.targets.length - before, "not retried").toBe(1);
}

describe("answers of the wrong shape", () => {
  it.each([
    [null, /\$ should be an object, got null/],
    ["abc", /\$ should be an object, got a string/],
    [{}, /\$\.elements should be a list, got nothing/],
    [{ elements: {} }, /\$\.elements should be a list, got an object/],
    [{ elements: "abc" }, /\$\.elements should be a list, got a string/],
    [{ elements: [null] }, /\$\.elements\[0\] should be an object, got null/],
    [{ elements: [{ entityTypes: [] }] }, /\$\.elements\[0\]\.facetName should be a string/],
    [
      { elements: [{ facetName: "x", entityTypes: "COMPANY" }] },
      /\$\.elements\[0\]\.entityTypes should be a list of strings/,
    ],
    [{ elements: [{ facetName: "x y" }] }, /\$\.elements\[0\]\.adTargetingFacetUrn should be a facet URN/],
  ])("facets.list: %j", (answer, path) => invalid(() => li().facets.list(), answer, path));

  it.each([
    [{ elements: {} }, /\$\.elements should be a list/],
    [{ elements: [null] }, /\$\.elements\[0\] should be an object, got null/],
    [{ elements: [], paging: "x" }, /\$\.paging should be an object/],
    [null, /\$ should be an object, got null/],
  ])("typeahead (any paged finder): %j", (answer, path) =>
    invalid(() => li().entities.typeahead({ facet: "locations", query: "u" }).toArray(), answer, path),
  );

  it.each([
    [{ elements: [null] }, /\$\.elements\[0\] should be an object/],
    [{ elements: [{ urn: 5 }] }, /\$\.elements\[0\]\.urn should be a string/],
    [{ elements: [{ urn: "urn:li:geo:1", name: {} }] }, /\$\.elements\[0\]\.name should be a string/],
  ])("entities.resolve: %j", (answer, path) => invalid(() => li().entities.resolve([urn.geo(1)]), answer, path));

  const get = () =>
    li().insights.get({
      targetingCriteria: { include: { and: [{ or: { [Facet.locations]: [urn.geo(1)] } }] } },
      groupBy: "interests",
    });
  it.each([
    [null, /\$ should be an object, got null/],
    [{ value: null }, /\$\.value should be an object, got null/],
    [{ value: {} }, /\$\.value\.totalAudienceCount should be a number, got nothing/],
    [{ value: { totalAudienceCount: "5" } }, /\$\.value\.totalAudienceCount should be a number, got a string/],
    [
      { value: { totalAudienceCount: 5, audienceInsight: { segmentations: "abc" } } },
      /\$\.value\.audienceInsight\.segmentations should be a list, got a string/,
    ],
    [
      { value: { totalAudienceCount: 5, audienceInsight: { segmentations: [{ value: "u", entityCount: "9" }] } } },
      /segmentations\[0\]\.entityCount should be a number/,
    ],
  ])("insights: %j", (answer, path) => invalid(get, answer, path));

  it("a well-shaped answer still passes, with the fields the SDK does not know kept", async () => {
    body = { elements: [{ facetName: "titles", adTargetingFacetUrn: Facet.titles, entityTypes: ["TITLE"], extra: 1 }] };
    expect(await li().facets.list()).toStrictEqual([
      {
        facetName: "titles",
        adTargetingFacetUrn: Facet.titles,
        urn: Facet.titles,
        entityTypes: ["TITLE"],
        availableEntityFinders: [],
        extra: 1,
      },
    ]);
  });
});
