// LinkedIn's error format, `{ status, serviceErrorCode?, code?, message }`, and the errors the test server sends.

import { STATUS_CODES } from "node:http";

/** An error body as LinkedIn's `/rest` endpoints send it (the spec's `ErrorResponse`). */
export interface LinkedInErrorBody {
  /** The HTTP status, repeated in the body, e.g. 429. */
  status: number;
  /** LinkedIn's numeric service error code, e.g. 65600 or 101, where LinkedIn sends one. */
  serviceErrorCode?: number;
  /** LinkedIn's symbolic code, e.g. `"INVALID_ACCESS_TOKEN"` or `"TOO_MANY_REQUESTS"`. */
  code?: string;
  /** What went wrong, in LinkedIn's words; {@link errorBody} defaults it to the HTTP reason phrase. */
  message: string;
}

/** Builds an error body in LinkedIn's format; the message defaults to the HTTP reason phrase. */
export function errorBody(
  status: number,
  code?: string,
  message?: string,
  serviceErrorCode?: number,
): LinkedInErrorBody {
  return {
    status,
    ...(serviceErrorCode !== undefined ? { serviceErrorCode } : {}),
    ...(code !== undefined ? { code } : {}),
    message: message ?? STATUS_CODES[status] ?? `HTTP ${status}`,
  };
}

/** What LinkedIn sends when an application or member exceeds a throttle limit (HTTP 429; no Retry-After). */
export const TOO_MANY_REQUESTS_BODY: Readonly<LinkedInErrorBody> = Object.freeze(
  errorBody(429, "TOO_MANY_REQUESTS", "Resource level throttle limit for calls to this resource is reached.", 101),
);

/** A fresh copy of {@link TOO_MANY_REQUESTS_BODY}, for `injectFault({ status: 429, body: tooManyRequestsBody() })`. */
export function tooManyRequestsBody(): LinkedInErrorBody {
  return { ...TOO_MANY_REQUESTS_BODY };
}

/** Whose daily limit a daily-quota 429 says is spent. */
export type DailyLimitScope = "application" | "member" | "application_and_member";

/** LinkedIn's words for each daily limit (the `message` of its 429). */
export const DAILY_LIMIT_MESSAGES: Readonly<Record<DailyLimitScope, string>> = Object.freeze({
  application: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
  member: "Resource level throttle MEMBER DAY limit for calls to this resource is reached.",
  application_and_member:
    "Resource level throttle APPLICATION_AND_MEMBER DAY limit for calls to this resource is reached.",
});

/**
 * What LinkedIn sends when a daily limit is spent (HTTP 429, no Retry-After; it resets at midnight UTC):
 * `{status: 429, serviceErrorCode: 101, code: "TOO_MANY_REQUESTS", message: "Resource level throttle APPLICATION DAY
 * limit for calls to this resource is reached."}` (MEMBER DAY, APPLICATION_AND_MEMBER DAY for the other scopes).
 */
export function dailyLimitBody(scope: DailyLimitScope = "application"): LinkedInErrorBody {
  const message = DAILY_LIMIT_MESSAGES[scope];
  if (message === undefined) {
    throw new TypeError(
      `daily limit scope must be application, member or application_and_member, got ${String(scope)}`,
    );
  }
  return errorBody(429, "TOO_MANY_REQUESTS", message, 101);
}

/** Thrown inside the server's handlers to answer with an error body; never escapes the server. */
export class RestError extends Error {
  constructor(
    readonly body: LinkedInErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.message);
  }
  get status(): number {
    return this.body.status;
  }
}

/** The error answers of the test server, one place for their codes and wording. */
export const restErrors = {
  emptyToken: () => new RestError(errorBody(401, "EMPTY_ACCESS_TOKEN", "Empty oauth2 access token", 65604)),
  invalidToken: () => new RestError(errorBody(401, "INVALID_ACCESS_TOKEN", "Invalid access token", 65600)),
  versionMissing: () =>
    new RestError(
      errorBody(
        400,
        "VERSION_MISSING",
        "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
      ),
    ),
  nonexistentVersion: (shown: string) =>
    new RestError(errorBody(426, "NONEXISTENT_VERSION", `Requested version ${shown} is not active`)),
  protocolVersion: (got: string | undefined) =>
    new RestError(
      errorBody(
        400,
        "ILLEGAL_ARGUMENT",
        got === undefined
          ? "Header X-Restli-Protocol-Version: 2.0.0 is required"
          : `Unsupported X-Restli-Protocol-Version ${JSON.stringify(got)}: only 2.0.0 is served`,
      ),
    ),
  illegalArgument: (message: string) => new RestError(errorBody(400, "ILLEGAL_ARGUMENT", message)),
  paramNotAllowed: (name: string, allowed: readonly string[]) =>
    new RestError(
      errorBody(
        400,
        "QUERY_PARAM_NOT_ALLOWED",
        `Query parameter ${JSON.stringify(name)} is not allowed here (allowed: ${allowed.join(", ")})`,
      ),
    ),
  paramMissing: (name: string) =>
    new RestError(errorBody(400, "ILLEGAL_ARGUMENT", `Required query parameter ${JSON.stringify(name)} is missing`)),
  notFound: (path: string) =>
    new RestError(errorBody(404, "RESOURCE_NOT_FOUND", `No virtual resource found for ${JSON.stringify(path)}`)),
  methodNotAllowed: (method: string, path: string, allowed: readonly string[]) =>
    new RestError(errorBody(405, "METHOD_NOT_ALLOWED", `${method} is not allowed on ${path}`), {
      allow: allowed.join(", "),
    }),
  lengthRequired: () =>
    new RestError(errorBody(411, "LENGTH_REQUIRED", "A POST needs a Content-Length header (or a chunked body)")),
  payloadTooLarge: (limit: number) =>
    new RestError(errorBody(413, "PAYLOAD_TOO_LARGE", `Request body exceeds the limit of ${limit} bytes`), {
      connection: "close",
    }),
  internal: (message: string) => new RestError(errorBody(500, "INTERNAL_SERVER_ERROR", message)),
};
