// Prism (stoplight) in mock mode over the bundled spec: an SDK-independent second opinion. It answers
// with the spec's examples and rejects requests that break the spec (422/400/401 with `sl-violations`).
// Prism routes paths WITHOUT the /rest prefix of LinkedIn's server URL: `url` is the base to use.

import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PRISM_BIN = `${ROOT}node_modules/@stoplight/prism-cli/dist/index.js`;
const SPEC = `${ROOT}generated/openapi.json`;

export interface PrismMock {
  /** e.g. "http://127.0.0.1:41234" (no /rest: Prism serves the spec's paths at the root). */
  readonly url: string;
  /** Prism's output so far (bounded), for failure messages. */
  output(): string;
  /** Stops Prism (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. */
  close(): Promise<void>;
}

/** A free loopback port (there is a tiny race between closing the probe and Prism binding it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts `prism mock generated/openapi.json` on a free port and waits (at most `timeoutMs`) until it answers. */
export async function startPrism(
  options: { timeoutMs?: number; extraArgs?: readonly string[] } = {},
): Promise<PrismMock> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [PRISM_BIN, "mock", SPEC, "-p", String(port), "-h", "127.0.0.1", ...(options.extraArgs ?? [])],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
  );
  let output = "";
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3_000); // only if SIGTERM is ignored: bound, not a wait
      await exited(child);
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Prism exited with code ${child.exitCode} before answering:\n${output}`);
    try {
      const res = await fetch(`${url}/adTargetingFacets`, { signal: AbortSignal.timeout(1_000) });
      await res.arrayBuffer();
      break; // any HTTP answer means it is up
    } catch {
      if (Date.now() > deadline) {
        await close();
        throw new Error(`Prism did not answer within ${timeoutMs} ms:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 50)); // polls while the process starts (about 2 s)
    }
  }
  return { url, output: () => output, close };
}
