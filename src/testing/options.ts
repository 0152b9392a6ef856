// Options of startTestServer, their defaults and their checks.

import { checkNumber } from "../internal/numbers.js";
import type { ExtraEntities } from "./synthetic.js";
import { assertVersionWindow, defaultVersionWindow, type VersionWindow } from "./versions.js";

/** The bearer token the test server accepts unless told otherwise. */
export const TEST_ACCESS_TOKEN = "test-token";

/** Options of {@link startTestServer}. Every one is optional. */
export interface TestServerOptions {
  /** TCP port to listen on; 0 (the default) lets the OS pick a free one (read it from `server.url`). */
  port?: number;
  /**
   * Loopback address to bind: "127.0.0.1" (default), "::1", "localhost" (binds 127.0.0.1) or another
   * 127.x.y.z. Anything else is refused: the server is for tests and never listens on a network.
   */
  host?: string;
  /** Delay added before every response, in milliseconds (default 0). Timers are cleared by `close()`. */
  latencyMs?: number;
  /** Bearer tokens accepted in `Authorization` (default `[TEST_ACCESS_TOKEN]`, i.e. `["test-token"]`). Others get 401. */
  accessTokens?: readonly string[];
  /**
   * The served LinkedIn-Version window, both ends inclusive, as "YYYYMM" (revisions "YYYYMM.RR" of a served
   * month are served too), with `skipped` months inside it that were never released. Default: the 12 months up to
   * the current UTC month of `now()`, none skipped, recomputed at every request. Others get 426 NONEXISTENT_VERSION.
   */
  versions?: VersionWindow;
  /** Clock for the default version window, in ms since the epoch (default `Date.now`). */
  now?: () => number;
  /**
   * Entities generated on the fly from their index and never stored, so a benchmark can page through a
   * million of them with flat memory: names `${namePrefix} ${zero-padded index}`, URNs in the facet's
   * namespace with ids from 900,000,000,000 up, members decreasing with the index. They take part in
   * typeahead, q=adTargetingFacet, q=urns and targeting criteria, and may be given to q=similarEntities; they
   * are not in groupBy breakdowns nor among similarEntities' answers.
   */
  extraEntities?: readonly ExtraEntities[];
  /** Largest request body accepted, in bytes (default 1 MiB); larger bodies get 413. */
  maxBodyBytes?: number;
  /**
   * How many requests `server.requests` keeps; the oldest are dropped first, so a long benchmark runs in flat
   * memory (default 10,000; 0 keeps none).
   */
  maxRecordedRequests?: number;
  /**
   * Seed of the synthetic population's correlations (audience overlaps, breakdowns, similarEntities rankings)
   * and of the `x-li-uuid` sequence (default fixed).
   */
  seed?: number;
}

/** Options after defaults and checks. */
export interface ResolvedOptions {
  port: number;
  host: string;
  latencyMs: number;
  accessTokens: ReadonlySet<string>;
  versions: () => VersionWindow;
  extraEntities: readonly ExtraEntities[];
  maxBodyBytes: number;
  maxRecordedRequests: number;
  seed: number;
}

const DEFAULT_SEED = 20_240_101;

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

const typeError = (message: string) => new TypeError(message);
const nonNegative = (name: string, value: number | undefined, fallback: number) =>
  checkNumber(value, name, fallback, { min: 0 }, typeError);

export function resolveOptions(options: TestServerOptions): ResolvedOptions {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopback(host)) {
    throw new TypeError(
      `host ${JSON.stringify(host)} is not a loopback address: the test server only binds 127.0.0.1, ::1 or localhost`,
    );
  }
  const port = checkNumber(options.port, "port", 0, { min: 0, max: 65_535, whole: true }, typeError);
  const tokens = options.accessTokens ?? [TEST_ACCESS_TOKEN];
  if (!Array.isArray(tokens) || tokens.some((t) => typeof t !== "string" || t === "" || /\s/.test(t))) {
    throw new TypeError("accessTokens must be an array of non-empty strings without whitespace");
  }
  const now = options.now ?? Date.now;
  const fixed = options.versions === undefined ? undefined : assertVersionWindow(options.versions);
  return {
    port,
    host: host === "localhost" ? "127.0.0.1" : host,
    latencyMs: nonNegative("latencyMs", options.latencyMs, 0),
    accessTokens: new Set(tokens),
    versions: fixed ? () => fixed : () => defaultVersionWindow(now()),
    extraEntities: options.extraEntities ?? [],
    maxBodyBytes: nonNegative("maxBodyBytes", options.maxBodyBytes, 1024 * 1024),
    maxRecordedRequests: nonNegative("maxRecordedRequests", options.maxRecordedRequests, 10_000),
    seed: options.seed ?? DEFAULT_SEED,
  };
}
