// npm run bench         — every benchmark, full size (a few minutes); writes bench/results/latest.{json,md}
// npm run bench:smoke   — the same code paths with tiny N (seconds); writes bench/results/smoke.{json,md}
//
// Options: --smoke · --only=overhead,codec · --readme (put the Markdown tables into bench/README.md)
// Figures are printed, never asserted: the exit code is 1 only when a benchmark fails to run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { distFreshness } from "./lib/dist.mjs";
import { describeMachine, machine } from "./lib/machine.mjs";
import { killChildren, runProcess } from "./lib/proc.mjs";
import { since, withTimeout } from "./lib/stats.mjs";
import { fmt, renderMarkdown, renderText } from "./lib/table.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCHMARKS = ["overhead", "pagination", "memory", "bundle", "startup", "pipeline", "codec"];

const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const selected = only ? BENCHMARKS.filter((b) => only.includes(b)) : BENCHMARKS;
const unknown = only?.filter((b) => !BENCHMARKS.includes(b)) ?? [];
if (unknown.length || selected.length === 0) {
  console.error(`bench: unknown benchmark(s) ${unknown.join(", ")}; choose from ${BENCHMARKS.join(", ")}`);
  process.exit(2);
}
const bound = smoke ? 90_000 : 600_000; // per benchmark
const log = (message) => console.log(`  … ${message}`);

// 1. The benchmarks import the built package: build it when dist/ is missing or older than its sources.
const freshness = distFreshness(ROOT);
if (freshness.fresh) {
  console.log(`bench: dist/ is up to date (built ${freshness.builtAt.toISOString()})`);
} else {
  console.log(`bench: dist/ is stale (${freshness.reason}): running npm run build`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = await runProcess(npm, ["run", "build", "--silent"], { cwd: ROOT, timeoutMs: 300_000, group: true });
  if (build.code !== 0) {
    console.error(build.stdout, build.stderr);
    console.error(`bench: the build failed (${build.timedOut ? "timed out" : `exit ${build.code}`})`);
    process.exit(1);
  }
  console.log(`bench: built in ${fmt.ms(build.wallMs)}`);
}

// 2. Run each benchmark in turn, each bounded in time.
const info = machine(ROOT);
console.log(`bench: ${smoke ? "SMOKE (tiny N) — " : ""}${describeMachine(info)}; ${info.date}\n`);
const started = performance.now();
const report = { mode: smoke ? "smoke" : "full", machine: info, benchmarks: {}, failures: {} };
const sections = [];
const targets = [];
for (const id of selected) {
  const t0 = performance.now();
  console.log(`▶ ${id}`);
  try {
    const bench = await import(`./${id}.mjs`);
    const out = await withTimeout(bench.run({ smoke, log }), bound, id);
    report.benchmarks[id] = { title: bench.title, seconds: since(t0) / 1000, ...out.results };
    targets.push(...out.targets);
    for (const table of out.tables) {
      sections.push(table);
      console.log(`\n${renderText(table)}\n`);
    }
  } catch (error) {
    killChildren(); // a timed-out benchmark may have left a server or a child behind
    report.failures[id] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`✖ ${id} failed: ${report.failures[id]}\n`);
  }
  console.log(`  (${id}: ${fmt.ms(since(t0))})\n`);
}

// 3. Key figures vs targets, then the files.
const summary = {
  title: "Key figures vs targets",
  columns: [
    { key: "name", label: "figure" },
    { key: "target", label: "target" },
    { key: "measured", label: "measured" },
    { key: "status", label: "status" },
  ],
  rows: targets,
};
console.log(renderText(summary));
report.targets = targets;
report.seconds = since(started) / 1000;
console.log(`\nbench: ${selected.length} benchmark(s) in ${fmt.ms(since(started))}`);

const markdown = [
  `Measured ${info.date.slice(0, 10)} on ${describeMachine(info)}; commit ${info.commit}.${smoke ? " SMOKE run (tiny N): not representative." : ""}`,
  renderMarkdown(summary),
  ...sections.map(renderMarkdown),
].join("\n\n");
const resultsDir = fileURLToPath(new URL("./results/", import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const name = smoke ? "smoke" : "latest";
writeFileSync(`${resultsDir}${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${resultsDir}${name}.md`, `${markdown}\n`);
console.log(`bench: wrote bench/results/${name}.json and bench/results/${name}.md`);

if (args.includes("--readme") && (smoke || only)) {
  console.log("bench: --readme ignored: only a full run of every benchmark updates bench/README.md");
} else if (args.includes("--readme")) {
  const readme = fileURLToPath(new URL("./README.md", import.meta.url));
  const text = readFileSync(readme, "utf8");
  const re = /(<!-- bench-results:start -->)[\s\S]*?(<!-- bench-results:end -->)/;
  if (!re.test(text)) throw new Error("bench/README.md has no bench-results markers");
  writeFileSync(
    readme,
    text.replace(re, (_, start, end) => `${start}\n\n${markdown}\n\n${end}`),
  );
  // The tables are not column-aligned: let prettier format them, as format:check expects.
  const prettier = fileURLToPath(new URL("../node_modules/prettier/bin/prettier.cjs", import.meta.url));
  const formatted = await runProcess(process.execPath, [prettier, "--write", readme], { cwd: ROOT, timeoutMs: 60_000 });
  if (formatted.code !== 0) console.error(`bench: prettier failed on bench/README.md: ${formatted.stderr}`);
  console.log("bench: updated bench/README.md");
}

const failed = Object.keys(report.failures);
if (failed.length) console.error(`bench: ${failed.length} benchmark(s) failed: ${failed.join(", ")}`);
process.exit(failed.length ? 1 : 0);
