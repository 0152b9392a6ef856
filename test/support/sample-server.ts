// A loopback server that answers LinkedIn's published sample payloads, whatever the SDK's own spec says, and
// records each request's raw target (path and query exactly as sent).

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface SampleServer {
  /** Base URL for the SDK, e.g. "http://127.0.0.1:41234/rest". */
  readonly url: string;
  /** Raw request targets received, oldest first ("/rest/adTargetingEntities?q=…"). */
  readonly targets: string[];
  /** Raw query parameters of the nth request (default: the last), undecoded, in order. */
  query(n?: number): [string, string][];
  close(): Promise<void>;
}

/** `answer(request)` gives the JSON body of a 200 (or `{ status, body }`). */
export async function startSampleServer(
  answer: (request: IncomingMessage) => unknown | { status: number; body: unknown },
): Promise<SampleServer> {
  const targets: string[] = [];
  const server = createServer((req, res) => {
    targets.push(req.url ?? "/");
    req.resume();
    req.on("end", () => {
      const reply = answer(req) as { status?: number; body?: unknown } | undefined;
      const withStatus = typeof reply === "object" && reply !== null && typeof reply.status === "number";
      const status = withStatus ? reply.status! : 200;
      const body = JSON.stringify(withStatus ? reply.body : reply);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rest`,
    targets,
    query(n = targets.length - 1) {
      const target = targets[n] ?? "";
      const q = target.indexOf("?");
      if (q === -1) return [];
      return target
        .slice(q + 1)
        .split("&")
        .map((pair) => {
          const eq = pair.indexOf("=");
          return eq === -1 ? [pair, ""] : [pair.slice(0, eq), pair.slice(eq + 1)];
        });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
