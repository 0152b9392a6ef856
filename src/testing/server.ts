// The embedded LinkedIn stand-in: an HTTP server on loopback, its request log, faults, latency and stats.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { MAX_URL_LENGTH } from "../http/tunnel.js";
import { Catalog } from "./catalog.js";
import { facets, TOTAL_MEMBERS } from "./dataset/index.js";
import { errorBody, restErrors } from "./errors.js";
import { FaultRegistry, replacesAnswer, type FaultSpec, type InjectedFault } from "./faults.js";
import { hashString, mix32 } from "./hash.js";
import { readBody, writeOutgoing, type Outgoing } from "./io.js";
import { resolveOptions, type TestServerOptions } from "./options.js";
import { Population, populationFacets } from "./population.js";
import { QueryParams } from "./query.js";
import { logBody, logHeaders, plainHeaders, type MutableRecord, type RecordedRequest } from "./requests.js";
import { route, type RouterDeps } from "./router.js";
import { resolveTunnel } from "./tunnel.js";
import type { Reply } from "./context.js";

/**
 * Longest request target (path + query) accepted; longer gets 414, as LinkedIn's front end does. The SDK's own
 * limit ({@link MAX_URL_LENGTH} in http/tunnel.ts, past which it tunnels the query): one value, the lower reading
 * of LinkedIn's "8 KB".
 */
export { MAX_URL_LENGTH };

/** Concurrency figures, for measuring how many requests a client keeps in flight. */
export interface TestServerStats {
  /** Requests received and not yet answered (or cut). */
  readonly inFlight: number;
  /** The highest `inFlight` seen since start or the last `reset()`. */
  readonly maxInFlight: number;
  /** Restarts `maxInFlight` from the current `inFlight`. */
  reset(): void;
}

/** A running test server. */
export interface TestServer {
  /** Base URL for the SDK, e.g. "http://127.0.0.1:41234/rest". */
  readonly url: string;
  /** The bound port. */
  readonly port: number;
  /** Received requests, oldest first (a snapshot array of live records). */
  readonly requests: readonly RecordedRequest[];
  /** Empties the request log. */
  clearRequests(): void;
  /** Registers a fault for matching requests; faults are tried in registration order. */
  injectFault(fault: FaultSpec): InjectedFault;
  /** Removes every registered fault. */
  clearFaults(): void;
  /** Live concurrency figures: requests in flight now, and the most seen at once. */
  readonly stats: TestServerStats;
  /** Stops listening, destroys every socket (hung requests included), clears timers. Idempotent. */
  close(): Promise<void>;
}

interface Sleeper {
  timer: NodeJS.Timeout;
  resolve: () => void;
}

