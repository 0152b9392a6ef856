/**
 * A LinkedIn answer that is not 2xx → the typed error for it (http/errors.ts), once, with everything the request's
 * sender knows: method, URL, attempts, the LinkedIn-Version sent, the credentials sent (redacted from whatever came
 * back: body and JSON keys, reason phrase, headers) and when the answer came. The message comes from LinkedIn's
 * body when it has one, else the reason phrase and the start of the body, and says what to do.
 */
import { redact, redactAndCut, redactValue, snippetOf } from "../internal/redact.js";
import { dailyQuotaScope, nextUtcMidnight, quotaAdvice } from "./daily-quota.js";
import {
  type ApiErrorFields,
  AuthenticationError,
  BadRequestError,
  LinkedInApiError,
  NotFoundError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  type RequestInfo,
  ServerError,
  VersionError,
} from "./errors.js";
import { parseRetryAfter } from "./retry.js";

const STATUS_CLASSES: Record<number, typeof LinkedInApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
};

/** What a ServerError's message says of a 5xx. */
const TRANSIENT = "transient: LinkedIn or a gateway failed; retrying later may work";

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
  if (response.status >= 500) {
    // "→ 503 Service Unavailable after 3 attempts (transient: …): <LinkedIn's message>."
    const attempts = ctx.attempts ?? 1;
    const after = `${statusText ? ` ${statusText}` : ""} after ${attempts} attempt${attempts === 1 ? "" : "s"}`;
    return new ServerError(clean(`${where}${after} (${TRANSIENT}): ${serverMessage}${reqId}.`), fields);
  }
  const Class = STATUS_CLASSES[response.status] ?? LinkedInApiError;
  const hint = HINTS[response.status] ?? "";
  return new Class(clean(`${where}: ${serverMessage}${reqId}.${hint ? " " + hint : ""}`), fields);
}
