// 5. Start-up: cold import time of the core entry vs linkedin-api-client, each in fresh `node` processes
// (interleaved, one process at a time), timed inside the child with performance.now() around the import, and
// the whole process's wall time from the parent (spawn to exit).
import { fileURLToPath } from "node:url";
import { runChecked } from "./lib/proc.mjs";
import { median, roundRobin } from "./lib/stats.mjs";
import { fmt } from "./lib/table.mjs";

export const title = "Start-up";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

// Each child prints the import's duration in ms. Run with cwd = the repo, so the package self-reference
// "linkedin-audience-insights" resolves to dist/ through package.json "exports".
const contenders = [
  { id: "node", label: "`node` doing nothing (baseline)", args: ["-e", "process.stdout.write('0')"] },
  {
    id: "core-esm",
    label: 'core: `await import("linkedin-audience-insights")` (dist/index.js)',
    args: [
      "--input-type=module",
      "-e",
      "const t = performance.now(); await import('linkedin-audience-insights'); process.stdout.write(String(performance.now() - t));",
    ],
  },
  {
    id: "core-cjs",
    label: 'core: `require("linkedin-audience-insights")` (dist/index.cjs)',
    args: [
      "-e",
      "const t = performance.now(); require('linkedin-audience-insights'); process.stdout.write(String(performance.now() - t));",
    ],
  },
  {
    id: "linkedin-api-client",
    label: 'linkedin-api-client: `require("linkedin-api-client")`',
    args: [
      "-e",
      "const t = performance.now(); require('linkedin-api-client'); process.stdout.write(String(performance.now() - t));",
    ],
  },
];

export async function run({ smoke, log }) {
  const runs = smoke ? 3 : 25;
  const samples = new Map(contenders.map((c) => [c, []]));
  // One untimed run each first (disk cache), then `runs` interleaved rounds.
  for (const c of contenders) await runChecked(process.execPath, c.args, { cwd: ROOT, timeoutMs: 15_000 });
  await roundRobin(contenders, runs, async (c) => {
    const { stdout, wallMs } = await runChecked(process.execPath, c.args, { cwd: ROOT, timeoutMs: 15_000 });
    samples.get(c).push({ importMs: Number(stdout), wallMs });
  });
  log(`startup: ${runs} processes each done`);

  const results = { runs };
  const med = (c, key) => median(samples.get(c).map((s) => s[key]));
  const byId = Object.fromEntries(contenders.map((c) => [c.id, c]));
  const baseWall = med(byId.node, "wallMs");
  const theirs = med(byId["linkedin-api-client"], "importMs");
  const rows = contenders.map((c) => {
    const importMs = med(c, "importMs");
    const wallMs = med(c, "wallMs");
    results[c.id] = { importMs, wallMs, samples: samples.get(c) };
    return {
      what: c.label,
      imp: c.id === "node" ? "—" : fmt.ms(importMs),
      vs: c.id === "node" ? "—" : fmt.ratio(importMs / theirs),
      wall: fmt.ms(wallMs),
      over: c.id === "node" ? "—" : `+${fmt.ms(wallMs - baseWall)}`,
    };
  });
  const core = results["core-esm"].importMs;
  return {
    results,
    tables: [
      {
        title: `${title}: median of ${runs} fresh processes each (interleaved)`,
        columns: [
          { key: "what", label: "process" },
          { key: "imp", label: "import (in child)", align: "right" },
          { key: "vs", label: "vs linkedin-api-client", align: "right" },
          { key: "wall", label: "process wall time", align: "right" },
          { key: "over", label: "over bare node", align: "right" },
        ],
        rows,
        notes: [
          "Cold = a new process each time (no module or compile cache in Node 20); the OS file cache is warm (one untimed run of each first).",
        ],
      },
    ],
    targets: [
      {
        name: "Start-up: core ESM import vs linkedin-api-client require",
        target: "(no target; reported)",
        measured: `${fmt.ms(core)} vs ${fmt.ms(theirs)} (${fmt.ratio(core / theirs)})`,
        met: true,
        status: "—",
      },
    ],
  };
}
