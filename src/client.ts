/**
 * `createLinkedInClient(options)`: options → an openapi-fetch client typed by generated/ (`li.api`),
 * whose fetch is the SDK transport (auth, headers, retries, timeouts), plus small typed resources.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { defaultLinkedInVersion, serverUrl } from "../generated/metadata.js";
import { ConfigurationError } from "./errors.js";
import { type AccessTokenProvider, createTokenSource, type TokenSource } from "./http/auth.js";
import { serializeQuery } from "./http/query.js";
import { quotaGate } from "./http/quota.js";
import { defaultRetryOptions, type RetryOptions } from "./http/retry.js";
import { createTransport, type Logger, type Transport } from "./http/transport.js";
import {
  createPaginator,
  type ElementOf,
  type PagedIterable,
  type PagedPath,
  type PaginateInit,
} from "./resources/pagination.js";
import type { LinkedInPaths } from "./paths.js";
import { type EntitiesResource, entitiesResource } from "./resources/entities.js";
import { type FacetsResource, facetsResource } from "./resources/facets.js";
import { type InsightsResource, insightsResource } from "./resources/insights.js";
import { createNameResolver } from "./resources/names.js";
import type { ResourceContext } from "./resources/request.js";
import { versionLayer, type VersionsResource, versionsResource } from "./resources/versions.js";
import { type ClientCache, versionHeader } from "./store/cache.js";
import { guardStore, trustedStore } from "./store/guard.js";
import { sha256Hex } from "./store/hash.js";
import { keyspace } from "./store/keys.js";
import { memoryStore } from "./store/memory.js";
import type { Store } from "./store/types.js";
import { assertLinkedInVersion, versionLifecycle } from "./version.js";
import { checkHeaders } from "./internal/headers.js";
import { checkNumber, COUNT, DELAY_MS, type NumberRule, TIMEOUT_MS } from "./internal/numbers.js";
import { checkBaseUrl } from "./internal/urls.js";
import { hasMethods } from "./internal/objects.js";

/**
 * Options of {@link createLinkedInClient}: one credential (`accessToken` or `getAccessToken`, not both), the rest
 * optional. All are checked when the client is built; a bad one is a {@link ConfigurationError} there.
 */
export interface LinkedInClientOptions {
  /**
   * A 3-legged member access token of an app LinkedIn approved for Audience Insights (the permission belongs to the
   * app: no scope is needed for it). Use this or `getAccessToken`. Never logged.
   */
  accessToken?: string | undefined;
  /**
   * Called before each request with `{ forceRefresh: false }`; after a 401, once with
   * `{ forceRefresh: true }`, and the request is retried once if the token changed.
   * `refreshingToken({ oauth, tokens })` builds one that refreshes ahead of expiry.
   */
  getAccessToken?: AccessTokenProvider | undefined;
  /**
   * LinkedIn-Version header, "YYYYMM" or "YYYYMM.RR". Default: the version this release was built for.
   *
   * `"latest"`: the newest version LinkedIn serves, found by `li.versions.probe()` at the first request (once;
   * concurrent first calls share it; the answer is kept in the store for a day). The types stay those of the
   * generated spec: a field LinkedIn added in a newer version is in the JSON but not in the types.
   */
  version?: string | undefined;
  /**
   * Default: the spec's server, https://api.linkedin.com/rest. Must be https unless the host is loopback; no
   * credentials (user:password@), query or fragment.
   */
  baseUrl?: string | undefined;
  /**
   * The fetch to use, called with one `Request` per attempt (headers, token and the attempt's signal in it).
   * Default: `globalThis.fetch`, looked up at each call.
   */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** Retries after the first attempt for 429, 5xx (500/502/503/504) and connection failures. Default 2. */
  maxRetries?: number | undefined;
  /**
   * Deadline of each attempt in ms, body included. Default 30000. At most 2^31−1 (about 24.8 days, the longest
   * timer runtimes support); `Infinity` means no deadline.
   */
  timeoutMs?: number | undefined;
  /**
   * Backoff tuning: `initialDelayMs` (500), `maxDelayMs` (8000), `maxRetryAfterMs` (60000); whole numbers of ms,
   * each at most 2^31−1 (a larger `maxRetryAfterMs` is refused, not clamped).
   */
  retry?: Partial<Omit<RetryOptions, "maxRetries">> | undefined;
  /**
   * The largest response body the client reads, in bytes, counted after decompression as the body streams in
   * (a 64 KB gzip bomb can inflate to gigabytes; a content-length says nothing of the decoded size). Past it the
   * read stops and the call fails with `ResponseTooLargeError`, not retried. A whole number ≥ 1, or `Infinity`
   * for no limit. Default 16 MiB (16 * 1024 * 1024): LinkedIn's largest answers are a few hundred KB.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Headers added to every request (they win over the SDK's defaults). Checked at construction: a name that is
   * not an HTTP token, or a value with CR, LF, NUL or another control character, is a ConfigurationError.
   */
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
  /**
   * The clock used for version checks, store TTLs, daily-quota resets (the next 00:00 UTC) and version probes.
   * Default `() => new Date()`.
   */
  now?: (() => Date) | undefined;
  /**
   * Where the client keeps facet lists (24 h), resolved names (7 days), `find`'s listings (24 h), version probes
   * (1 day) and spent daily quotas (until midnight UTC). Default: a `memoryStore()` of its own. Give clients the
   * same `redisStore(redis)` to share all of it across processes. A store that fails or takes over 250 ms is
   * skipped for the operation (one `store-failed` warning per client), never failing a call.
   */
  store?: Store | undefined;
  /**
   * Names the LinkedIn application for its daily quota: a spent application-wide limit is recorded under a hash of
   * it, and every client with the same `quotaKey` on the same store fails fast. Pass your app's client id when
   * several tokens (members) of one app share a store. Default: a hash of the access token (of `getAccessToken`'s
   * first token), i.e. per token. Only its SHA-256 is stored.
   */
  quotaKey?: string | undefined;
}

