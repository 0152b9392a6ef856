// `npm run spec:bump`, run for real on a scratch copy of the repository (spec, scripts, generated, src, configs;
// node_modules shared), with the fixture specs of test/fixtures/specs/ as "LinkedIn's new file".
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeScratches, root, runScript, scratch as makeScratch, UPSTREAM } from "../support/scratch.js";

const upstream = UPSTREAM;
const overlay = "spec/overlays/corrections.overlay.yaml";
const fixture = (name: string) => join(root, "test/fixtures/specs", name);
// spec:bump typechecks src/ against the new types: the scratch copy needs src/ and tsconfig.json too.
const scratch = () => makeScratch("lai-spec-bump-", ["src", "tsconfig.json"]);
const run = (dir: string, script: string, ...args: string[]) => runScript(dir, script, args);

/** Every file spec:bump may write, with its content (undefined when absent). */
function snapshot(dir: string): Record<string, string | undefined> {
  const files = [upstream, "CHANGELOG.md", ...readdirSync(join(dir, "spec/overlays")).map((f) => `spec/overlays/${f}`)];
  files.push(...readdirSync(join(dir, "generated")).map((f) => `generated/${f}`));
  return Object.fromEntries(
    files.map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined]),
  );
}

const currentDefault = (dir: string) =>
  /x-linkedin-default-version: "(\d{6}(?:\.\d{2})?)"/.exec(readFileSync(join(dir, overlay), "utf8"))?.[1];

afterAll(removeScratches);

