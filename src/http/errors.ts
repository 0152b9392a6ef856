/**
 * Errors for what happens on the wire. Every one carries what a support ticket needs (method, URL,
 * status, LinkedIn's code, the request id) and nothing secret: tokens are never stored on an error,
 * and any text that came back from the server is scrubbed of the credential that was sent.
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
 * | ServerError         | 5xx after the retries                                                 |
 * | InvalidResponseError| a 2xx whose body is not the JSON the spec promises                    |
 * | ConnectionError     | the request never got an answer (DNS, refused, reset mid-body, …)     |
 * | TimeoutError        | an attempt took longer than `timeoutMs` (a ConnectionError)           |
 */
import { LinkedInError } from "../errors.js";

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
  constructor(message: string, fields: ApiErrorFields & { version?: string | undefined }) {
    super(message, fields);
    this.version = fields.version;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), version: this.version };
  }
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
/** 5xx: LinkedIn or a gateway failed, and the retries did not help. */
export class ServerError extends LinkedInApiError {
  override name = "ServerError";
}
/** A 2xx answer whose body is not the JSON the spec promises (empty, HTML, truncated, …). */
export class InvalidResponseError extends LinkedInApiError {
  override name = "InvalidResponseError";
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
  403: "The app or member lacks the permission: Audience Insights is a private API LinkedIn approves per app, and needs the r_ads scope.",
  429: "Throttled: LinkedIn's daily limits reset at midnight UTC; slow down (see maxRetries) or wait.",
  404: "LinkedIn also answers 404 for APIs the app is not approved for.",
};

/** Replaces every occurrence of each secret in `text` with "[REDACTED]". */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[REDACTED]");
  return out;
}

function redactValue(value: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets)]));
  }
  return value;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unparseable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Context the transport knows about a request, to build an error from its response. */
export interface ErrorContext extends RequestInfo {
  /** The LinkedIn-Version header sent. */
  version?: string | undefined;
  attempts?: number | undefined;
  /** Credentials sent with the request: scrubbed from anything echoed back. */
  secrets?: readonly (string | undefined)[];
}

/**
 * Builds the typed error for a non-2xx response whose body was already read (`bodyText`).
 * The message comes from LinkedIn's body when present, else the status text and the start of the body.
 */
export function apiErrorFromResponse(response: Response, bodyText: string, ctx: ErrorContext): LinkedInApiError {
  const secrets = ctx.secrets ?? [];
  let body: unknown = undefined;
  let serverMessage: string | undefined;
  let code: string | undefined;
  let serviceErrorCode: number | undefined;
  try {
    body = bodyText === "" ? undefined : JSON.parse(bodyText);
  } catch {
    body = bodyText.slice(0, 500);
  }
  body = redactValue(body, secrets);
  if (typeof body === "object" && body !== null) {
    const b = body as Record<string, unknown>;
    if (typeof b.message === "string") serverMessage = b.message;
    if (typeof b.code === "string") code = b.code;
    if (typeof b.serviceErrorCode === "number") serviceErrorCode = b.serviceErrorCode;
  }
  if (serverMessage === undefined) {
    const snippet = bodyText.replace(/\s+/g, " ").trim().slice(0, 200);
    const kind = response.headers.get("content-type")?.split(";")[0] ?? "no content-type";
    serverMessage = `${response.statusText || "HTTP " + response.status}${snippet ? ` (${kind} body: ${redact(snippet, secrets)})` : ""}`;
  }
  const requestId = response.headers.get("x-li-uuid") ?? response.headers.get("x-li-request-id") ?? undefined;
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
      `pass a version LinkedIn still serves (YYYYMM, each lives about 12 months) as createLinkedInClient({ version }).`;
    return new VersionError(message, { ...fields, version: ctx.version });
  }
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    const wait = retryAfterMs === undefined ? "" : ` Retry after ${Math.ceil(retryAfterMs / 1000)} s.`;
    return new RateLimitError(`${where}: ${serverMessage}${reqId}.${wait} ${HINTS[429]}`, {
      ...fields,
      retryAfterMs,
    });
  }
  const Class = STATUS_CLASSES[response.status] ?? (response.status >= 500 ? ServerError : LinkedInApiError);
  const hint = HINTS[response.status] ?? "";
  return new Class(`${where}: ${serverMessage}${reqId}.${hint ? " " + hint : ""}`, fields);
}
