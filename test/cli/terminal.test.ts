// The terminal as a person sees it: li-audience runs under tmux with a real TTY (colours on, as on a terminal),
// and the pane is captured. Needs the Debian package tmux: without it this check is skipped with a notice, except
// in CI (CI set), where a missing tmux fails (.ci/run installs it).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCli, hasExecutable } from "./support.js";

const TMUX = "/usr/bin/tmux";
const present = hasExecutable(TMUX);
const inCi = Boolean(process.env.CI);
if (!present && !inCi) {
  console.warn(`NOTICE: ${TMUX} not found: the terminal (tmux) check of li-audience is SKIPPED. apt-get install tmux`);
}

/** Our own tmux server (its own socket), so nothing of the user's tmux is touched; killed at the end. */
const socket = `li-audience-test-${process.pid}`;
const tmux = (...args: string[]) =>
  spawnSync(TMUX, ["-L", socket, "-f", "/dev/null", ...args], {
    encoding: "utf8",
    timeout: 10_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "xterm-256color" },
  });
const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** Runs a command in a fresh 140×50 pane; resolves to the pane's text (and with `-e`, its escape sequences). */
async function inPane(name: string, argv: string[], env: Record<string, string> = {}) {
  const exports = Object.entries(env).map(([k, v]) => `${k}=${quote(v)} `);
  const line = `unset NO_COLOR; ${exports.join("")}${argv.map(quote).join(" ")}; echo __EXIT__$?; sleep 600`;
  const started = tmux("new-session", "-d", "-s", name, "-x", "140", "-y", "50", line);
  expect(started.status, started.stderr).toBe(0);
  const deadline = performance.now() + 30_000;
  let text = "";
  while (performance.now() < deadline) {
    text = tmux("capture-pane", "-p", "-J", "-t", name).stdout;
    if (text.includes("__EXIT__")) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const styled = tmux("capture-pane", "-p", "-J", "-e", "-t", name).stdout;
  tmux("kill-session", "-t", name);
  return { text, styled };
}

describe.skipIf(!present)("li-audience in a terminal (tmux)", () => {
  let cli = "";
  beforeAll(async () => {
    cli = await builtCli();
  }, 120_000);
  afterAll(() => {
    tmux("kill-server");
    rmSync(join("/tmp", `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
  });

  it("insights: the persona, the audience and a table of names, bars, shares and members; in colour", async () => {
    const { text, styled } = await inPane("insights", [
      process.execPath,
      cli,
      "insights",
      "--include",
      "locations=United States",
      "--include",
      "jobFunctions=Finance",
      "--exclude",
      "seniorities=Entry",
      "--group-by",
      "interests",
      "--test-server",
    ]);
    expect(text).toContain("__EXIT__0");
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "Members whose location is United States and whose job function is Finance, excluding seniority Entry",
    );
    expect(lines[1]).toMatch(/^Audience: [\d,]+ members$/);
    expect(lines).toContain("Top interests (10)");
    const rows = lines.filter((l) => /^ {2}\S/.test(l));
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).toMatch(/^ {2}[A-Z][\w ,&-]+? +█+·* +\d+(\.\d)?% +[\d,]+$/);
    // Bars line up: every bar starts in the same column and is 24 cells wide.
    const starts = rows.map((r) => r.search(/[█·]/));
    expect(new Set(starts).size).toBe(1);
    for (const r of rows) expect(r.match(/[█·]+/)![0]).toHaveLength(24);
    // Bars are sorted with the shares: longest first.
    const lengths = rows.map((r) => r.match(/█+/)![0].length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(styled).toMatch(/\u001b\[[0-9;]*m/); // a TTY without NO_COLOR gets colour
    expect(styled).toMatch(/\u001b\[1m[^\n]*Members whose location/); // the persona in bold
  });

  it("--no-color and NO_COLOR: the same table without escape sequences", async () => {
    const args = [
      process.execPath,
      cli,
      "insights",
      "--include",
      "locations=United States",
      "--group-by",
      "skills",
      "--test-server",
    ];
    for (const run of [
      await inPane("nocolor1", [...args, "--no-color"]),
      await inPane("nocolor2", args, { NO_COLOR: "1" }),
    ]) {
      expect(run.text).toContain("__EXIT__0");
      expect(run.text).toContain("Top skills (10)");
      expect(run.styled).not.toMatch(/\u001b\[[0-9;]*m/);
    }
  });

  it("profile: the progress line on the terminal's stderr is cleared once the report is written", async () => {
    const { text } = await inPane("profile", [
      process.execPath,
      cli,
      "profile",
      "--include",
      "locations=United States",
      "--group-by",
      "interests,seniorities,industries",
      "--test-server",
    ]);
    expect(text).toContain("__EXIT__0");
    expect(text).not.toContain("breakdowns");
    expect(text).toMatch(/^Top industries \(10\)$/m);
  });
});

describe.runIf(!present && inCi)("li-audience in a terminal (tmux), in CI", () => {
  it("needs tmux: CI must run the terminal check", () => {
    throw new Error(`${TMUX} is missing: .ci/run installs it (apt-get install -y tmux).`);
  });
});
