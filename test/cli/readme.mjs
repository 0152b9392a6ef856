// node test/cli/readme.mjs [--write] — the README's "Command line" examples, generated.
// Runs each command below with the built CLI (npm run build first) against the embedded test server, without
// colour, and prints the Markdown; --write puts it between <!-- cli-output:start/end --> in README.md.
// test/cli/readme.test.ts checks that the README's commands still run and start as shown.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
export const START = "<!-- cli-output:start -->";
export const END = "<!-- cli-output:end -->";

const PERSONA = ["--include", "locations=United States", "--include", "jobFunctions=Finance"];
/** [what it shows, argv] */
export const EXAMPLES = [
  ["the facets", ["facets"]],
  ["a search", ["search", "locations", "new york", "--limit", "5"]],
  ["a search, as CSV", ["search", "jobFunctions", "man", "--csv"]],
  [
    "a persona's top interests",
    ["insights", ...PERSONA, "--exclude", "seniorities=Entry", "--group-by", "interests", "--top", "10"],
  ],
  ["its top cities", ["insights", ...PERSONA, "--group-by", "bingCity", "--top", "5"]],
  ["affinity indexes against the persona's country", ["compare", ...PERSONA, "--group-by", "interests"]],
  [
    "several breakdowns in one run",
    ["profile", ...PERSONA, "--group-by", "interests,seniorities,industries,jobFunctions,bingCity", "--top", "5"],
  ],
];

const shell = (args) => args.map((a) => (/^[\w,.:/-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(" ");

export function generate() {
  const cli = join(root, "dist/cli.js");
  const blocks = EXAMPLES.map(([what, args]) => {
    const out = execFileSync(process.execPath, [cli, ...args, "--test-server"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" },
      timeout: 60_000,
    });
    return `${what[0].toUpperCase()}${what.slice(1)}:\n\n\`\`\`text\n$ npx li-audience ${shell(args)} --test-server\n${out.replace(/\r\n/g, "\n").trimEnd()}\n\`\`\``;
  });
  return `${START}\n\n${blocks.join("\n\n")}\n\n${END}`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const text = generate();
  if (process.argv.includes("--write")) {
    const file = join(root, "README.md");
    const readme = readFileSync(file, "utf8");
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    if (a === -1 || b === -1) throw new Error(`README.md has no ${START} … ${END} block`);
    writeFileSync(file, readme.slice(0, a) + text + readme.slice(b + END.length));
    console.log("README.md: command line examples rewritten");
  } else console.log(text);
}
