/**
 * The errors of what happens on the wire: LinkedIn's non-2xx answers by status, answers the SDK cannot use, and
 * no answer at all. Each carries what a support ticket needs (method, URL, status, LinkedIn's code, the request
 * id, the attempts made) and nothing secret. How they fit with the SDK's other errors: `../errors.ts`. Built from
 * a response by `./classify.ts`.
 */
import { LinkedInError } from "../errors.js";

/**
 * Where an error happened: the request's method and URL, what a log line or a support ticket needs. Part of what
 * {@link ConnectionError}'s and {@link LinkedInApiError}'s constructors take.
 */
export interface RequestInfo {
  /** HTTP method, e.g. "GET". */
  method: string;
  /** Full request URL (tokens are never in URLs; Bearer auth travels in a header). */
  url: string;
}

/**
 * What a {@link LinkedInApiError} (and each subclass) is built from: the request, and what LinkedIn's error body and
 * response headers said. Each field becomes the error's field of the same name. The SDK fills it from the
 * response; you need it only to build an error yourself, e.g. to test how your code handles one.
 */
export interface ApiErrorFields extends RequestInfo {
  /** The HTTP status LinkedIn answered, e.g. 404. */
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

/**
 * A non-2xx answer from LinkedIn, after the retries the client makes (429 and 5xx only). Subclasses narrow it by
 * status; catch this class for any of them, and quote `requestId` to LinkedIn support. Thrown as itself for a
 * status no subclass covers (e.g. 409).
 */
export class LinkedInApiError extends LinkedInError {
  /** `"LinkedInApiError"`, or the subclass's name. */
  override name = "LinkedInApiError";
  /** The HTTP status LinkedIn answered. */
  declare readonly status: number;
  /** LinkedIn's symbolic code, e.g. "NONEXISTENT_VERSION", when the body had one. */
  declare readonly code: string | undefined;
  /** LinkedIn's numeric service error code, e.g. 65600, when the body had one. */
  declare readonly serviceErrorCode: number | undefined;
  /** `x-li-uuid` (or `x-li-request-id`) response header: quote it to LinkedIn support. */
  declare readonly requestId: string | undefined;
  /** HTTP method, e.g. "GET". */
  declare readonly method: string;
  /** Full request URL. */
  declare readonly url: string;
  /** The parsed error body (JSON, redacted) or the start of a non-JSON body. */
  declare readonly body: unknown;
  /** Attempts made, retries included (0: failed fast, no request sent). */
  declare readonly attempts: number | undefined;

