// What the figures were measured on.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

function osName() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()}, ${os.arch()})`;
  } catch {
    // not Linux, or no os-release
  }
  return `${os.type()} ${os.release()} (${os.arch()})`;
}

function gitCommit(cwd) {
  try {
    const opts = { cwd, encoding: "utf8", timeout: 5_000, stdio: ["ignore", "pipe", "ignore"] };
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], opts).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], opts).trim() !== "";
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

/** CPU model, cores, memory, Node version, OS, commit and the date, for results files and READMEs. */
export function machine(root) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() || "unknown",
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    os: osName(),
    commit: gitCommit(root),
    date: new Date().toISOString(),
  };
}

/** One line: "AMD EPYC, 2 cores, 23.5 GiB, Node v20.20.2, Debian GNU/Linux 12 (bookworm) (…)". */
export function describeMachine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}`;
}
