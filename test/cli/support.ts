// Runs the built `li-audience` in a child process, as users run it.
//
// Why the built file: it is what `npx li-audience` and the package's `bin` run — the tsup bundle whose imports
// of the SDK's public entries stay imports of the shipped files next to it, with its shebang, under Node's own
// ESM resolution. vitest runs before `npm run build` in `npm test`, so the first CLI test builds the same tsup
// configuration (JavaScript only, no declarations: about a second) into .build/cli/<hash of the inputs>/; other
// test files reuse it. A build of stale sources is never used: the directory name is the inputs' hash.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;

function inputs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? inputs(join(dir, e.name)) : [join(dir, e.name)],
  );
}

let built: Promise<string> | undefined;

/** The path of the built CLI (dist layout: cli.js next to index.js and testing/index.js). */
export function builtCli(): Promise<string> {
  built ??= (async () => {
    const files = [...inputs(join(root, "src")), ...inputs(join(root, "generated")), join(root, "tsup.config.ts")];
    const hash = createHash("sha256");
    for (const f of files.sort()) hash.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
    const dir = join(root, ".build/cli", hash.digest("hex").slice(0, 16));
    const cli = join(dir, "cli.js");
    if (existsSync(cli)) return cli;
    const { build } = await import("tsup");
    const { default: configs } = await import("../../tsup.config.js");
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    for (const config of configs as Record<string, unknown>[]) {
      await build({
        ...config,
        format: ["esm"],
        dts: false,
        sourcemap: false,
        clean: false,
        silent: true,
        config: false,
        outDir: tmp,
      });
    }
    mkdirSync(join(root, ".build/cli"), { recursive: true });
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another test file built it meanwhile
    }
    if (!statSync(cli).isFile()) throw new Error(`no ${cli} after the build`);
    return cli;
  })();
  return built;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Cache directories of this test process's CLI runs, removed when it exits. */
let caches: string | undefined;
let cacheCount = 0;

/** A cache directory no other run uses (li-audience keeps answers in $XDG_CACHE_HOME/linkedin-audience-insights). */
export function freshCacheHome(): string {
  if (caches === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "li-audience-caches-"));
    caches = dir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  const home = join(caches, String(++cacheCount));
  mkdirSync(home);
  return home;
}

/**
 * The environment a CLI child gets: the test's PATH and HOME, no LinkedIn token, no colour unless asked, and a cache
 * directory of its own (so no run is answered from another's cache, and the user's ~/.cache is never touched).
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    XDG_CACHE_HOME: freshCacheHome(),
  };
  return { ...env, ...extra };
}

/** Runs `li-audience args…` (the built file, with `node`) and collects its output and exit code. */
export async function cli(args: readonly string[], env: Record<string, string> = cleanEnv()): Promise<Run> {
  const path = await builtCli();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path, ...args], { env, stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF rows) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Whether an executable is on this machine (chromium, tmux). */
export function hasExecutable(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
