/**
 * The daily-quota gate, a layer around the transport. LinkedIn answers a spent daily limit with 429 "Resource level
 * throttle APPLICATION DAY limit for calls to this resource is reached." (or MEMBER DAY, APPLICATION_AND_MEMBER
 * DAY) until midnight UTC. The transport does not retry it (it is a QuotaExceededError); this gate records it in the
 * client's store and, until it resets, fails later calls of the same resource without a request — in every
 * process sharing the store.
 *
 *   request → resource ("GET /adTargetingEntities") → store: spent for the app or the token? → throw, no request
 *                                                                                          → transport → a daily 429? → store
 *
 * Keys: the application's limit under a hash of `quotaKey` (default: of the first access token), the member's
 * under a hash of the token; never a token.
 */
import type { GuardedStore } from "../store/guard.js";
import type { Keyspace, QuotaSubject } from "../store/keys.js";
import { quotaAdvice } from "./daily-quota.js";
import { QuotaExceededError, type QuotaScope } from "./errors.js";
import type { Transport } from "./transport.js";

/** What the gate needs of the client. */
export interface QuotaGateConfig {
  store: GuardedStore;
  keys: Keyspace;
  /** The client's clock, ms since the epoch. */
  now: () => number;
  /** The client's base URL: a resource is the path below it. */
  baseUrl: string;
  /** Hashes of the application (quota key) and of the token the next request will carry. */
  subjects: () => Promise<{ app: string; token: string }>;
}

/** A spent quota as the store keeps it: nothing secret (LinkedIn's message was redacted by the transport). */
export interface QuotaRecord {
  scope: QuotaScope;
  /** ISO date: 00:00 UTC after the answer. */
  resetsAt: string;
  /** ISO date of the answer. */
  recordedAt: string;
  code?: string | undefined;
  serviceErrorCode?: number | undefined;
  message: string;
  requestId?: string | undefined;
}

const SCOPES: readonly string[] = ["application", "member", "application_and_member"];

/** The record, or undefined when the stored value is not one (ignored; the next daily 429 overwrites it). */
export function readQuotaRecord(value: unknown): QuotaRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (
    typeof r.scope !== "string" ||
    !SCOPES.includes(r.scope) ||
    typeof r.resetsAt !== "string" ||
    !Number.isFinite(Date.parse(r.resetsAt)) ||
    typeof r.recordedAt !== "string" ||
    typeof r.message !== "string" ||
    (r.code !== undefined && typeof r.code !== "string") ||
    (r.serviceErrorCode !== undefined && typeof r.serviceErrorCode !== "number") ||
    (r.requestId !== undefined && typeof r.requestId !== "string")
  ) {
    return undefined;
  }
  return r as unknown as QuotaRecord;
}

/** "GET /adTargetingEntities": the method and the path below the base URL's path (`basePath`, e.g. "/rest"). */
export function resourceOf(method: string, url: string, basePath: string): string {
  const path = new URL(url).pathname;
  return `${method.toUpperCase()} ${basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path}`;
}

const subjectOf = (scope: QuotaScope): QuotaSubject => (scope === "application" ? "app" : "token");

/** The transport, gated: spent resources fail fast; daily 429s are recorded. */
export function quotaGate(transport: Transport, config: QuotaGateConfig): Transport {
  const { store, keys } = config;
  const basePath = new URL(config.baseUrl).pathname.replace(/\/+$/, "");
  return async function gated(request, call) {
    const resource = resourceOf(request.method, request.url, basePath);
    const { app, token } = await config.subjects();
    const hashes: Record<QuotaSubject, string> = { app, token };
    const [forApp, forToken] = await Promise.all([
      store.get(keys.quota("app", app, resource)),
      store.get(keys.quota("token", token, resource)),
    ]);
    const now = config.now();
    for (const value of [forApp, forToken]) {
      const record = readQuotaRecord(value);
      if (record && Date.parse(record.resetsAt) > now) throw failFast(record, request, resource);
    }

    const answer = await transport(request, call);
    const { error } = answer;
    if (!(error instanceof QuotaExceededError)) return answer;
    const answeredAt = config.now();
    const body = error.body as { message?: unknown } | undefined;
    const record: QuotaRecord = {
      scope: error.scope,
      resetsAt: error.resetsAt.toISOString(),
      recordedAt: new Date(answeredAt).toISOString(),
      code: error.code,
      serviceErrorCode: error.serviceErrorCode,
      message: typeof body?.message === "string" ? body.message : "daily limit reached",
      requestId: error.requestId,
    };
    const ttlMs = error.resetsAt.getTime() - answeredAt;
    if (ttlMs > 0) {
      await store.set(keys.quota(subjectOf(error.scope), hashes[subjectOf(error.scope)], resource), record, ttlMs);
    }
    return answer;
  };
}

function failFast(record: QuotaRecord, request: Request, resource: string): QuotaExceededError {
  const resetsAt = new Date(record.resetsAt);
  const id = record.requestId ? ` [request id ${record.requestId}]` : "";
  const message =
    `${request.method} ${request.url}: not sent. LinkedIn answered 429${record.code ? ` ${record.code}` : ""} ` +
    `"${record.message}" for ${resource} at ${record.recordedAt}${id} (this client or another sharing its store). ` +
    quotaAdvice(record.scope, resetsAt);
  return new QuotaExceededError(message, {
    status: 429,
    code: record.code,
    serviceErrorCode: record.serviceErrorCode,
    requestId: record.requestId,
    body: { status: 429, serviceErrorCode: record.serviceErrorCode, code: record.code, message: record.message },
    method: request.method,
    url: request.url,
    attempts: 0,
    scope: record.scope,
    resetsAt,
    failedFast: true,
  });
}
