// The README's TypeScript examples are type-checked against the real source, so the docs cannot rot.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

describe("README", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it("has TypeScript examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it("every ```ts block type-checks (strict) against src/", () => {
    const dir = join(root, ".build/readme");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = blocks.map((code, i) => {
      const file = `block-${i + 1}.ts`;
      writeFileSync(join(dir, file), `${code}\nexport {};\n`);
      return file;
    });
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
