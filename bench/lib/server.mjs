// The embedded test server, run in a child process (its CPU and heap stay out of the bench process's
// measurements) and driven over IPC. Loopback only: the child binds 127.0.0.1 on a free port.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { track } from "./proc.mjs";

const CHILD = fileURLToPath(new URL("./server-child.mjs", import.meta.url));

/** Starts `startTestServer(options)` in a child; resolves once it listens. Every IPC wait is bounded. */
export async function startServerChild(options = {}, { timeoutMs = 20_000 } = {}) {
  const child = track(
    fork(CHILD, [JSON.stringify(options)], {
      execArgv: ["--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  let nextId = 1;
  const pending = new Map();
  let exited = false;
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on("message", (message) => {
    const waiter = pending.get(message?.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`server child: ${message.error}`));
    else waiter.resolve(message);
  });
  child.once("exit", (code, signal) => {
    exited = true;
    failAll(new Error(`server child exited (${code ?? signal})`));
  });

  const request = (type, ms = timeoutMs) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error("server child has exited"));
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`server child: no answer to ${type} within ${ms} ms`));
      }, ms);
      pending.set(id, {
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      child.send({ id, type });
    });

  let ready;
  try {
    ready = await request("ready");
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }

  return {
    /** e.g. "http://127.0.0.1:41234/rest" */
    url: ready.url,
    pid: child.pid,
    /** Server-side figures: { requests, maxInFlight, heapUsed, rss } (heap after a full GC). */
    stats: async () => (await request("stats")).stats,
    /** Empties the server's request log and restarts its max-in-flight counter. */
    reset: () => request("reset"),
    /** Closes the server and waits for the child to exit (killed if it does not within the bound). */
    async close() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      try {
        await request("close", 5_000);
      } catch {
        // it may already be gone
      }
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