/**
 * A warning from the client, once per occasion: `version-*` at construction about the LinkedIn-Version;
 * `store-failed` the first time the store throws or takes over 250 ms (the client carries on without it).
 */
export interface ClientWarning {
  /**
   * What happened: `version-sunset` (the LinkedIn-Version is probably past its estimated sunset: expect 426),
   * `version-nearing-sunset` (60 days or fewer before it), `version-future` (not released yet: LinkedIn answers 426
   * until it is), `store-failed` (the store threw or took over 250 ms).
   */
  code: "version-sunset" | "version-nearing-sunset" | "version-future" | "store-failed";
  /** A sentence for a log: what happened and what to do, e.g. "LinkedIn-Version 202401 is probably sunset …". */
  message: string;
}

/**
 * A client made by {@link createLinkedInClient}: the typed low-level `api` and the resources built on it, sharing
 * its transport (auth, retries, deadlines), its LinkedIn-Version and its store.
 */
export interface LinkedInClient {
  /** The openapi-fetch client typed by generated/: `{ data, error, response }`, headers and auth injected. */
  readonly api: Client<LinkedInPaths>;
  /** Ad-targeting facets. */
  readonly facets: FacetsResource;
  /** Targeting entities (typeahead), paged. */
  readonly entities: EntitiesResource;
  /** Audience Insights. */
  readonly insights: InsightsResource;
  /** Which LinkedIn-Versions LinkedIn serves now (`li.versions.probe()`). */
  readonly versions: VersionsResource;
  /** The LinkedIn-Version this client sends; with `version: "latest"`, "latest" until the first request resolved it. */
  readonly version: string;
  /** The base URL requests go to. */
  readonly baseUrl: string;
}

/** Default of `maxResponseBytes`: 16 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** `maxResponseBytes`: a whole number of bytes ≥ 1, or Infinity. */
const RESPONSE_BYTES: NumberRule = { min: 1, whole: true, unit: "bytes", infinity: "no limit" };

function warningsOf(options: LinkedInClientOptions): ((warning: ClientWarning) => void) | undefined {
  return (
    options.onWarning ??
    (options.logger?.warn ? (w: ClientWarning) => options.logger?.warn?.(w.message, { code: w.code }) : undefined)
  );
}

function checkStore(store: unknown): Store | undefined {
  if (store === undefined) return undefined;
  if (!hasMethods(store, "get", "set", "delete")) {
    throw new ConfigurationError(
      "store must have get(key), set(key, value, { ttlMs }) and delete(key): memoryStore(), redisStore(redis) or your own.",
    );
  }
  return store as Store;
}

