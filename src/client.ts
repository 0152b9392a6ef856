/**
 * `createLinkedInClient(options)`: options → an openapi-fetch client typed by generated/ (`li.api`),
 * whose fetch is the SDK transport (auth, headers, retries, timeouts), plus small typed resources.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { defaultLinkedInVersion, serverUrl } from "../generated/metadata.js";
import { ConfigurationError } from "./errors.js";
import { type AccessTokenProvider, createTokenSource } from "./http/auth.js";
import { serializeQuery } from "./http/query.js";
import { defaultRetryOptions, type RetryOptions } from "./http/retry.js";
import { createTransport, type Logger } from "./http/transport.js";
import { clientContext } from "./pagination.js";
import type { LinkedInPaths } from "./paths.js";
import { type EntitiesResource, entitiesResource } from "./resources/entities.js";
import { type FacetsResource, facetsResource } from "./resources/facets.js";
import { type InsightsResource, insightsResource } from "./resources/insights.js";
import { checkNumber } from "./resources/request.js";
import { createNameResolver } from "./resources/names.js";
import { assertLinkedInVersion, versionLifecycle } from "./version.js";

export interface LinkedInClientOptions {
  /** A member access token (3-legged, `r_ads`). Use this or `getAccessToken`. Never logged. */
  accessToken?: string | undefined;
  /**
   * Called before each request with `{ forceRefresh: false }`; after a 401, once with
   * `{ forceRefresh: true }`, and the request is retried once if the token changed.
   * `refreshingToken({ oauth, tokens })` builds one that refreshes ahead of expiry.
   */
  getAccessToken?: AccessTokenProvider | undefined;
  /** LinkedIn-Version header, "YYYYMM" or "YYYYMM.RR". Default: the version this release was built for. */
  version?: string | undefined;
  /** Default: the spec's server, https://api.linkedin.com/rest. Must be https unless the host is loopback. */
  baseUrl?: string | undefined;
  /**
   * The fetch to use, called with one `Request` per attempt (headers, token and the attempt's signal in it).
   * Default: `globalThis.fetch`, looked up at each call.
   */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** Retries after the first attempt for 429, 5xx (500/502/503/504) and connection failures. Default 2. */
  maxRetries?: number | undefined;
  /** Deadline of each attempt in ms, body included. Default 30000. */
  timeoutMs?: number | undefined;
  /** Backoff tuning: `initialDelayMs` (500), `maxDelayMs` (8000), `maxRetryAfterMs` (60000). */
  retry?: Partial<Omit<RetryOptions, "maxRetries">> | undefined;
  /** Headers added to every request (they win over the SDK's defaults). */
  headers?: Record<string, string> | undefined;
  /** openapi-fetch middleware, in order; more can be added with `li.api.use()`. */
  middleware?: Middleware[] | undefined;
  /** Receives debug lines (retries, refreshes) and warnings; `console` fits. Never given a secret. */
  logger?: Logger | undefined;
  /**
   * Receives warnings (e.g. `version-sunset`: the LinkedIn-Version is probably past its sunset). Default: the
   * logger's `warn`, if any. Never a bare `console.warn`.
   */
  onWarning?: ((warning: ClientWarning) => void) | undefined;
  /** The clock used for version checks. Default `() => new Date()`. */
  now?: (() => Date) | undefined;
}

/** A warning from the client, once per occasion. */
export interface ClientWarning {
  code: "version-sunset" | "version-nearing-sunset" | "version-future";
  message: string;
}

export interface LinkedInClient {
  /** The openapi-fetch client typed by generated/: `{ data, error, response }`, headers and auth injected. */
  readonly api: Client<LinkedInPaths>;
  /** Ad-targeting facets. */
  readonly facets: FacetsResource;
  /** Targeting entities (typeahead), paged. */
  readonly entities: EntitiesResource;
  /** Audience Insights. */
  readonly insights: InsightsResource;
  /** The LinkedIn-Version this client sends. */
  readonly version: string;
  /** The base URL requests go to. */
  readonly baseUrl: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `baseUrl ${JSON.stringify(value)} is not an absolute URL (e.g. "https://api.linkedin.com/rest").`,
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.test(url.hostname))) {
    throw new ConfigurationError(
      `baseUrl ${JSON.stringify(value)} must use https: tokens must not travel in clear text (http is allowed for loopback hosts only).`,
    );
  }
  if (url.search || url.hash)
    throw new ConfigurationError(`baseUrl ${JSON.stringify(value)} must not have a query or fragment.`);
  return url.href.replace(/\/+$/, "");
}

