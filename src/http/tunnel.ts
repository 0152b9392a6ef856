/**
 * Query tunnelling, LinkedIn's answer to long URLs: a GET whose query string is over ~4 KB (or whose URL is
 * over ~8 KB) gets 414, so it is sent as `POST` with `X-HTTP-Method-Override: GET` and the query as an
 * `application/x-www-form-urlencoded` body. Same answer, no length limit.
 */

/**
 * LinkedIn answers 414 to a query string over "4 KB" and a URL over "8 KB" (its query-tunneling guide) without
 * saying whether a KB is 1,000 or 1,024 characters: the lower reading is the limit. The SDK tunnels anything
 * longer, and the test server answers 414 to anything longer, so no test passes on a URL LinkedIn might refuse.
 */
export const MAX_QUERY_LENGTH = 4_000;
/**
 * The longest URL, in characters, sent as is (and, as path and query, accepted by the test server): 8,000, the lower
 * reading of LinkedIn's "8 KB" limit (it answers 414 past it). The SDK tunnels a longer GET, or one whose query
 * is over 4,000 characters, as a POST with `X-HTTP-Method-Override: GET`.
 */
export const MAX_URL_LENGTH = 8_000;

export interface Outgoing {
  method: string;
  url: string;
  headers: Headers;
  body: ArrayBuffer | undefined;
}

/** Returns the request to send: unchanged, or tunnelled when it is a GET with a too-long URL. */
export function tunnelIfTooLong(request: Outgoing): Outgoing {
  if (request.method !== "GET") return request;
  const q = request.url.indexOf("?");
  if (q === -1) return request;
  if (request.url.length - q - 1 <= MAX_QUERY_LENGTH && request.url.length <= MAX_URL_LENGTH) return request;
  const query = request.url.slice(q + 1);
  const headers = new Headers(request.headers);
  headers.set("X-HTTP-Method-Override", "GET");
  headers.set("Content-Type", "application/x-www-form-urlencoded");
  return {
    method: "POST",
    url: request.url.slice(0, q),
    headers,
    body: new TextEncoder().encode(query).buffer as ArrayBuffer,
  };
}
