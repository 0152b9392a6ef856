// Shared steps of the codegen pipeline: read the upstream spec, apply the local overlay layer, and run
// Redocly CLI on the result. Each script in scripts/ is one step built from these.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { applyOverlays } from "./overlay.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const upstreamSpecPath = join(root, "spec/linkedin-marketing-audience-insights.yml");
export const overlaysDir = join(root, "spec/overlays");
export const buildDir = join(root, ".build");
export const generatedDir = join(root, "generated");

export function rel(path) {
  return relative(process.cwd(), path) || ".";
}

/** Parses a YAML/JSON OpenAPI file and checks it is an OpenAPI 3.x document. */
export function readSpec(path) {
  let doc;
  try {
    doc = parse(readFileSync(path, "utf8"), { uniqueKeys: true });
  } catch (err) {
    throw new Error(`${rel(path)}: not valid YAML/JSON: ${err.message}`);
  }
  if (typeof doc !== "object" || doc === null || typeof doc.openapi !== "string" || !/^3\.\d+\.\d+/.test(doc.openapi)) {
    throw new Error(`${rel(path)}: not an OpenAPI 3.x document (expected a top-level "openapi: 3.x.y")`);
  }
  return doc;
}

/** The overlay documents of the local layer, in file-name order. */
export function readOverlays(dir = overlaysDir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".overlay.yaml"))
    .sort()
    .map((f) => ({ name: `spec/overlays/${f}`, overlay: parse(readFileSync(join(dir, f), "utf8")) }));
}

/** Upstream spec + local overlays, written to .build/<name>.yaml for Redocly. Returns its path and document. */
export function prepareSpec(specPath = upstreamSpecPath, name = "openapi") {
  const doc = applyOverlays(readSpec(specPath), readOverlays());
  mkdirSync(buildDir, { recursive: true });
  const out = join(buildDir, `${name}.yaml`);
  writeFileSync(out, stringify(doc, { lineWidth: 0 }));
  return { path: out, doc };
}

const require = createRequire(import.meta.url);
function redoclyBin() {
  const pkgPath = require.resolve("@redocly/cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin.redocly ?? Object.values(pkg.bin)[0]);
  return join(dirname(pkgPath), bin);
}

/** Runs Redocly CLI with the project's redocly.yaml. Output is passed through; returns the exit status. */
export function redocly(args, { quiet = false } = {}) {
  const result = spawnSync(process.execPath, [redoclyBin(), ...args, "--config", join(root, "redocly.yaml")], {
    cwd: root,
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  if (quiet && result.status !== 0) {
    process.stderr.write(result.stdout?.toString() ?? "");
    process.stderr.write(result.stderr?.toString() ?? "");
  }
  return result.status ?? 1;
}

/** Lints a prepared spec; returns true when Redocly found no problem. */
export function lint(path) {
  return redocly(["lint", path, "--format", "stylish"]) === 0;
}
