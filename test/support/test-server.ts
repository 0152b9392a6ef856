// One embedded test server for a test file (or a describe block): started before its tests, closed after them,
// and with what a test recorded or injected (requests, faults, stats) forgotten before the next test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startTestServer, type TestServer, type TestServerOptions } from "../../src/testing/index.js";

/** Registers the hooks and returns a getter for the server (it exists once `beforeAll` has run). */
export function useTestServer(options: TestServerOptions = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server?.clearRequests();
    server?.clearFaults();
    server?.stats.reset();
  });
  return () => {
    if (!server) throw new Error("useTestServer: the server starts in beforeAll; use it inside a test or a hook.");
    return server;
  };
}
