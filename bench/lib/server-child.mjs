// Child side of lib/server.mjs: runs the SDK's embedded test server and answers IPC requests.
import { startTestServer } from "linkedin-audience-insights/testing";

const options = JSON.parse(process.argv[2] ?? "{}");
const started = startTestServer({ ...options, port: 0, host: "127.0.0.1" });
started.catch(() => {}); // reported through "ready"

const handlers = {
  async ready() {
    return { url: (await started).url };
  },
  async stats() {
    const server = await started;
    globalThis.gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    return { stats: { requests: server.requests.length, maxInFlight: server.stats.maxInFlight, heapUsed, rss } };
  },
  async reset() {
    const server = await started;
    server.clearRequests();
    server.stats.reset();
    return {};
  },
  async close() {
    await (await started).close();
    setImmediate(() => process.exit(0));
    return {};
  },
};

process.on("message", async ({ id, type }) => {
  try {
    process.send({ id, ...(await handlers[type]()) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
// The parent went away (crash, kill): never outlive it.
process.on("disconnect", () => process.exit(0));
