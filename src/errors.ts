/**
 * Every error the SDK throws is a `LinkedInError`, so `catch (e) { if (e instanceof LinkedInError) … }` catches them
 * all. One model for all of them:
 *
 * - **The class says what happened, and so what to do**: catch by class (`instanceof`). Where one class covers
 *   several causes, a subclass names the one you may want to handle apart (`QuotaExceededError` is a
 *   `RateLimitError`; `TimeoutError` a `ConnectionError`; `ReauthorizationRequiredError` an `OAuthError`).
 * - **Fields say the details**, each stored once on the error and listed by one `toJSON` (a plain object for logs:
 *   name, message and every field, dates as ISO strings). `code` is the string LinkedIn itself sent when it sent
 *   one — a REST error's `code` (`NONEXISTENT_VERSION`) — except on `OAuthError`, where `code` names the kind of
 *   OAuth failure as a string to `switch` on (each kind the SDK tells apart also has its class) and LinkedIn's own
 *   OAuth code is `error` (`invalid_grant`).
 * - **Nothing secret**: tokens, client secrets and authorization codes are never stored on an error; whatever came
 *   back from a server (body, reason phrase, headers) is redacted of what was sent before it is kept, and a runtime
 *   error kept as `cause` is a redacted copy. `JSON.stringify`, `util.inspect` and `String` show no secret.
 *
 * | class                          | when                                                                              |
 * | ------------------------------ | --------------------------------------------------------------------------------- |
 * | `ConfigurationError`           | an option or parameter is invalid; thrown before any request                      |
 * | `LinkedInApiError`             | LinkedIn answered non-2xx (`status`, `code`, `requestId`, `body`, `attempts`)     |
 * | ├ `BadRequestError`            | 400                                                                               |
 * | ├ `AuthenticationError`        | 401: missing, invalid, expired or revoked token                                   |
 * | ├ `PermissionError`            | 403: the app or member lacks the permission                                       |
 * | ├ `NotFoundError`              | 404 (LinkedIn also answers 404 for APIs the app is not approved for)              |
 * | ├ `VersionError`               | 426, or `NONEXISTENT_VERSION` / `VERSION_MISSING`                                 |
 * | ├ `RateLimitError`             | 429: throttled (`retryAfterMs`)                                                   |
 * | │ └ `QuotaExceededError`       | 429 "… DAY limit …": a daily quota is spent until `resetsAt`                      |
 * | ├ `ServerError`                | 5xx after the retries: transient, retrying later may work                         |
 * | └ `InvalidResponseError`       | an answer the SDK cannot use (a 2xx that is not the JSON promised, …)             |
 * |   └ `ResponseTooLargeError`    | a body past `maxResponseBytes`                                                    |
 * | `ConnectionError`              | no answer: DNS, refused, reset mid-body (`cause`)                                 |
 * | └ `TimeoutError`               | an attempt took longer than `timeoutMs`                                           |
 * | `OAuthError`                   | an OAuth 2.0 failure (`code`, LinkedIn's `error` and `description`, `status`)     |
 * | ├ `OAuthRedirectError`         | the redirect back is unusable: state mismatch, no code, authorization denied      |
 * | ├ `ReauthorizationRequiredError` | no usable refresh token: the member must authorize again                        |
 * | └ `OAuthConnectionError`       | no (complete) answer from the OAuth endpoint: connection failed or timed out      |
 * | `TargetingCriteriaError`       | invalid targeting criteria (`problems`, each with its JSON path)                  |
 * | `UrnError`, `RestliError`      | a malformed URN; malformed Rest.li text                                           |
 * | `AmbiguousEntityError`, `EntityNotFoundError` | `li.entities.find`: several entities fit the name; none does       |
 * | `PaginationError`              | the server broke paging (repeated a page, made no progress, never ended)          |
 * | `VersionProbeError`            | `li.versions.probe()`: no month of the look-back range is served                  |
 */

/** The root of every error this SDK throws (see the module comment for the whole model). */
export class LinkedInError extends Error {
  /**
   * The class's name, `"LinkedInError"` here: every subclass sets its own, so it survives minification and shows in
   * `String(error)` and `toJSON()`. Branch with `instanceof`, which also matches subclasses.
   */
  override name = "LinkedInError";

  /**
   * Builds an error of the SDK; subclasses pass their fields through here. Mostly for subclasses and tests: the SDK
   * builds its own errors.
   *
   * @param message - What happened and what to do about it.
   * @param fields - The error's details, stored once as its own enumerable properties (subclasses declare their
   *   types); `cause`, if any, becomes `Error.cause` (not enumerable: `toJSON` leaves it out).
   */
  constructor(message: string, fields: object = {}) {
    const { cause, ...own } = fields as { cause?: unknown };
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, own);
  }

  /** A plain object for logs: `name`, `message` and every field (dates as ISO strings), never a credential. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== "name") out[key] = value instanceof Date ? value.toISOString() : value;
    }
    return out;
  }
}

/**
 * An option or parameter given to the SDK is invalid (a malformed `baseUrl`, a `pageSize` out of range, a finder the
 * facet does not offer, …); thrown before any request is sent. The message names the option and what it accepts:
 * fix the call, retrying it unchanged fails the same way.
 */
export class ConfigurationError extends LinkedInError {
  /** Always `"ConfigurationError"`. */
  override name = "ConfigurationError";
}
