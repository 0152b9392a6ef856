// 6. Pipeline: wall time of the code-generation pipeline and the spec lint, interleaved. `generate --check`
// does the same work as `npm run generate` (overlays, Redocly lint and bundle, openapi-typescript, prettier)
// but writes nothing, so generated/ is never touched.
import { fileURLToPath } from "node:url";
import { runProcess } from "./lib/proc.mjs";
import { median, min, max, roundRobin } from "./lib/stats.mjs";
import { fmt } from "./lib/table.mjs";

export const title = "Pipeline";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const contenders = [
  {
    id: "generate",
    label: "`npm run generate` (timed as `node scripts/generate.mjs --check`)",
    args: ["scripts/generate.mjs", "--check"],
  },
  { id: "lint", label: "`npm run lint:spec` (`node scripts/lint-spec.mjs`)", args: ["scripts/lint-spec.mjs"] },
];

export async function run({ smoke, log }) {
  const runs = smoke ? 1 : 3;
  const samples = new Map(contenders.map((c) => [c, []]));
  const exits = new Map(contenders.map((c) => [c, new Set()]));
  await roundRobin(contenders, runs, async (c) => {
    const r = await runProcess(process.execPath, c.args, { cwd: ROOT, timeoutMs: 180_000 });
    if (r.timedOut) throw new Error(`${c.args.join(" ")}: killed after 180 s`);
    samples.get(c).push(r.wallMs);
    exits.get(c).add(r.code);
  });
  log(`pipeline: ${runs} run(s) each done`);
  const results = { runs };
  const notes = ["Wall time of a fresh `node` process, spawn to exit."];
  const rows = contenders.map((c) => {
    const s = samples.get(c);
    const codes = [...exits.get(c)];
    results[c.id] = { ms: median(s), runs: s, exitCodes: codes };
    if (codes.some((code) => code !== 0)) {
      notes.push(
        `${c.id} exited ${codes.join("/")}: a failing run (e.g. generated/ out of date) is timed all the same.`,
      );
    }
    return {
      what: c.label,
      median: fmt.ms(median(s)),
      range: s.length > 1 ? `${fmt.ms(min(s))} – ${fmt.ms(max(s))}` : "—",
      exit: codes.join("/"),
    };
  });
  return {
    results,
    tables: [
      {
        title: `${title}: median of ${runs} run${runs > 1 ? "s" : ""} each (interleaved)`,
        columns: [
          { key: "what", label: "command" },
          { key: "median", label: "median", align: "right" },
          { key: "range", label: "min – max", align: "right" },
          { key: "exit", label: "exit code", align: "right" },
        ],
        rows,
        notes,
      },
    ],
    targets: [],
  };
}