describe("npm run spec:bump", () => {
  it("a breaking bump without --allow-breaking prints the report, exits 1 and changes nothing", () => {
    const dir = scratch();
    const before = snapshot(dir);
    const r = run(dir, "spec-bump.mjs", fixture("new-required-param.yml"), "--api-version", "202611");
    expect(r.status).toBe(1);
    expect(r.out).toContain("## Breaking changes");
    expect(r.out).toContain('- **added** `query param "timeZone"`: new required query parameter (string)');
    expect(r.out).toContain("1 breaking change(s) (listed above). Nothing was changed.");
    expect(r.out).toContain("--allow-breaking");
    expect(snapshot(dir)).toEqual(before);
  });

  it("rejects a malformed --api-version before anything else, changing nothing", () => {
    const dir = scratch();
    const before = snapshot(dir);
    for (const bad of ["202613", "2026-11", "202611.1", "202600", "v202611"]) {
      const r = run(dir, "spec-bump.mjs", fixture("added-optional-field.yml"), "--api-version", bad);
      expect(r.status, bad).toBe(2);
      expect(r.out).toContain(`--api-version "${bad}" is not a LinkedIn-Version`);
      expect(r.out).toContain("Nothing was changed.");
      expect(r.out).not.toContain("API changes"); // stopped before lint and the report
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a file that is not OpenAPI 3.x, or to which a correction no longer applies (even with --allow-breaking)", () => {
    const dir = scratch();
    const before = snapshot(dir);
    const notOpenApi = run(dir, "spec-bump.mjs", fixture("not-openapi.yml"));
    expect(notOpenApi.status).toBe(2);
    expect(notOpenApi.out).toContain("not-openapi.yml: not an OpenAPI 3.x document");

    const gone = run(dir, "spec-bump.mjs", fixture("removed-targeting-criteria.yml"), "--allow-breaking");
    expect(gone.status).toBe(1);
    expect(gone.out).toContain("correction no longer applies: targeting-criteria-exclude");
    expect(gone.out).toContain("1 correction(s) in spec/overlays no longer apply");
    expect(gone.out).toContain("Nothing was changed.");

    const usage = run(dir, "spec-bump.mjs");
    expect(usage.status).toBe(2);
    expect(usage.out).toContain("usage: npm run spec:bump");
    expect(snapshot(dir)).toEqual(before);
  });

  it("a non-breaking bump replaces the spec byte-for-byte, writes CHANGELOG.md, sets the default version, regenerates", () => {
    const dir = scratch();
    const previous = currentDefault(dir);
    expect(previous).toBeDefined();
    const next = previous === "202611" ? "202612" : "202611";
    const overlayBefore = readFileSync(join(dir, overlay), "utf8");
    writeFileSync(
      join(dir, "CHANGELOG.md"),
      "# Changelog\n\nAll notable changes.\n\n## 2025-01-01: LinkedIn spec 0.9.0 → 1.0.0\n\nOlder entry.\n",
    );

    const r = run(dir, "spec-bump.mjs", fixture("added-optional-field.yml"), "--api-version", next);
    expect(r.out).toContain("done. Typecheck passed.");
    expect(r.status).toBe(0);

    // The spec: LinkedIn's bytes, unchanged.
    expect(readFileSync(join(dir, upstream)).equals(readFileSync(fixture("added-optional-field.yml")))).toBe(true);
    // The overlay: one line changed, comments and everything else intact.
    expect(readFileSync(join(dir, overlay), "utf8")).toBe(
      overlayBefore.replace(`x-linkedin-default-version: "${previous}"`, `x-linkedin-default-version: "${next}"`),
    );
    // The changelog: the new entry first, under the title and intro, above the older entry.
    const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(
      new RegExp(
        "^# Changelog\\n\\nAll notable changes\\.\\n\\n## \\d{4}-\\d{2}-\\d{2}: LinkedIn spec 1\\.0\\.0 → 1\\.1\\.0\\n\\n" +
          "Upstream spec replaced: `spec/linkedin-marketing-audience-insights\\.yml` \\(info\\.version 1\\.0\\.0 → 1\\.1\\.0\\)\\.\\n\\n" +
          `Default LinkedIn-Version: ${previous} → ${next}\\.\\n\\n` +
          "\\*\\*2 changes: 0 breaking, 2 other\\.\\*\\*\\n\\n### Other changes\\n",
      ),
    );
    expect(changelog).toContain(
      "#### GET /adTargetingEntities (searchAdTargetingEntities)\n\n- **added** `response 200 › elements[].entityType`: new response field (string)\n\n## 2025-01-01",
    );
    expect(changelog.endsWith("Older entry.\n")).toBe(true);
    // generated/ follows the new spec and the new default version, and the drift check agrees.
    expect(readFileSync(join(dir, "generated/schema.ts"), "utf8")).toContain("entityType?: string");
    const metadata = readFileSync(join(dir, "generated/metadata.ts"), "utf8");
    expect(metadata).toContain(`defaultLinkedInVersion = "${next}"`);
    expect(metadata).toContain('specVersion = "1.1.0"');
    expect(run(dir, "generate.mjs", "--check").status).toBe(0);
    // The summary names what was written.
    expect(r.out).toContain("spec/linkedin-marketing-audience-insights.yml (replaced by");
    expect(r.out).toContain(
      `spec/overlays/corrections.overlay.yaml (x-linkedin-default-version ${previous} → ${next})`,
    );
    expect(r.out).toContain("CHANGELOG.md (entry prepended)");
    expect(r.out).toContain("generated/ (regenerated by scripts/generate.mjs)");
  }, 120_000);

  it("an accepted breaking bump whose new types break src/ fails at the typecheck, leaving the files updated", () => {
    const dir = scratch();
    const r = run(
      dir,
      "spec-bump.mjs",
      fixture("changed-type.yml"),
      "--allow-breaking",
      "--changelog",
      join(dir, "HISTORY.md"),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("type changed from string to array<string>");
    expect(r.out).toMatch(/src\/resources\/insights\.ts\(\d+,\d+\): error TS2322/);
    expect(r.out).toContain("FAILED: the SDK does not typecheck against the new types");
    expect(r.out).toContain("The files above stay updated so the SDK can be fixed");
    // Written: the spec, generated/ (groupBy is now string[]), and a new changelog with a title.
    expect(readFileSync(join(dir, upstream)).equals(readFileSync(fixture("changed-type.yml")))).toBe(true);
    expect(readFileSync(join(dir, "generated/schema.ts"), "utf8")).toMatch(/groupBy: string\[\]/);
    const history = readFileSync(join(dir, "HISTORY.md"), "utf8");
    expect(history).toMatch(/^# Changelog\n\n## \d{4}-\d{2}-\d{2}: LinkedIn spec 1\.0\.0 → 1\.0\.0\n/);
    expect(history).toContain("Breaking changes accepted with --allow-breaking.");
    expect(history).toContain(
      "### Breaking changes\n\n#### POST /targetingAudienceInsights (getAudienceInsights)\n\n- **changed** `request body › request.groupBy`: type changed from string to array<string>",
    );
    expect(existsSync(join(dir, "CHANGELOG.md"))).toBe(false);
  }, 120_000);
});
