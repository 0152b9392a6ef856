// The README's "Command line" block is real output: every command in it still runs, and starts as shown.
// (Regenerate the block with `npm run build && node test/cli/readme.mjs --write` when the output changes.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./support.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const block = readme.slice(readme.indexOf("<!-- cli-output:start -->"), readme.indexOf("<!-- cli-output:end -->"));
const examples = [...block.matchAll(/```text\n\$ npx li-audience (.*)\n([^\n]*)/g)].map((m) => ({
  line: m[1]!,
  first: m[2]!,
}));

/** Splits a shell line as the README writes it: words, and 'single-quoted' ones. */
function words(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replaceAll("'\\''", "'"));
}

describe("README command line examples", () => {
  it("show every command", () => {
    const commands = new Set(examples.map((e) => e.line.split(" ")[0]));
    expect([...commands].sort()).toEqual(["compare", "facets", "insights", "profile", "search"]);
  });

  it.each(examples.map((e) => [e.line, e] as const))("%s", async (_line, e) => {
    const run = await cli(words(e.line), {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      NO_COLOR: "1",
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split(/\r?\n/)[0]).toBe(e.first);
  });
});
