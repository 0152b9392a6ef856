// The README's TypeScript examples, and the quick start it shows from examples/, are type-checked against the real
// source, so the docs cannot rot. (scripts/test-package.mjs runs the quick start through the built package.)
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

describe("README", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

  const quickstart = readFileSync(join(root, "examples/quickstart.mjs"), "utf8");

  it("has TypeScript examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it("opens with the token-free quick start, right after Install, exactly as examples/quickstart.mjs has it", () => {
    const sections = readme.split(/^## /m).map((s) => s.slice(0, s.indexOf("\n")));
    expect(sections.slice(1, 3)).toEqual(["Install", "Quick start, without a token"]);
    const section = readme.slice(readme.indexOf("## Quick start, without a token"));
    const block = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(quickstart);
  });

  it("API at a glance names every runtime export of both entry points", async () => {
    const section = readme.slice(readme.indexOf("## API at a glance"), readme.indexOf("## Authentication"));
    const exported = [
      ...Object.keys(await import("../src/index.js")),
      ...Object.keys(await import("../src/testing/index.js")),
    ];
    expect(exported.length).toBeGreaterThan(40);
    const missing = exported.filter((name) => !new RegExp("`" + name.replace(/\$/g, "\\$") + "[`(]").test(section));
    expect(missing).toEqual([]);
  });

  it("every ```ts block, and examples/quickstart.mjs, type-checks (strict) against src/", () => {
    const dir = join(root, ".build/readme");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = blocks.map((code, i) => {
      const file = `block-${i + 1}.ts`;
      writeFileSync(join(dir, file), `${code}\nexport {};\n`);
      return file;
    });
    writeFileSync(join(dir, "quickstart.mjs"), quickstart);
    files.push("quickstart.mjs");
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022", "DOM"],
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
          noEmit: true,
          allowJs: true,
          checkJs: true,
          skipLibCheck: true,
          paths: {
            "linkedin-audience-insights": [join(root, "src/index.ts")],
            "linkedin-audience-insights/testing": [join(root, "src/testing/index.ts")],
          },
        },
        files,
      }),
    );
    const r = spawnSync(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    const report = `${r.stdout}${r.stderr}`.replaceAll(dir + "/", "README ");
    expect(report).toBe("");
    expect(r.status).toBe(0);
  });
});
