// Child processes with a bound on every wait: each is tracked, killed on timeout, and killed when the
// bench process exits for any reason.
import { spawn } from "node:child_process";

const children = new Set();

/** Remembers a child so it is killed if the bench process exits first. */
export function track(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** SIGKILL to a child we started; to its whole process group when it was spawned as a group leader. */
function kill(child) {
  try {
    if (child.killGroup) process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  } catch {
    // already gone
  }
}

/** Kills every child still running: the bench's own children only, each by its handle or its pid. */
export function killChildren() {
  for (const child of children) kill(child);
  children.clear();
}
process.once("exit", killChildren);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    killChildren();
    process.exit(130);
  });
}

/**
 * Runs a command to completion; resolves `{ code, signal, stdout, stderr, wallMs, timedOut }`.
 * `wallMs` runs from just before spawn to the child's exit. Killed with SIGKILL after `timeoutMs`; with
 * `group: true` (for commands that start their own children, like npm) the whole process group is killed.
 */
export function runProcess(command, args, { cwd, env, timeoutMs = 60_000, group = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = track(spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: group }));
    child.killGroup = group;
    let stdout = "";
    let stderr = "";
    let wallMs = NaN;
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child);
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", () => {
      wallMs = performance.now() - started;
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, wallMs, timedOut });
    });
  });
}

/** Like runProcess, but throws (with the end of stderr) unless the command exits 0 in time. */
export async function runChecked(command, args, options) {
  const result = await runProcess(command, args, options);
  if (result.timedOut) throw new Error(`${[command, ...args].join(" ")}: killed after ${options?.timeoutMs} ms`);
  if (result.code !== 0) {
    throw new Error(
      `${[command, ...args].join(" ")} exited ${result.code ?? result.signal}: ${result.stderr.trim().slice(-800)}`,
    );
  }
  return result;
}
