// Hostile servers for the hardening tests: real sockets on 127.0.0.1, port 0.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createNetServer, type Socket } from "node:net";

export interface LocalServer {
  /** Base URL with a `/rest` path, as the client's baseUrl. */
  url: string;
  /** `http://127.0.0.1:port`, without a path. */
  origin: string;
  /** Requests (HTTP) or connections (raw) received so far. */
  readonly hits: number;
  close(): Promise<void>;
}

/** A node:http server answering every request with `handler`. */
export async function httpServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  let hits = 0;
  const server = createHttpServer((req, res) => {
    hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/rest`,
    origin,
    get hits() {
      return hits;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A node:net server that, once a request's head has arrived, writes `response` as is (a status line fetch would
 * never let a node:http server send, say) and closes the connection.
 */
export async function rawServer(response: string | Buffer): Promise<LocalServer> {
  let hits = 0;
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    hits++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      if (head.includes("\r\n\r\n")) socket.end(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/rest`,
    origin,
    get hits() {
      return hits;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
