/**
 * The headers LinkedIn's /rest endpoints need on every call. Defaults only: a header the caller set
 * explicitly (per client or per call) wins.
 */
import { restliProtocolVersion } from "../../generated/metadata.js";
import { SDK_VERSION } from "../version.js";

/** Identification sent as User-Agent (where the runtime allows setting it). */
export const USER_AGENT = `linkedin-audience-insights/${SDK_VERSION}`;

/** Sets LinkedIn-Version, X-Restli-Protocol-Version and User-Agent where the request has none. */
export function applyDefaultHeaders(headers: Headers, version: string): Headers {
  if (!headers.has("linkedin-version")) headers.set("LinkedIn-Version", version);
  if (!headers.has("x-restli-protocol-version")) headers.set("X-Restli-Protocol-Version", restliProtocolVersion);
  if (!headers.has("user-agent")) headers.set("User-Agent", USER_AGENT);
  return headers;
}
