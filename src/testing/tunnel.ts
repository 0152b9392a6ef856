// Query tunnelling: `POST` + `X-HTTP-Method-Override: GET` + a form-encoded body holding the query string,
// LinkedIn's answer to URLs that would be too long.

import { restErrors, type RestError } from "./errors.js";

export interface Tunnel {
  /** The method the request stands for (GET when tunnelled). */
  method: string;
  /** The effective raw query: the URL's, then the body's. */
  rawQuery: string;
  tunneled: boolean;
  /** Set when the override is malformed (answered with a 400 after the protocol checks). */
  error?: RestError;
}

export function resolveTunnel(
  method: string,
  headers: Readonly<Record<string, string>>,
  urlQuery: string,
  bodyText: string | undefined,
): Tunnel {
  const override = headers["x-http-method-override"];
  if (override === undefined) return { method, rawQuery: urlQuery, tunneled: false };
  const plain = { method, rawQuery: urlQuery, tunneled: false };
  if (method !== "POST") {
    return { ...plain, error: restErrors.illegalArgument("X-HTTP-Method-Override is only allowed on POST") };
  }
  if (override.trim().toUpperCase() !== "GET") {
    return {
      ...plain,
      error: restErrors.illegalArgument(
        `X-HTTP-Method-Override ${JSON.stringify(override)} is not supported (only GET)`,
      ),
    };
  }
  const type = headers["content-type"] ?? "";
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type.trim())) {
    return {
      ...plain,
      error: restErrors.illegalArgument(
        `A tunnelled GET needs Content-Type application/x-www-form-urlencoded, got ${JSON.stringify(type || "none")}`,
      ),
    };
  }
  const body = bodyText ?? "";
  const rawQuery = urlQuery && body ? `${urlQuery}&${body}` : urlQuery || body;
  return { method: "GET", rawQuery, tunneled: true };
}
