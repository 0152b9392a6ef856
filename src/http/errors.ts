/**
 * Errors for what happens on the wire. Every one carries what a support ticket needs (method, URL,
 * status, LinkedIn's code, the request id) and nothing secret: tokens are never stored on an error, and
 * every string that came back from the server — body (JSON keys included), reason phrase, headers — is
 * redacted of the credentials that were sent BEFORE it is cut, so a secret straddling a cut leaves nothing
 * behind; a runtime error kept as `cause` is a redacted copy ({@link scrubError}).
 *
 * | class               | when                                                                  |
 * | ------------------- | --------------------------------------------------------------------- |
 * | LinkedInApiError    | any non-2xx answer (base of the classes below)                        |
 * | BadRequestError     | 400: the request was invalid                                          |
 * | AuthenticationError | 401: missing, invalid, expired or revoked token                       |
 * | PermissionError     | 403: the app or member lacks the permission                           |
 * | NotFoundError       | 404: unknown resource (LinkedIn also answers 404 for restricted APIs) |
 * | VersionError        | 426, or code NONEXISTENT_VERSION / VERSION_MISSING                    |
 * | RateLimitError      | 429: throttled; `retryAfterMs` when the server said                   |
 * | QuotaExceededError  | 429 "… DAY limit …": a daily quota is spent until `resetsAt` (a RateLimitError) |
 * | ServerError         | 5xx after the retries                                                 |
 * | InvalidResponseError| a 2xx whose body is not the JSON the spec promises                    |
 * | ResponseTooLargeError | a body past `maxResponseBytes`, any status (an InvalidResponseError) |
 * | ConnectionError     | the request never got an answer (DNS, refused, reset mid-body, …)     |
 * | TimeoutError        | an attempt took longer than `timeoutMs` (a ConnectionError)           |
 */
import { LinkedInError } from "../errors.js";
import { redact, redactAndCut, redactValue, snippetOf } from "../internal/redact.js";
import { parseRetryAfter } from "./retry.js";

/** Where an error happened: what a log line or a support ticket needs. */
export interface RequestInfo {
  /** HTTP method, e.g. "GET". */
  method: string;
  /** Full request URL (tokens are never in URLs; Bearer auth travels in a header). */
  url: string;
}

/** Fields of an API error, as parsed from LinkedIn's error body and response headers. */
export interface ApiErrorFields extends RequestInfo {
  status: number;
  /** LinkedIn's symbolic code, e.g. "NONEXISTENT_VERSION", when the body had one. */
  code?: string | undefined;
  /** LinkedIn's numeric service error code, e.g. 65600, when the body had one. */
  serviceErrorCode?: number | undefined;
  /** `x-li-uuid` (or `x-li-request-id`) response header: quote it to LinkedIn support. */
  requestId?: string | undefined;
  /** The parsed error body (JSON) or the start of a non-JSON body. */
  body?: unknown;
  /** Attempts made, retries included. */
  attempts?: number | undefined;
}

/** A non-2xx answer from LinkedIn. Subclasses narrow it by status. */
export class LinkedInApiError extends LinkedInError {
  override name = "LinkedInApiError";
  readonly status: number;
  readonly code: string | undefined;
  readonly serviceErrorCode: number | undefined;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly attempts: number | undefined;

  constructor(message: string, fields: ApiErrorFields) {
    super(message);
    this.status = fields.status;
    this.code = fields.code;
    this.serviceErrorCode = fields.serviceErrorCode;
    this.requestId = fields.requestId;
    this.method = fields.method;
    this.url = fields.url;
    this.body = fields.body;
    this.attempts = fields.attempts;
  }

  /** A plain object for logs: everything above, never a credential. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      serviceErrorCode: this.serviceErrorCode,
      requestId: this.requestId,
      method: this.method,
      url: this.url,
      body: this.body,
      attempts: this.attempts,
    };
  }
}

/** 400: LinkedIn rejected the request's parameters or body. */
export class BadRequestError extends LinkedInApiError {
  override name = "BadRequestError";
}
/** 401: the access token is missing, invalid, expired or revoked. */
export class AuthenticationError extends LinkedInApiError {
  override name = "AuthenticationError";
}
/** 403: the application or member lacks the permission (Audience Insights is a per-app approved API). */
export class PermissionError extends LinkedInApiError {
  override name = "PermissionError";
}
/** 404: not found (LinkedIn also answers 404 for APIs the app is not approved for). */
export class NotFoundError extends LinkedInApiError {
  override name = "NotFoundError";
}
/** 426 or NONEXISTENT_VERSION / VERSION_MISSING: the LinkedIn-Version sent is not served. */
export class VersionError extends LinkedInApiError {
  override name = "VersionError";
  /** The LinkedIn-Version header that was sent. */
  readonly version: string | undefined;
  /**
   * The newest LinkedIn-Version LinkedIn serves, when the client's store knew it (from `li.versions.probe()`, kept a
   * day); the message then names it. Undefined otherwise: run `li.versions.probe()`.
   */
  readonly newestVersion: string | undefined;
  constructor(
    message: string,
    fields: ApiErrorFields & { version?: string | undefined; newestVersion?: string | undefined },
  ) {
    super(message, fields);
    this.version = fields.version;
    this.newestVersion = fields.newestVersion;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), version: this.version, newestVersion: this.newestVersion };
  }
}