/**
 * Starts the embedded LinkedIn stand-in on loopback, resolving once it listens. See {@link TestServerOptions}.
 * Close it (`await server.close()`) when done, e.g. in `afterAll`.
 *
 * @throws A `TypeError` or `RangeError` (as a rejection) for an invalid option — a host that is not loopback, a
 *   port out of range, an unknown facet in `extraEntities`, … — and the listen error (e.g. `EADDRINUSE`) when the
 *   port is taken.
 *
 * @example
 * ```ts
 * import { createLinkedInClient } from "linkedin-audience-insights";
 * import { startTestServer, TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";
 *
 * const server = await startTestServer();
 * const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
 * server.injectFault({ path: "/adTargetingEntities", times: 2, status: 503 }); // retried by the client
 * console.log(await li.entities.typeahead({ facet: "locations", query: "united" }).first());
 * console.log(server.requests.length); // 3: two 503s, then the answer
 * await server.close();
 * ```
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = resolveOptions(options);
  const catalog = new Catalog(facets, config.extraEntities);
  const population = new Population({
    totalMembers: TOTAL_MEMBERS,
    facets: populationFacets(catalog.facets.map((f) => ({ urn: f.urn, entities: f.facet.entities }))),
    extraEntity: (facetUrn, urn) => {
      const synthetic = catalog.facet(facetUrn)?.synthetic;
      const index = synthetic?.indexOf(urn);
      return index === undefined ? undefined : { members: synthetic!.members(index) };
    },
    seed: config.seed,
  });
  const deps: RouterDeps = { catalog, population, accessTokens: config.accessTokens, versions: config.versions };
  const faults = new FaultRegistry();
  const sockets = new Set<Socket>();
  const sleepers = new Set<Sleeper>();
  let log: MutableRecord[] = [];
  let nextId = 1;
  let uuidCounter = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let closed = false;

  const sleep = (ms: number): Promise<void> => {
    if (ms <= 0 || closed) return Promise.resolve();
    return new Promise((resolve) => {
      const sleeper: Sleeper = {
        timer: setTimeout(() => {
          sleepers.delete(sleeper);
          resolve();
        }, ms),
        resolve,
      };
      sleepers.add(sleeper);
    });
  };

  /** A LinkedIn-looking request id (base64 of 16 bytes), from a seeded counter. */
  const uuid = (): string => {
    const n = uuidCounter++;
    const bytes = Buffer.alloc(16);
    for (let i = 0; i < 4; i++) bytes.writeUInt32BE(mix32(hashString(`${n}:${i}`, config.seed)), i * 4);
    return bytes.toString("base64");
  };

  const outgoing = (
    status: number,
    payload: Buffer,
    ...headerSets: (Record<string, string> | undefined)[]
  ): Outgoing => {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-li-uuid": uuid(),
      "x-li-fabric": "test-local",
      "x-restli-protocol-version": "2.0.0",
    };
    for (const set of headerSets) for (const [k, v] of Object.entries(set ?? {})) headers[k.toLowerCase()] = v;
    return { status, headers, payload };
  };
  const fromReply = (reply: Reply, extra?: Record<string, string>): Outgoing =>
    outgoing(reply.status, Buffer.from(JSON.stringify(reply.body)), reply.headers, extra);
  const fromFault = (fault: FaultSpec): Outgoing => {
    const status = fault.status ?? (fault.body !== undefined ? 200 : 500);
    const body = fault.body ?? errorBody(status);
    const payload = Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
    return outgoing(status, payload, fault.headers);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const fullPath = q === -1 ? target : target.slice(0, q);
    const urlQuery = q === -1 ? "" : target.slice(q + 1);
    const restPath = fullPath === "/rest" ? "/" : fullPath.startsWith("/rest/") ? fullPath.slice(5) : undefined;
    const record: MutableRecord = {
      id: nextId++,
      method,
      path: restPath ?? fullPath,
      query: {},
      rawQuery: urlQuery,
      headers: logHeaders(req.headers),
      body: undefined,
      tunneled: false,
      status: undefined,
      aborted: false,
      startedAt: Date.now(),
      endedAt: undefined,
    };
    log.push(record);
    if (log.length > config.maxRecordedRequests) log.splice(0, log.length - config.maxRecordedRequests);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once("close", () => {
      record.aborted = !res.writableFinished;
      record.endedAt = Date.now();
      inFlight--;
    });

    const body = await readBody(req, config.maxBodyBytes);
    const headers = plainHeaders(req.headers);
    const tunnel = resolveTunnel(method, headers, urlQuery, body.text);
    record.body = logBody(body.text);
    record.tunneled = tunnel.tunneled;
    record.rawQuery = tunnel.rawQuery;
    record.query = new QueryParams(tunnel.rawQuery).toRecord();
    if (closed || res.destroyed) return;

    let fault: FaultSpec | undefined;
    let out: Outgoing | undefined;
    try {
      fault = faults.take(record);
    } catch (error) {
      const message = `injectFault match threw: ${error instanceof Error ? error.message : String(error)}`;
      out = fromReply({ status: 500, body: restErrors.internal(message).body });
    }
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (closed || res.destroyed || fault?.hang) return; // a hung request waits for close() or the client

    if (!out && fault && replacesAnswer(fault)) out = fromFault(fault);
    if (!out) {
      let reply: Reply;
      if (target.length > MAX_URL_LENGTH) {
        reply = {
          status: 414,
          body: errorBody(
            414,
            "URI_TOO_LONG",
            `Request URL exceeds ${MAX_URL_LENGTH} characters: use query tunnelling`,
          ),
        };
      } else if (
        method === "POST" &&
        headers["content-length"] === undefined &&
        headers["transfer-encoding"] === undefined
      ) {
        const e = restErrors.lengthRequired();
        reply = { status: e.status, body: e.body };
      } else if (body.tooLarge) {
        const e = restErrors.payloadTooLarge(config.maxBodyBytes);
        reply = { status: e.status, body: e.body, headers: { ...e.headers } };
      } else {
        reply = route({ path: restPath, fullPath, headers, tunnel, bodyText: body.text }, deps);
      }
      out = fromReply(reply, fault?.headers);
    }
    await sleep(config.latencyMs);
    if (closed || res.destroyed) return;
    record.status = out.status;
    writeOutgoing(res, out, fault?.reset === true);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.destroyed) res.destroy();
    });
  });
  let allSocketsClosed: (() => void) | undefined;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      if (sockets.size === 0 && allSocketsClosed) {
        const done = allSocketsClosed;
        allSocketsClosed = undefined;
        done();
      }
    });
  });
  // Requests Node cannot parse (garbage, oversized headers): a JSON error, then the connection closes.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const overflow = error.code === "HPE_HEADER_OVERFLOW";
    const body = overflow
      ? errorBody(431, "REQUEST_HEADER_FIELDS_TOO_LARGE", "Request line or headers too large: use query tunnelling")
      : errorBody(400, "BAD_REQUEST", "Malformed HTTP request");
    const out = outgoing(body.status, Buffer.from(JSON.stringify(body)));
    const head = Object.entries({ ...out.headers, "content-length": String(out.payload.length), connection: "close" })
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n");
    socket.end(
      `HTTP/1.1 ${body.status} ${overflow ? "Request Header Fields Too Large" : "Bad Request"}\r\n${head}\r\n\r\n${out.payload.toString()}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once("error", onError);
    server.listen(config.port, config.host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  server.on("error", () => {
    /* after listening, socket-level errors are per connection; never crash the test process */
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const hostInUrl = config.host.includes(":") ? `[${config.host}]` : config.host;

  let closing: Promise<void> | undefined;
  const stats: TestServerStats = {
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    reset() {
      maxInFlight = inFlight;
    },
  };

  return {
    url: `http://${hostInUrl}:${port}/rest`,
    port,
    get requests() {
      return [...log];
    },
    clearRequests() {
      log = [];
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    stats,
    close() {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        for (const s of sleepers) {
          clearTimeout(s.timer);
          s.resolve();
        }
        sleepers.clear();
        let pending = 2; // the listening socket, and every connection
        const settle = (): void => {
          if (--pending === 0) resolve();
        };
        server.close(settle);
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        // Every record is final (aborted, endedAt) once the last connection has closed.
        if (sockets.size === 0) settle();
        else allSocketsClosed = settle;
      });
      return closing;
    },
  };
}