  /**
   * Builds the error; the client does, from LinkedIn's answer. Build one yourself only to test your handling.
   *
   * @param message - What happened, e.g. "GET https://… → 404 Not Found: …".
   * @param fields - The request and what LinkedIn answered; each becomes the field of the same name.
   */
  constructor(message: string, fields: ApiErrorFields) {
    super(message, fields);
  }
}

/**
 * 400: LinkedIn rejected the request's parameters or body (the message quotes its reason). Not retried: fix the
 * request.
 */
export class BadRequestError extends LinkedInApiError {
  /** Always `"BadRequestError"`. */
  override name = "BadRequestError";
}
/**
 * 401: the access token is missing, invalid, expired or revoked. With `getAccessToken`, the client first asks it
 * once for a refreshed token and, if it got a new one, retries once; this is thrown when that did not help. Get a
 * new token (the member may have to authorize again).
 */
export class AuthenticationError extends LinkedInApiError {
  /** Always `"AuthenticationError"`. */
  override name = "AuthenticationError";
}
/**
 * 403: the application or member lacks the permission (Audience Insights is a per-app approved API). Not retried:
 * the app needs LinkedIn's approval, or the member the right on the ad account.
 */
export class PermissionError extends LinkedInApiError {
  /** Always `"PermissionError"`. */
  override name = "PermissionError";
}
/** 404: not found (LinkedIn also answers 404 for APIs the app is not approved for). Not retried. */
export class NotFoundError extends LinkedInApiError {
  /** Always `"NotFoundError"`. */
  override name = "NotFoundError";
}

/**
 * 426, or the code NONEXISTENT_VERSION / VERSION_MISSING: the LinkedIn-Version sent is not served (sunset, or not
 * yet released). Not retried: pass a served `version` to `createLinkedInClient` (`li.versions.probe()`
 * lists them; `version: "latest"` follows the newest), or upgrade this package.
 */
export class VersionError extends LinkedInApiError {
  /** Always `"VersionError"`. */
  override name = "VersionError";
  /** The LinkedIn-Version header that was sent. */
  declare readonly version: string | undefined;
  /**
   * The newest LinkedIn-Version LinkedIn serves, when the client's store knew it (from `li.versions.probe()`, kept a
   * day); the message then names it. Undefined otherwise: run `li.versions.probe()`.
   */
  declare readonly newestVersion: string | undefined;
  /**
   * Builds the error; the client does, from LinkedIn's answer.
   *
   * @param message - What happened and what to do.
   * @param fields - As for {@link LinkedInApiError}, plus the version sent and the newest one served, when known.
   */
  constructor(
    message: string,
    fields: ApiErrorFields & { version?: string | undefined; newestVersion?: string | undefined },
  ) {
    super(message, fields);
  }
}

/**
 * 429: throttled. Thrown once the client's retries are spent, or at once when `Retry-After` asks for longer than
 * `retry.maxRetryAfterMs`. Wait (`retryAfterMs`, when the server said) and call again, or send fewer requests. A
 * spent daily limit is the subclass {@link QuotaExceededError}, never retried.
 */
export class RateLimitError extends LinkedInApiError {
  /** `"RateLimitError"`, or `"QuotaExceededError"`. */
  override name = "RateLimitError";
  /** How long the server asked to wait (`Retry-After`), in ms, when it said; LinkedIn usually does not. */
  declare readonly retryAfterMs: number | undefined;
  /**
   * Builds the error; the client does, from LinkedIn's answer.
   *
   * @param message - What happened and what to do.
   * @param fields - As for {@link LinkedInApiError}, plus `retryAfterMs` when the answer had a `Retry-After`.
   */
  constructor(message: string, fields: ApiErrorFields & { retryAfterMs?: number | undefined }) {
    super(message, fields);
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
  /** Always `"QuotaExceededError"`. */
  override name = "QuotaExceededError";
  /** Whose daily limit is spent: `application` (every member of the app), `member`, or `application_and_member`. */
  declare readonly scope: QuotaScope;
  /** When the limit resets: the next 00:00 UTC after the answer (by the client's clock). */
  declare readonly resetsAt: Date;
  /** True when no request was sent: the client's store already knew the quota was spent. */
  declare readonly failedFast: boolean;
  /**
   * Builds the error; the client does, from LinkedIn's answer or from a quota its store knows is spent.
   *
   * @param message - What happened and what to do.
   * @param fields - As for {@link RateLimitError}, plus the quota's `scope`, `resetsAt`, and `failedFast`
   *   (default `false`).
   */
  constructor(
    message: string,
    fields: ApiErrorFields & { scope: QuotaScope; resetsAt: Date; failedFast?: boolean; retryAfterMs?: number },
  ) {
    const all = { ...fields, failedFast: fields.failedFast ?? false };
    super(message, all);
  }
}

/**
 * 5xx: LinkedIn or a gateway failed, and the retries did not help (500, 502, 503 and 504 are retried; other 5xx
 * are not). Transient: retrying later may work.
 */
export class ServerError extends LinkedInApiError {
  /** Always `"ServerError"`. */
  override name = "ServerError";
}

/**
 * An answer the SDK cannot use: a 2xx whose body is not the JSON the spec promises (empty, HTML, truncated, …),
 * a status outside 200–599, or a body past `maxResponseBytes` ({@link ResponseTooLargeError}). Never retried.
 */
export class InvalidResponseError extends LinkedInApiError {
  /** `"InvalidResponseError"`, or `"ResponseTooLargeError"`. */
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
  /** Always `"ResponseTooLargeError"`. */
  override name = "ResponseTooLargeError";
  /** The limit that was exceeded, in bytes (the client's `maxResponseBytes`). */
  declare readonly maxResponseBytes: number;
  /**
   * Builds the error; the client does, when a body outgrows its limit.
   *
   * @param message - What happened and what to do.
   * @param fields - As for {@link LinkedInApiError}, plus the `maxResponseBytes` exceeded.
   */
  constructor(message: string, fields: ApiErrorFields & { maxResponseBytes: number }) {
    super(message, fields);
  }
}

/**
 * No answer: DNS failure, refused connection, reset mid-body, … `cause` holds the runtime's error (redacted).
 * Thrown once the client's retries (`maxRetries`) are spent; transient, so calling again later may work. Check
 * `baseUrl` and the network when it persists.
 */
export class ConnectionError extends LinkedInError {
  /** `"ConnectionError"`, or `"TimeoutError"`. */
  override name = "ConnectionError";
  /** HTTP method, e.g. "GET". */
  declare readonly method: string;
  /** Full request URL. */
  declare readonly url: string;
  /** Attempts made, retries included. */
  declare readonly attempts: number | undefined;
  /**
   * Builds the error; the client does, when an attempt gets no answer.
   *
   * @param message - What happened, quoting the runtime's error.
   * @param fields - The request, the attempts made, and `cause`: the runtime's error (kept as `Error.cause`).
   */
  constructor(message: string, fields: RequestInfo & { attempts?: number | undefined; cause?: unknown }) {
    super(message, fields);
  }
}

/**
 * An attempt exceeded `timeoutMs` (per attempt, body included; retries each get their own deadline) and no retry
 * was left. Raise `timeoutMs` (client or per call) if LinkedIn is merely slow. Your own `signal` aborting is
 * not this error: it reaches you as the abort it is.
 */
export class TimeoutError extends ConnectionError {
  /** Always `"TimeoutError"`. */
  override name = "TimeoutError";
  /** The deadline that passed, in ms. */
  declare readonly timeoutMs: number;
  /**
   * Builds the error; the client does, when an attempt's deadline passes.
   *
   * @param message - What happened.
   * @param fields - The request, the attempts made, and the `timeoutMs` that passed.
   */
  constructor(message: string, fields: RequestInfo & { attempts?: number | undefined; timeoutMs: number }) {
    super(message, fields);
  }
}
