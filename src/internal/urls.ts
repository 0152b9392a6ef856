/**
 * Base-URL options (the client's `baseUrl`, LinkedInOAuth's `authBaseUrl`): absolute, https unless the host is
 * loopback, no credentials, no query or fragment; and URLs as an error message may show them.
 */
import { ConfigurationError } from "../errors.js";
import { describeValue } from "./describe.js";

/** Hosts that may be reached over plain http: the machine itself (tests, local stand-ins). */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * A URL option as an error message may show it: never a value holding "@" (it may carry user:password, even
 * when it does not parse as the URL it was meant to be), and never its query or fragment (they may carry a
 * token).
 */
export function showUrl(value: string): string {
  if (value.includes("@")) return "(not shown: it contains '@', which may carry credentials)";
  const bare = value.split(/[?#]/)[0] ?? "";
  return JSON.stringify(bare.length > 200 ? `${bare.slice(0, 200)}…` : bare);
}

/** What the messages of {@link checkBaseUrl} say about the option. */
export interface BaseUrlOption {
  /** The option's name, e.g. "baseUrl". */
  name: string;
  /** The default, shown as an example of an absolute URL. */
  example: string;
  /** What would travel in clear text over http, e.g. "tokens". */
  secrets: string;
  /** How the client authenticates instead of URL credentials, e.g. "the access token". */
  authenticatesWith: string;
}

/** Checks a base-URL option and returns it without a trailing slash; a ConfigurationError otherwise. */
export function checkBaseUrl(value: unknown, option: BaseUrlOption): string {
  const { name } = option;
  if (typeof value !== "string")
    throw new ConfigurationError(`${name} must be a string (got ${describeValue(value)}).`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${name} ${showUrl(value)} is not an absolute URL (e.g. "${option.example}").`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError(
      `${name} must not contain credentials (user:password@…; not shown): the client authenticates with ${option.authenticatesWith}. Remove them from the URL.`,
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.test(url.hostname))) {
    throw new ConfigurationError(
      `${name} ${showUrl(value)} must use https: ${option.secrets} must not travel in clear text (http is allowed for loopback hosts only).`,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(`${name} ${showUrl(value)} must not have a query or fragment (not shown).`);
  }
  return url.href.replace(/\/+$/, "");
}