function warnAboutVersion(version: string, options: LinkedInClientOptions): void {
  const warn = warningsOf(options);
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

/**
 * Creates a LinkedIn Audience Insights client. Nothing is sent yet: the options are checked here, and a
 * LinkedIn-Version near or past its estimated sunset is reported to `onWarning` (or the logger's `warn`).
 *
 * @param options - One credential, `accessToken` or `getAccessToken`, and any other option.
 * @returns The client: `li.api` for any operation of the spec, and `li.facets`, `li.entities`, `li.insights`,
 *   `li.versions`.
 * @throws {@link ConfigurationError} for no credential or both, a malformed token, `version` or `baseUrl`, an
 *   invalid header, a number out of range, or an option of the wrong type.
 *
 * @example
 * ```ts
 * import { createLinkedInClient, Facet, targeting, urn } from "linkedin-audience-insights";
 *
 * const li = createLinkedInClient({ accessToken: process.env.LINKEDIN_TOKEN ?? "" });
 * const insights = await li.insights.get({
 *   targetingCriteria: targeting().include(Facet.locations, urn.geo(103644278)),
 *   groupBy: "interests",
 * });
 * console.log(insights.totalAudienceCount, insights.segments[0]?.urn);
 * ```
 */
export function createLinkedInClient(options: LinkedInClientOptions): LinkedInClient {
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError("createLinkedInClient needs an options object, e.g. { accessToken }.");
  }
  const tokens = createTokenSource(options);
  const latest = options.version === "latest";
  const version = latest ? "latest" : assertLinkedInVersion(options.version ?? defaultLinkedInVersion);
  const baseUrl = checkBaseUrl(options.baseUrl ?? serverUrl, {
    name: "baseUrl",
    example: serverUrl,
    secrets: "tokens",
    authenticatesWith: "the access token",
  });
  if (options.fetch !== undefined && typeof options.fetch !== "function")
    throw new ConfigurationError("fetch must be a function.");
  const retry: RetryOptions = {
    maxRetries: checkNumber(options.maxRetries, "maxRetries", defaultRetryOptions.maxRetries, COUNT),
    initialDelayMs: checkNumber(
      options.retry?.initialDelayMs,
      "retry.initialDelayMs",
      defaultRetryOptions.initialDelayMs,
      DELAY_MS,
    ),
    maxDelayMs: checkNumber(options.retry?.maxDelayMs, "retry.maxDelayMs", defaultRetryOptions.maxDelayMs, DELAY_MS),
    maxRetryAfterMs: checkNumber(
      options.retry?.maxRetryAfterMs,
      "retry.maxRetryAfterMs",
      defaultRetryOptions.maxRetryAfterMs,
      DELAY_MS,
    ),
  };
  const timeoutMs = checkNumber(options.timeoutMs, "timeoutMs", 30_000, TIMEOUT_MS);
  const maxResponseBytes = checkNumber(
    options.maxResponseBytes,
    "maxResponseBytes",
    DEFAULT_MAX_RESPONSE_BYTES,
    RESPONSE_BYTES,
  );
  const userStore = checkStore(options.store);
  if (options.quotaKey !== undefined && (typeof options.quotaKey !== "string" || options.quotaKey === "")) {
    throw new ConfigurationError("quotaKey must be a non-empty string, e.g. your LinkedIn app's client id.");
  }
  if (options.now !== undefined && typeof options.now !== "function") {
    throw new ConfigurationError("now must be a function returning a Date.");
  }
  const now = () => (options.now ? options.now().getTime() : Date.now());

  if (!latest) warnAboutVersion(version, options);
  // The transport sees the tokens through this, so the quota gate knows the token a request carries (hashed). A
  // provider's token the gate had to ask for (before the first answer) is handed to the transport's next ask, so
  // the provider is still called once per request.
  let lastToken: string | undefined;
  const prefetched: { token: string; at: number }[] = [];
  const observed: TokenSource = {
    canRefresh: tokens.canRefresh,
    get(forceRefresh, rejectedToken) {
      while (!forceRefresh && prefetched.length > 0) {
        const { token, at } = prefetched.shift()!;
        if (Date.now() - at < 1_000) return (lastToken = token);
      }
      const token = tokens.get(forceRefresh, rejectedToken);
      if (typeof token === "string") return (lastToken = token);
      return token.then((t) => (lastToken = t));
    },
  };
  /** The token the next request will most likely carry: the last one handed out, else the provider's first. */
  const nextToken = async (): Promise<string> => {
    if (lastToken !== undefined) return lastToken;
    const token = tokens.get(false);
    if (typeof token === "string") return token;
    const fresh = await token;
    prefetched.push({ token: fresh, at: Date.now() });
    return fresh;
  };
  const transport = createTransport({
    fetch: options.fetch,
    tokens: observed,
    // With "latest" the version layer sets the header on every request; this is never sent.
    version: latest ? defaultLinkedInVersion : version,
    timeoutMs,
    retry,
    logger: options.logger,
    maxResponseBytes,
    now,
  });
  checkHeaders(options.headers, "headers");

  // A given store is guarded (bounded, fail-soft, one warning per client); the client's own memory store is not.
  const warn = warningsOf(options);
  const store = userStore
    ? guardStore(userStore, { now, warn: (message) => warn?.({ code: "store-failed", message }) })
    : trustedStore(memoryStore({ now }));
  const keys = keyspace(baseUrl);
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (text: string) => {
    let hash = hashes.get(text);
    if (!hash) {
      if (hashes.size >= 8) hashes.clear();
      hashes.set(text, (hash = sha256Hex(text)));
    }
    return hash;
  };
  let appHash = options.quotaKey === undefined ? undefined : sha256Hex(`app:${options.quotaKey}`);
  const gated = quotaGate(transport, {
    store,
    keys,
    now,
    baseUrl,
    async subjects() {
      const token = await nextToken();
      appHash ??= hashOf(`app:${token}`);
      return { app: await appHash, token: await hashOf(`token:${token}`) };
    },
  });

  // api → version layer ("latest", 426 advice) → quota gate → transport (retries, deadlines, auth).
  let layered: Transport = gated;
  const api = createClient<LinkedInPaths>({
    baseUrl,
    fetch: async (request) => (await layered(request)).response,
    querySerializer: serializeQuery,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (options.middleware?.length) api.use(...options.middleware);

  const cache: ClientCache = {
    store,
    keys,
    now,
    async version(headers) {
      return versionHeader(headers) ?? state.current() ?? (await state.resolve());
    },
    knownVersion: (headers) => versionHeader(headers) ?? state.current(),
  };
  // The probe sets its own LinkedIn-Version on each request: it goes below the version layer.
  const { versions, state } = versionsResource({ api, transport: gated }, cache, version);
  layered = versionLayer(gated, state, cache);

  const ctx = { api, transport: layered };
  const names = createNameResolver(ctx, { cache }); // shared by entities.resolve and insights
  const facets = facetsResource(ctx, cache);
  const entities = entitiesResource(ctx, names, facets, cache);
  const client: LinkedInClient = {
    api,
    facets,
    entities,
    insights: insightsResource(ctx, names),
    versions,
    get version() {
      return state.current() ?? version;
    },
    baseUrl,
  };
  contexts.set(client, ctx);
  return client;
}

/** Each client's resource context (its openapi-fetch client and transport), for {@link paginate}. */
const contexts = new WeakMap<LinkedInClient, ResourceContext>();

/** Internal: the resource context of a client made by {@link createLinkedInClient}. */
export function contextOf(client: LinkedInClient): ResourceContext | undefined {
  return typeof client === "object" && client !== null ? contexts.get(client) : undefined;
}

/**
 * Walks any paged GET path of the spec (a query with `start` and `count`, a 200 body with `elements` and `paging`),
 * lazily: pages are requested as the iteration needs them. Options are checked here, before any request; iterating
 * throws what a request throws (a {@link LinkedInApiError}, a {@link ConnectionError}, …) or a
 * {@link PaginationError} for a server that breaks paging. `li.entities` wraps the finders of
 * `/adTargetingEntities` this way.
 *
 * @param client - A client made by {@link createLinkedInClient}.
 * @param path - The path, e.g. `"/adTargetingEntities"`; only paged GET paths type-check.
 * @param init - The request's `params` (its query, without `start` and `count`) and the {@link PageOptions}.
 * @throws {@link ConfigurationError} for a client not made by `createLinkedInClient`, a path that is no GET path of
 *   the spec, `start` or `count` in the query, an empty query value, or a paging option out of range (e.g. a
 *   `pageSize` above what the finder serves).
 *
 * @example
 * ```ts
 * const matches = paginate(li, "/adTargetingEntities", {
 *   params: { query: { q: "typeahead", query: "united", facet: Facet.locations } },
 *   maxItems: 50,
 * });
 * for await (const entity of matches) console.log(entity.name);
 * ```
 */
export function paginate<P extends PagedPath>(
  client: LinkedInClient,
  path: P,
  init: PaginateInit<P>,
): PagedIterable<ElementOf<P>> {
  const ctx = contextOf(client);
  if (!ctx) throw new ConfigurationError("paginate needs a client from createLinkedInClient().");
  return createPaginator(ctx, path, init);
}
