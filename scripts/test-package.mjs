// npm run test:package — the npm-import use case, end to end:
// npm pack → install the tarball into a fresh project outside the repo → run an ESM script, a CJS script and a
// strict TypeScript file (type-checked with moduleResolution NodeNext and Bundler, then compiled and run),
// each making real calls to a loopback server; then the installed `li-audience` bin against its embedded test
// server. Then publint and `attw --pack`.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./lib/pipeline.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (cmd, args, cwd, label) => {
  console.log(`test:package: ${label}`);
  execFileSync(cmd, args, { cwd, stdio: "inherit", timeout: 300_000, env: { ...process.env, NO_COLOR: "1" } });
};

const work = mkdtempSync(join(tmpdir(), "lai-package-"));
try {
  run(npm, ["pack", "--silent", "--pack-destination", work], root, "npm pack");
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack produced no tarball");

  const app = join(work, "app");
  cpSync(join(root, "test/package"), app, { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "lai-consumer", private: true, type: "module" }, null, 2),
  );
  run(
    npm,
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", join(work, tarball)],
    app,
    `install ${tarball} into ${app}`,
  );

  run(process.execPath, ["esm.mjs"], app, "ESM import");
  run(process.execPath, ["cjs.cjs"], app, "CJS require");

  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const base = {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: "ES2022",
    skipLibCheck: false,
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
  };
  for (const [name, opts] of [
    ["nodenext", { module: "NodeNext", moduleResolution: "NodeNext", outDir: "out" }],
    ["bundler", { module: "ESNext", moduleResolution: "Bundler", noEmit: true }],
  ]) {
    writeFileSync(
      join(app, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions: { ...base, ...opts }, files: ["typed.ts"] }, null, 2),
    );
    run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], app, `tsc (moduleResolution ${opts.moduleResolution})`);
  }
  run(process.execPath, [join("out", "typed.js")], app, "TypeScript output");

  // The command line, as npm installed it: node_modules/.bin/li-audience (the package's `bin`), shebang and all.
  console.log("test:package: li-audience facets --test-server --json (the installed bin)");
  const bin = join(app, "node_modules", ".bin", process.platform === "win32" ? "li-audience.cmd" : "li-audience");
  const facets = JSON.parse(
    execFileSync(bin, ["facets", "--test-server", "--json"], {
      cwd: app,
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" },
    }),
  );
  if (
    facets.command !== "facets" ||
    !Array.isArray(facets.facets) ||
    facets.facets.length === 0 ||
    !facets.facets.every((f) => typeof f.urn === "string" && f.urn.startsWith("urn:li:adTargetingFacet:"))
  ) {
    throw new Error(`li-audience facets --json is not sensible: ${JSON.stringify(facets).slice(0, 500)}`);
  }
  console.log("test:package: npx li-audience facets --test-server --json (from the clone, after npm run build)");
  const fromClone = JSON.parse(
    execFileSync(
      npm === "npm.cmd" ? "npx.cmd" : "npx",
      ["--no-install", "li-audience", "facets", "--test-server", "--json"],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      },
    ),
  );
  if (fromClone.facets?.length !== facets.facets.length) throw new Error("npx li-audience in the clone disagrees");
  console.log("test:package: npx li-audience --version (npx finds the installed bin)");
  const version = execFileSync(npm === "npm.cmd" ? "npx.cmd" : "npx", ["--no-install", "li-audience", "--version"], {
    cwd: app,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (!/^li-audience \d+\.\d+\.\d+/.test(version))
    throw new Error(`npx li-audience --version said ${JSON.stringify(version)}`);

  console.log(
    "test:package: the README's quick start (examples/quickstart.mjs), run in the app that installed the tarball",
  );
  copyFileSync(join(root, "examples/quickstart.mjs"), join(app, "quickstart.mjs"));
  const quick = execFileSync(process.execPath, ["quickstart.mjs"], { cwd: app, encoding: "utf8", timeout: 60_000 });
  const quickLines = quick.trim().split("\n");
  if (
    !/^\d+ facets, e\.g\. /.test(quickLines[0] ?? "") ||
    !/^United States: urn:li:geo:\d+, Finance: urn:li:function:\d+$/.test(quickLines[1] ?? "") ||
    !/^Audience: [\d,]+ members$/.test(quickLines[2] ?? "") ||
    quickLines.slice(3).filter((l) => /^  [A-Z][^:]+: \d+%$/.test(l)).length !== 5
  ) {
    throw new Error(`the quick start printed something else:\n${quick}`);
  }

  console.log("test:package: npm run demo -- --json (through the built package)");
  const demo = JSON.parse(
    execFileSync(process.execPath, ["examples/demo.mjs", "--json"], { cwd: root, encoding: "utf8", timeout: 60_000 }),
  );
  if (
    !(demo.audience > 0) ||
    demo.topInterests.length === 0 ||
    demo.topInterests.some((i) => i.name.startsWith("(no name"))
  ) {
    throw new Error(`the demo report is not sensible: ${JSON.stringify(demo).slice(0, 500)}`);
  }

  run(process.execPath, [join(root, "node_modules/publint/src/cli.js"), "--strict"], root, "publint");
  run(
    process.execPath,
    [join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), "--pack", "."],
    root,
    "attw --pack",
  );
  console.log("test:package: all passed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
