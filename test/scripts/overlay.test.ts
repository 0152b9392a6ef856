import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { applyOverlays, OverlayError, parseTarget } from "../../scripts/lib/overlay.mjs";

const doc = { info: { title: "x" }, paths: { "/a": { get: { tags: ["t"] } } }, list: [1, 2] };
const overlay = (actions: unknown[]) => [
  { name: "test.overlay.yaml", overlay: { overlay: "1.0.0", info: {}, actions } },
];

describe("overlay layer", () => {
  it("parses the JSONPath subset: names, quoted names, indexes", () => {
    expect(parseTarget("$.paths['/a'].get.tags[0]")).toEqual(["paths", "/a", "get", "tags", 0]);
    expect(parseTarget("$")).toEqual([]);
    expect(() => parseTarget("$.paths[*]")).toThrow(OverlayError);
    expect(() => parseTarget("paths")).toThrow(/must be a JSONPath/);
  });

  it("merges updates (objects deep, arrays append) without touching the input", () => {
    const out = applyOverlays(
      doc,
      overlay([
        { target: "$.info", update: { license: { name: "L" } } },
        { target: "$.paths['/a'].get.tags", update: ["u"] },
      ]),
    );
    expect(out.info).toEqual({ title: "x", license: { name: "L" } });
    expect(out.paths["/a"].get.tags).toEqual(["t", "u"]);
    expect(doc.info).toEqual({ title: "x" });
  });

  it("removes a node", () => {
    expect(applyOverlays(doc, overlay([{ target: "$.list[0]", remove: true }])).list).toEqual([2]);
  });

  it("stops with the correction's name when its target is gone, never dropping it silently", () => {
    expect(() =>
      applyOverlays(
        doc,
        overlay([{ target: "$.components.schemas.Gone.properties", description: "fix-gone", update: {} }]),
      ),
    ).toThrow(
      /test\.overlay\.yaml action #1 \(fix-gone\): target \$\.components\.schemas\.Gone\.properties no longer exists/,
    );
  });

  it("rejects a document that is not an overlay", () => {
    expect(() => applyOverlays(doc, [{ name: "bad.yaml", overlay: { actions: [] } }])).toThrow(
      /not an OpenAPI Overlay/,
    );
  });
});
