/**
 * One form POST to an OAuth endpoint: deadline joined with the caller's signal, the answer read whole, then
 * classified. Web-standard APIs only (fetch, Request, URLSearchParams, AbortController).
 *
 *   form → fetch (deadline) → text → JSON object? → `error` field? → the caller's parser
 */
import { discardLate, readText } from "../http/body.js";
import { attemptSignal } from "../http/timeout.js";
import { describeError } from "../internal/describe.js";
import { scrubError, snippetOf } from "../internal/redact.js";
import { oauthError, type OAuthErrorCode, scrub } from "./errors.js";

/** The fetch the OAuth helpers call. `globalThis.fetch` fits. */
export type OAuthFetch = (input: Request) => Promise<Response>;

/** What the caller decides about an OAuth error body LinkedIn sent: its code and a hint on what to do. */
export interface Classified {
  code: OAuthErrorCode;
  hint?: string | undefined;
}

export interface FormPost {
  /** For messages: "authorization code exchange", "token refresh", "token introspection". */
  what: string;
  url: string;
  form: Record<string, string>;
  /** Credentials in the form: scrubbed from anything echoed back. */
  secrets: readonly (string | undefined)[];
  fetch: OAuthFetch;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Maps LinkedIn's `{ error, error_description }` to a code and a hint (default: `oauth_error`, no hint). */
  classify?: ((error: string, description: string | undefined) => Classified) | undefined;
}

/**
 * The largest OAuth answer read, in bytes after decompression: LinkedIn's are a few hundred bytes, so anything
 * near this is not an OAuth answer (a gzip bomb, a misrouted download) and the read stops there.
 */
export const MAX_OAUTH_RESPONSE_BYTES = 1024 * 1024;

/** A successful (2xx, JSON object, no `error` field) answer. */
export interface FormAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Sends the form and returns LinkedIn's JSON answer; every failure is an OAuthError (a caller's abort excepted). */
export async function postForm(post: FormPost): Promise<FormAnswer> {
  const { what, url, secrets } = post;
  const where = `LinkedIn OAuth ${what} (POST ${url})`;
  const deadline = attemptSignal(post.timeoutMs, post.signal);
  let response: Response | undefined;
  let text: string | undefined;
  let pending: Promise<Response> | undefined;
  try {
    pending = post.fetch(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams(post.form).toString(),
        signal: deadline.signal,
      }),
    );
    // Raced: the deadline and the caller's abort win even over a fetch that ignores the signal, or a body
    // that never ends.
    response = await deadline.race(pending);
    text = await readText(response, deadline.race, MAX_OAUTH_RESPONSE_BYTES);
  } catch (cause) {
    if (response === undefined && pending !== undefined) discardLate(pending);
    if (post.signal?.aborted) throw post.signal.reason ?? cause;
    if (deadline.timedOut()) {
      throw oauthError(`${where}: no complete answer within ${post.timeoutMs} ms (option timeoutMs).`, {
        code: "timeout",
        url,
      });
    }
    throw oauthError(
      `${where}: connection failed: ${scrub(describeError(cause), secrets)}. Check authBaseUrl and the network; the call can be retried.`,
      // The runtime's error may quote what was sent (the form holds the secret): a scrubbed copy is kept.
      { code: "connection_failed", url, cause: scrubError(cause, secrets) },
    );
  } finally {
    deadline.dispose();
  }

  const { status } = response;
  if (text === undefined) {
    throw oauthError(
      `${where} → ${status}: the answer exceeded ${MAX_OAUTH_RESPONSE_BYTES} bytes (1 MiB, counted after decompression), which no OAuth answer does; the read was stopped. Check authBaseUrl.`,
      { code: "invalid_response", status, url },
    );
  }
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    const kind = response.headers.get("content-type")?.split(";")[0]?.trim() || "no content-type";
    // Scrubbed before it is cut: a secret straddling the cut leaves nothing behind.
    const snippet = snippetOf(text, 160, (t) => scrub(t, secrets));
    const got = text.trim() === "" ? "an empty body" : `${scrub(kind, secrets)}: ${JSON.stringify(snippet)}`;
    throw oauthError(`${where} → ${status}: expected a JSON object, got ${got}.`, {
      code: "invalid_response",
      status,
      url,
    });
  }
  const record = body as Record<string, unknown>;
  if (typeof record.error === "string" && record.error !== "") {
    const error = scrub(record.error, secrets);
    const description =
      typeof record.error_description === "string" ? scrub(record.error_description, secrets) : undefined;
    const { code, hint } = post.classify?.(error, description) ?? { code: "oauth_error" as const };
    throw oauthError(
      `${where} → ${status} ${error}${description ? `: ${description}` : ""}.${hint ? ` ${hint}` : ""}`,
      {
        code,
        error,
        description,
        status,
        url,
      },
    );
  }
  if (status < 200 || status > 299) {
    // LinkedIn's generic error body ({status, message}) rather than an OAuth one.
    const message = typeof record.message === "string" ? `: ${scrub(record.message, secrets)}` : "";
    throw oauthError(`${where} → ${status}${message} (an answer without an OAuth error field).`, {
      code: "invalid_response",
      status,
      url,
    });
  }
  return { status, body: record };
}
