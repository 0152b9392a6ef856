// The codegen pipeline, run for real on a scratch copy of the repository's pipeline inputs.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const upstream = "spec/linkedin-marketing-audience-insights.yml";
const scratchDirs: string[] = [];

/** A scratch project with the pipeline's inputs and outputs, sharing the repository's node_modules. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "lai-pipeline-"));
  scratchDirs.push(dir);
  for (const p of [
    "spec",
    "scripts",
    "generated",
    "redocly.yaml",
    ".prettierrc.json",
    ".prettierignore",
    "package.json",
  ]) {
    cpSync(join(root, p), join(dir, p), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

function run(dir: string, script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, "scripts", script), ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

afterAll(() => {
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

describe("codegen pipeline", () => {
  it("the upstream spec in spec/ is byte-identical to the shared upstream file", () => {
    const shared = join(root, "../shared", upstream);
    // CI lays shared/ beside the clone; outside that layout there is nothing to compare with.
    if (!existsSync(shared)) return expect(existsSync(join(root, upstream))).toBe(true);
    expect(readFileSync(join(root, upstream)).equals(readFileSync(shared))).toBe(true);
  });

  it("lint passes on the processed spec, and fails without the license correction", () => {
    const dir = scratch();
    expect(run(dir, "lint-spec.mjs").status).toBe(0);
    const overlay = join(dir, "spec/overlays/corrections.overlay.yaml");
    const text = readFileSync(overlay, "utf8");
    writeFileSync(
      overlay,
      text.replace(/  - target: \$\.info\n    description: add-license\n(    .*\n|      .*\n|        .*\n)*/, ""),
    );
    const r = run(dir, "lint-spec.mjs");
    expect(r.status).not.toBe(0);
    expect(r.out).toContain("info-license");
  });

  it("a $ref to a missing schema fails lint with Redocly's message, and generate writes nothing", () => {
    const dir = scratch();
    const spec = join(dir, upstream);
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("$ref: '#/components/schemas/Paging'", "$ref: '#/components/schemas/Pagin'"),
    );
    const lint = run(dir, "lint-spec.mjs");
    expect(lint.status).not.toBe(0);
    expect(lint.out).toMatch(/Can't resolve \$ref|no-unresolved-refs/);
    const before = readFileSync(join(dir, "generated/schema.ts"), "utf8");
    const gen = run(dir, "generate.mjs");
    expect(gen.status).not.toBe(0);
    expect(gen.out).toContain("nothing was written");
    expect(readFileSync(join(dir, "generated/schema.ts"), "utf8")).toBe(before);
  });

  it("an edited spec without regenerating makes the drift check fail, naming the stale files", () => {
    const dir = scratch();
    expect(run(dir, "generate.mjs", "--check").status).toBe(0);
    const spec = join(dir, upstream);
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("description: Display name of the entity", "description: Shown name"),
    );
    const r = run(dir, "generate.mjs", "--check");
    expect(r.status).toBe(1);
    expect(r.out).toContain("generated/schema.ts (differs from what the spec produces)");
    expect(r.out).toContain("generated/openapi.json");
    // Regenerating fixes it, deterministically: the same spec gives the same bytes twice.
    expect(run(dir, "generate.mjs").status).toBe(0);
    const first = readFileSync(join(dir, "generated/schema.ts"), "utf8");
    expect(first).toContain("Shown name");
    expect(run(dir, "generate.mjs").status).toBe(0);
    expect(readFileSync(join(dir, "generated/schema.ts"), "utf8")).toBe(first);
    expect(run(dir, "generate.mjs", "--check").status).toBe(0);
  });

  it("a correction whose target is gone stops generation, naming the correction", () => {
    const dir = scratch();
    const spec = join(dir, upstream);
    writeFileSync(
      spec,
      readFileSync(spec, "utf8")
        .replace(/^ {4}TargetingCriteria:\n/m, "    TargetingRules:\n")
        .replaceAll("schemas/TargetingCriteria'", "schemas/TargetingRules'"),
    );
    const r = run(dir, "generate.mjs");
    expect(r.status).toBe(1);
    expect(r.out).toContain("targeting-criteria-exclude");
    expect(r.out).toContain("no longer exists");
  });

  it("the metadata module carries the spec's facts and the default LinkedIn-Version", async () => {
    const meta = await import("../../generated/metadata.js");
    expect(meta.specTitle).toBe("LinkedIn Marketing Audience Insights API");
    expect(meta.serverUrl).toBe("https://api.linkedin.com/rest");
    expect(meta.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      "GET /adTargetingFacets getAdTargetingFacets",
      "GET /adTargetingEntities searchAdTargetingEntities",
      "POST /targetingAudienceInsights getAudienceInsights",
    ]);
    expect(meta.defaultLinkedInVersion).toMatch(/^\d{6}$/);
    expect(readFileSync(join(root, "generated/schema.ts"), "utf8")).toMatch(
      /^\/\/ @generated by scripts\/generate\.mjs/,
    );
  });
});