function warnAboutVersion(version: string, options: LinkedInClientOptions): void {
  const warn =
    options.onWarning ??
    (options.logger?.warn ? (w: ClientWarning) => options.logger?.warn?.(w.message, { code: w.code }) : undefined);
  if (!warn) return;
  const life = versionLifecycle(version, options.now?.() ?? new Date());
  const day = life.sunsetOn.toISOString().slice(0, 10);
  if (life.status === "probably-sunset") {
    warn({
      code: "version-sunset",
      message: `LinkedIn-Version ${version} is probably sunset (estimated ${day}): expect 426 NONEXISTENT_VERSION. Pass a newer version, or upgrade this package.`,
    });
  } else if (life.status === "nearing-sunset") {
    warn({
      code: "version-nearing-sunset",
      message: `LinkedIn-Version ${version} reaches its estimated sunset on ${day} (${life.daysLeft} days): plan the bump.`,
    });
  } else if (life.status === "future") {
    warn({
      code: "version-future",
      message: `LinkedIn-Version ${version} is in the future: LinkedIn will answer 426 until it is released.`,
    });
  }
}

/** Creates a LinkedIn Audience Insights client. Options are checked here: bad ones throw ConfigurationError. */
export function createLinkedInClient(options: LinkedInClientOptions): LinkedInClient {
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError("createLinkedInClient needs an options object, e.g. { accessToken }.");
  }
  const tokens = createTokenSource(options);
  const version = assertLinkedInVersion(options.version ?? defaultLinkedInVersion);
  const baseUrl = checkBaseUrl(options.baseUrl ?? serverUrl);
  if (options.fetch !== undefined && typeof options.fetch !== "function")
    throw new ConfigurationError("fetch must be a function.");
  const retry: RetryOptions = {
    maxRetries: checkNumber(options.maxRetries, "maxRetries", defaultRetryOptions.maxRetries, true),
    initialDelayMs: checkNumber(
      options.retry?.initialDelayMs,
      "retry.initialDelayMs",
      defaultRetryOptions.initialDelayMs,
      true,
    ),
    maxDelayMs: checkNumber(options.retry?.maxDelayMs, "retry.maxDelayMs", defaultRetryOptions.maxDelayMs, true),
    maxRetryAfterMs: checkNumber(
      options.retry?.maxRetryAfterMs,
      "retry.maxRetryAfterMs",
      defaultRetryOptions.maxRetryAfterMs,
      true,
    ),
  };
  const timeoutMs = checkNumber(options.timeoutMs, "timeoutMs", 30_000, false);

  warnAboutVersion(version, options);
  const transport = createTransport({
    fetch: options.fetch,
    tokens,
    version,
    timeoutMs,
    retry,
    logger: options.logger,
  });
  const api = createClient<LinkedInPaths>({
    baseUrl,
    fetch: (request) => transport(request),
    querySerializer: serializeQuery,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (options.middleware?.length) api.use(...options.middleware);

  const ctx = { api, transport };
  const names = createNameResolver(ctx); // one cache per client, shared by entities.resolve and insights
  const facets = facetsResource(ctx);
  const entities = entitiesResource(ctx, names, facets);
  const client: LinkedInClient = {
    api,
    facets,
    entities,
    insights: insightsResource(ctx, names),
    version,
    baseUrl,
  };
  // For paginate(li, …): the context travels with the client, hidden from enumeration and JSON.
  Object.defineProperty(client, clientContext, { value: ctx, enumerable: false });
  return client;
}