/**
 * Internal: names the newest served version on a VersionError the transport prepared, before anyone sees it (the
 * client's version layer knows it from the store; the transport does not).
 */
export function noteNewestVersion(error: VersionError, newest: string, oldest: string): void {
  const advice =
    ` LinkedIn serves ${oldest}–${newest} (probed within the last day); the newest is ${newest}: pass ` +
    `createLinkedInClient({ version: "${newest}" }), or { version: "latest" } to follow it.`;
  Object.defineProperty(error, "newestVersion", { value: newest, enumerable: true });
  error.message = `${error.message}${advice}`;
}
/** 429: throttled. LinkedIn's daily quotas reset at midnight UTC and usually come without Retry-After. */
export class RateLimitError extends LinkedInApiError {
  override name = "RateLimitError";
  /** How long the server asked to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, fields: ApiErrorFields & { retryAfterMs?: number | undefined }) {
    super(message, fields);
    this.retryAfterMs = fields.retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}
/** Which daily limit LinkedIn says is spent: the application's, the member's, or the member's within the application. */
export type QuotaScope = "application" | "member" | "application_and_member";

/**
 * 429 whose message says a daily limit is spent — LinkedIn's "Resource level throttle APPLICATION DAY limit for
 * calls to this resource is reached." (also `MEMBER DAY`, `APPLICATION_AND_MEMBER DAY`). The limit resets at
 * midnight UTC and LinkedIn sends no Retry-After: the call is never retried (that would only spend what is left of
 * other budgets), and until `resetsAt` the client fails later calls of the same resource (method and path) with
 * this error **without a request** (`failedFast`), across every client sharing its store. Wait until `resetsAt`,
 * or spread the work over days; LinkedIn's developer portal shows the limits.
 */
export class QuotaExceededError extends RateLimitError {
  override name = "QuotaExceededError";
  /** Whose daily limit is spent: `application` (every member of the app), `member`, or `application_and_member`. */
  readonly scope: QuotaScope;
  /** When the limit resets: the next 00:00 UTC after the answer (by the client's clock). */
  readonly resetsAt: Date;
  /** True when no request was sent: the client's store already knew the quota was spent. */
  readonly failedFast: boolean;
  constructor(
    message: string,
    fields: ApiErrorFields & { scope: QuotaScope; resetsAt: Date; failedFast?: boolean; retryAfterMs?: number },
  ) {
    super(message, fields);
    this.scope = fields.scope;
    this.resetsAt = fields.resetsAt;
    this.failedFast = fields.failedFast ?? false;
  }
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      scope: this.scope,
      resetsAt: this.resetsAt.toISOString(),
      failedFast: this.failedFast,
    };
  }
}

const DAILY_LIMIT = /\b(APPLICATION_AND_MEMBER|APPLICATION|MEMBER) DAY limit\b/;
const SCOPES: Record<string, QuotaScope> = {
  APPLICATION: "application",
  MEMBER: "member",
  APPLICATION_AND_MEMBER: "application_and_member",
};

/** The scope of a daily limit named in LinkedIn's 429 message, or undefined for any other message. */
export function dailyQuotaScope(message: string): QuotaScope | undefined {
  const m = DAILY_LIMIT.exec(message);
  return m ? SCOPES[m[1]!] : undefined;
}

/** True for a 429 whose body (JSON `message`, else the text itself) says a daily limit is spent: never retried. */
export function isDailyQuotaAnswer(status: number, bodyText: string): boolean {
  if (status !== 429) return false;
  let message = bodyText;
  try {
    const body = JSON.parse(bodyText) as unknown;
    if (typeof body === "object" && body !== null && typeof (body as { message?: unknown }).message === "string") {
      message = (body as { message: string }).message;
    }
  } catch {
    // not JSON: the text is the message
  }
  return dailyQuotaScope(message) !== undefined;
}

