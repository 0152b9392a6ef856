// A real Redis for the store tests: Debian's redis-server, started on a free loopback port with nothing persisted,
// stopped by its PID. Without /usr/bin/redis-server the Redis tests are skipped with a notice, except in CI (CI
// set), where they fail (.ci/run installs redis-server).
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createServer } from "node:net";
import { createClient } from "redis";

export const REDIS_SERVER = "/usr/bin/redis-server";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when redis-server can be started here. */
export const redisPresent = executable(REDIS_SERVER);
/** True in CI: a missing redis-server fails the Redis tests instead of skipping them. */
export const inCi = Boolean(process.env.CI);

if (!redisPresent && !inCi) {
  console.warn(`NOTICE: ${REDIS_SERVER} not found: the Redis store tests are SKIPPED. apt-get install redis-server`);
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released for redis-server). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RunningRedis {
  port: number;
  url: string;
  /** Stops the server by its PID (SIGTERM, then SIGKILL after 2 s). */
  stop(): Promise<void>;
}

async function ready(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 500 } });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const pong = await client.ping();
    return pong === "PONG";
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.quit().catch(() => undefined);
  }
}

/** Starts redis-server on a free loopback port; resolves once it answers PING. */
export async function startRedis(): Promise<RunningRedis> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      REDIS_SERVER,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (output += d));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const url = `redis://127.0.0.1:${port}`;
    const deadline = Date.now() + 10_000;
    let up = false;
    while (!up && Date.now() < deadline && child.exitCode === null) {
      up = await ready(url);
      if (!up) await new Promise((r) => setTimeout(r, 25));
    }
    const stop = async () => {
      if (child.exitCode === null && child.pid !== undefined) {
        process.kill(child.pid, "SIGTERM");
        const timer = setTimeout(
          // bound, not a wait: SIGKILL only if SIGTERM did not end it
          () => child.exitCode === null && child.pid && process.kill(child.pid, "SIGKILL"),
          2_000,
        );
        await exited;
        clearTimeout(timer);
      }
    };
    if (up) return { port, url, stop };
    await stop();
    if (attempt >= 2) throw new Error(`redis-server did not start on port ${port}:\n${output}`);
  }
}
