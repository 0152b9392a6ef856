// Scratch copies of the repository for pipeline tests: the pipeline's inputs and outputs in a temp dir, sharing
// the repository's node_modules through a symlink, so scripts can be run (and files broken) without harm.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;
export const UPSTREAM = "spec/linkedin-marketing-audience-insights.yml";

const PIPELINE_FILES = [
  "spec",
  "scripts",
  // The grammars the scripts share with the SDK (LinkedIn-Version, HTTP methods): plain .mjs.
  "src/internal",
  "generated",
  "redocly.yaml",
  ".prettierrc.json",
  ".prettierignore",
  "package.json",
];

/** Scratch directories to remove; call `removeScratches()` in afterAll. */
const made: string[] = [];

/** A scratch project with the pipeline files (plus `extra`, e.g. "src" and "tsconfig.json" for a typecheck). */
export function scratch(prefix: string, extra: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  for (const p of [...PIPELINE_FILES, ...extra]) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export function removeScratches(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Runs `scripts/<script>` in `dir` with Node; returns its exit status and combined output. */
export function runScript(dir: string, script: string, args: readonly string[] = [], timeoutMs = 120_000) {
  const r = spawnSync(process.execPath, [join(dir, "scripts", script), ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