/** The first 00:00 UTC strictly after `ms`. */
export function nextUtcMidnight(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
}

const SCOPE_WORDS: Record<QuotaScope, string> = {
  application: "application-wide",
  member: "per-member",
  application_and_member: "per-member-per-application",
};

/** The advice of a QuotaExceededError's message. */
export function quotaAdvice(scope: QuotaScope, resetsAt: Date): string {
  return (
    `LinkedIn's ${SCOPE_WORDS[scope]} daily limit for this resource is spent: not retried (a retry only spends ` +
    `other budgets). It resets at ${resetsAt.toISOString()} (midnight UTC); until then this resource fails fast ` +
    `without a request. Wait, or spread the calls over days (the developer portal shows your limits).`
  );
}

/**
 * Internal: sets a QuotaExceededError's `resetsAt` from the client's clock (the transport has none), before anyone
 * sees the error.
 */
export function restampQuotaError(error: QuotaExceededError, nowMs: number): void {
  const resetsAt = nextUtcMidnight(nowMs);
  if (resetsAt.getTime() === error.resetsAt.getTime()) return;
  error.message = error.message.replace(quotaAdvice(error.scope, error.resetsAt), quotaAdvice(error.scope, resetsAt));
  Object.defineProperty(error, "resetsAt", { value: resetsAt, enumerable: true });
}

/** 5xx: LinkedIn or a gateway failed, and the retries did not help. */
export class ServerError extends LinkedInApiError {
  override name = "ServerError";
}
/**
 * An answer the SDK cannot use: a 2xx whose body is not the JSON the spec promises (empty, HTML, truncated, …),
 * a status outside 200–599, or a body past `maxResponseBytes` ({@link ResponseTooLargeError}). Never retried.
 */
export class InvalidResponseError extends LinkedInApiError {
  override name = "InvalidResponseError";
}

/**
 * The response body grew past the client's `maxResponseBytes` (default 16 MiB), counted after decompression
 * while it streamed in; the read was stopped there and the request is not retried, whatever the status.
 *
 * Why a subclass of {@link InvalidResponseError} (and so of `LinkedInApiError`): like the other answers the
 * SDK cannot use, it carries the response's status, request id, method and URL, is never retried, and code
 * that already handles "LinkedIn sent something unusable" handles this too. It is not a `ConnectionError`:
 * an answer did arrive, and retrying would download the same bytes again. It may come with any status (a 503
 * whose body is a bomb is this error, not a ServerError: its body was never read to the end).
 */
export class ResponseTooLargeError extends InvalidResponseError {
  override name = "ResponseTooLargeError";
  /** The limit that was exceeded, in bytes (the client's `maxResponseBytes`). */
  readonly maxResponseBytes: number;
  constructor(message: string, fields: ApiErrorFields & { maxResponseBytes: number }) {
    super(message, fields);
    this.maxResponseBytes = fields.maxResponseBytes;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), maxResponseBytes: this.maxResponseBytes };
  }
}

/** No answer: DNS failure, refused connection, reset mid-body, … `cause` holds the runtime's error. */
export class ConnectionError extends LinkedInError {
  override name = "ConnectionError";
  readonly method: string;
  readonly url: string;
  readonly attempts: number | undefined;
  constructor(message: string, info: RequestInfo & { attempts?: number; cause?: unknown }) {
    super(message, info.cause === undefined ? undefined : { cause: info.cause });
    this.method = info.method;
    this.url = info.url;
    this.attempts = info.attempts;
  }
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, url: this.url, attempts: this.attempts };
  }
}

/** An attempt exceeded `timeoutMs` (per attempt; retries each get their own deadline). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  readonly timeoutMs: number;
  constructor(message: string, info: RequestInfo & { attempts?: number; timeoutMs: number }) {
    super(message, info);
    this.timeoutMs = info.timeoutMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

const STATUS_CLASSES: Record<number, typeof LinkedInApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
};

const HINTS: Record<number, string> = {
  401: "Check that the access token is valid and not expired (tokens live 60 days); refresh it or have the member authorize again.",
  403: "The app or member lacks the permission: Audience Insights is a private API LinkedIn provisions per app (no OAuth scope grants it); ask LinkedIn Developer Support for access, and check that the member can access the ad account (sponsoredAccount).",
  429: "Throttled: LinkedIn's daily limits reset at midnight UTC; slow down (see maxRetries) or wait.",
  404: "LinkedIn also answers 404 for APIs the app is not approved for.",
};

/** The request id headers (`x-li-uuid`, else `x-li-request-id`), redacted. */
export function requestIdOf(headers: Headers, secrets: readonly (string | undefined)[]): string | undefined {
  const id = headers.get("x-li-uuid") ?? headers.get("x-li-request-id");
  return id === null ? undefined : redact(id, secrets);
}

