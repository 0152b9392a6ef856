// The log of received requests: what a test inspects after driving the SDK.

import type { IncomingHttpHeaders } from "node:http";

/** One request as the server received it. Fields are filled in as the exchange progresses. */
export interface RecordedRequest {
  /** 1-based arrival order within this server. */
  readonly id: number;
  /** The method on the wire (a tunnelled GET is recorded as POST, with `tunneled: true`). */
  readonly method: string;
  /** Path under /rest, e.g. "/adTargetingEntities" (a URL outside /rest is recorded as is). */
  readonly path: string;
  /** Effective query parameters, percent-decoded once (a tunnelled request's body parameters included). */
  readonly query: Readonly<Record<string, string>>;
  /** Effective query exactly as sent, without the "?". */
  readonly rawQuery: string;
  /** Header names lower-cased; `authorization` redacted to "Bearer [REDACTED]". */
  readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON, else its text, else undefined (no body, or over the size limit). */
  readonly body: unknown;
  /** True for a POST carrying `X-HTTP-Method-Override: GET` and the query in a form body. */
  readonly tunneled: boolean;
  /** Status sent (undefined while no response has started). */
  readonly status: number | undefined;
  /** True when the exchange ended before the response completed: the client went away, or a reset/hang fault cut it. */
  readonly aborted: boolean;
  /** Date.now() at arrival. */
  readonly startedAt: number;
  /** Date.now() when the response finished or the exchange was cut; undefined while in flight. */
  readonly endedAt: number | undefined;
}

/** The mutable form the server fills in. */
export type MutableRecord = { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] };

/** Lower-cased header names, repeated values joined, credentials redacted. */
export function logHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  if (out.authorization !== undefined) {
    out.authorization = /^bearer\b/i.test(out.authorization) ? "Bearer [REDACTED]" : "[REDACTED]";
  }
  if (out.cookie !== undefined) out.cookie = "[REDACTED]";
  return out;
}

/** Plain (unredacted) headers for the server's own checks. */
export function plainHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** A body for the log: parsed JSON when it parses, else the text; undefined when empty. */
export function logBody(text: string | undefined): unknown {
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
