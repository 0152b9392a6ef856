// Is dist/ (what the benchmarks import, through the package's self-reference) built from the current sources?
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = ["src", "generated", "tsup.config.ts", "tsconfig.json", "package.json"];
const OUTPUTS = ["dist/index.js", "dist/index.cjs", "dist/testing/index.js", "dist/testing/index.cjs"];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let best = { path, mtimeMs: 0 };
  for (const entry of readdirSync(path)) {
    const candidate = newest(join(path, entry));
    if (candidate.mtimeMs > best.mtimeMs) best = candidate;
  }
  return best;
}

/** `{ fresh: true }`, or `{ fresh: false, reason }` naming a missing output or the newer input. */
export function distFreshness(root) {
  const missing = OUTPUTS.find((o) => !existsSync(join(root, o)));
  if (missing) return { fresh: false, reason: `${missing} is missing` };
  const built = Math.min(...OUTPUTS.map((o) => statSync(join(root, o)).mtimeMs));
  const input = INPUTS.filter((i) => existsSync(join(root, i)))
    .map((i) => newest(join(root, i)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (input.mtimeMs > built) return { fresh: false, reason: `${relative(root, input.path)} is newer than dist/` };
  return { fresh: true, builtAt: new Date(built) };
}