/** Context the transport knows about a request, to build an error from its response. */
export interface ErrorContext extends RequestInfo {
  /** The LinkedIn-Version header sent. */
  version?: string | undefined;
  attempts?: number | undefined;
  /** Credentials sent with the request: scrubbed from anything echoed back. */
  secrets?: readonly (string | undefined)[];
  /** When the answer came, ms since the epoch (a daily quota's `resetsAt` follows it). Default `Date.now()`. */
  answeredAt?: number | undefined;
}

/**
 * Builds the typed error for a non-2xx response whose body was already read (`bodyText`).
 * The message comes from LinkedIn's body when present, else the status text and the start of the body.
 */
export function apiErrorFromResponse(response: Response, bodyText: string, ctx: ErrorContext): LinkedInApiError {
  const secrets = ctx.secrets ?? [];
  const clean = (text: string) => redact(text, secrets);
  let body: unknown = undefined;
  let serverMessage: string | undefined;
  let code: string | undefined;
  let serviceErrorCode: number | undefined;
  try {
    body = bodyText === "" ? undefined : redactValue(JSON.parse(bodyText), secrets);
  } catch {
    // Redacted before it is cut: a secret straddling the cut leaves nothing behind.
    body = redactAndCut(bodyText, secrets, 500);
  }
  if (typeof body === "object" && body !== null) {
    const b = body as Record<string, unknown>;
    if (typeof b.message === "string") serverMessage = b.message;
    if (typeof b.code === "string") code = b.code;
    if (typeof b.serviceErrorCode === "number") serviceErrorCode = b.serviceErrorCode;
  }
  // The status line and the headers come from the server too: a reason phrase or a header may echo the token.
  const statusText = clean(response.statusText);
  if (serverMessage === undefined) {
    const snippet = snippetOf(bodyText, 200, clean);
    const kind = clean(response.headers.get("content-type")?.split(";")[0] ?? "no content-type");
    serverMessage = `${statusText || "HTTP " + response.status}${snippet ? ` (${kind} body: ${snippet})` : ""}`;
  }
  const requestId = requestIdOf(response.headers, secrets);
  const fields: ApiErrorFields = {
    status: response.status,
    code,
    serviceErrorCode,
    requestId,
    body,
    method: ctx.method,
    url: ctx.url,
    attempts: ctx.attempts,
  };
  const where = `${ctx.method} ${ctx.url} → ${response.status}${code ? ` ${code}` : ""}`;
  const reqId = requestId ? ` [request id ${requestId}]` : "";

  const isVersion = response.status === 426 || code === "NONEXISTENT_VERSION" || code === "VERSION_MISSING";
  if (isVersion) {
    const message =
      `${where}: ${serverMessage}${reqId}. LinkedIn-Version ${ctx.version ? `"${ctx.version}"` : "(none)"} is not served: ` +
      `pass a version LinkedIn still serves (YYYYMM, each lives about 12 months) as createLinkedInClient({ version }); ` +
      `li.versions.probe() finds them, and { version: "latest" } follows the newest.`;
    return new VersionError(clean(message), { ...fields, version: ctx.version });
  }
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    const scope = dailyQuotaScope(serverMessage);
    if (scope !== undefined) {
      const resetsAt = nextUtcMidnight(ctx.answeredAt ?? Date.now());
      return new QuotaExceededError(clean(`${where}: ${serverMessage}${reqId}. ${quotaAdvice(scope, resetsAt)}`), {
        ...fields,
        retryAfterMs,
        scope,
        resetsAt,
      });
    }
    const wait = retryAfterMs === undefined ? "" : ` Retry after ${Math.ceil(retryAfterMs / 1000)} s.`;
    return new RateLimitError(clean(`${where}: ${serverMessage}${reqId}.${wait} ${HINTS[429]}`), {
      ...fields,
      retryAfterMs,
    });
  }
  const Class = STATUS_CLASSES[response.status] ?? (response.status >= 500 ? ServerError : LinkedInApiError);
  const hint = HINTS[response.status] ?? "";
  return new Class(clean(`${where}: ${serverMessage}${reqId}.${hint ? " " + hint : ""}`), fields);
}
