/**
 * A loopback stand-in for LinkedIn's OAuth 2.0 endpoints (Node only: node:http on 127.0.0.1), for tests of
 * `LinkedInOAuth` and `refreshingToken` that go over real HTTP.
 *
 * ```ts
 * const auth = await startOAuthServer({ clientId: "app", clientSecret: "s3cret", redirectUri: "http://127.0.0.1/cb" });
 * const oauth = new LinkedInOAuth({ clientId: "app", clientSecret: "s3cret", redirectUri: "http://127.0.0.1/cb", authBaseUrl: auth.url });
 * const { url, state } = oauth.authorizationUrl({ scopes: ["r_ads"] });
 * const res = await fetch(url, { redirect: "manual" });           // 302 to redirect_uri?code=…&state=…
 * const back = new URL(res.headers.get("location")!);
 * const tokens = await oauth.exchangeCode({ code: back.searchParams.get("code"), state: back.searchParams.get("state"), expectedState: state });
 * await auth.close();
 * ```
 *
 * Endpoints (under `url`, like https://www.linkedin.com/oauth/v2):
 * - `GET /authorization`: the member approves at once; 302 to `redirect_uri` with `code` and `state`
 *   (or `error=user_cancelled_authorize` after `denyNextAuthorization()`).
 * - `POST /accessToken`: both grants; client credentials checked (401 `invalid_client`); codes single-use,
 *   bound to their redirect URI, valid 30 minutes; refresh tokens keep their first expiry.
 * - `POST /introspectToken`: `active`, `status`, `scope`, dates in seconds, `auth_type: "3L"`.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { checkNumber, type NumberRule } from "../internal/numbers.js";
import type { OAuthTokens } from "../oauth/types.js";
import { FAULT_TIMES } from "./faults.js";

/** Options of {@link startOAuthServer}. */
export interface OAuthServerOptions {
  /** The only client id accepted. */
  clientId: string;
  /** The only client secret accepted. */
  clientSecret: string;
  /** The registered redirect URI. Omitted: any http(s) redirect URI is accepted. */
  redirectUri?: string | undefined;
  /** Clock in ms since the epoch, for issuing and expiring (default `Date.now`). */
  now?: (() => number) | undefined;
  /** Access token lifetime in seconds (default 5,184,000 = 60 days). */
  accessTokenTtlS?: number | undefined;
  /** Refresh token lifetime in seconds (default 31,536,000 = 365 days); 0 issues no refresh tokens. */
  refreshTokenTtlS?: number | undefined;
  /** Whether a refresh answer repeats `refresh_token` and its remaining `refresh_token_expires_in` (default true). */
  refreshReturnsRefreshToken?: boolean | undefined;
  /** How `scope` is joined in token answers: "," (default, as LinkedIn mostly does) or " ". */
  scopeSeparator?: "," | " " | undefined;
  /**
   * Makes each access token issued (default: "AQV" + 256 random bits, base64url). Lets a test know the tokens
   * in advance, e.g. for an API test server whose list of accepted tokens is fixed at start.
   */
  accessTokenFactory?: (() => string) | undefined;
  /** Called with every access token issued (e.g. to let an API stub accept it). */
  onIssue?: ((accessToken: string) => void) | undefined;
  /** Port to listen on (default 0: a free one). */
  port?: number | undefined;
}

/** One request as the fake received it. */
export interface OAuthRecordedRequest {
  /** HTTP method. */
  method: string;
  /** Path under the base URL: "/authorization", "/accessToken", "/introspectToken" (others as received). */
  path: string;
  /** Query parameters. */
  query: Record<string, string>;
  /** Form fields of a POST; `client_secret` is recorded as "[REDACTED]". */
  form: Record<string, string>;
  /** The request's content-type header. */
  contentType: string | undefined;
  /** Status answered (undefined while in flight, or when a fault cut the connection). */
  status: number | undefined;
}

/** A failure to inject into the next matching requests. */
export interface OAuthFault {
  /** "/accessToken", "/introspectToken" or "/authorization"; omitted: any path. */
  path?: string | undefined;
  /** Only requests for which this returns true (e.g. `(r) => r.form.grant_type === "refresh_token"`). */
  match?: ((request: OAuthRecordedRequest) => boolean) | undefined;
  /** How many matching requests get it (default 1; `Infinity` for all). */
  times?: number | undefined;
  /** Status to answer (default 400 with a body, 500 without). */
  status?: number | undefined;
  /** Body: an object is sent as JSON, a string as is (e.g. an HTML page). Default `{ error: "server_error" }`. */
  body?: unknown;
  /** Response headers (e.g. a content-type for a string body; default text/html for strings). */
  headers?: Record<string, string> | undefined;
  /** Wait this long before answering (the real answer, when neither status nor body is given). */
  delayMs?: number | undefined;
  /** Never answer (the client's timeout or `close()` ends it). */
  hang?: boolean | undefined;
  /** Destroy the connection without answering. */
  reset?: boolean | undefined;
}

/** Options of {@link OAuthServer.issue}. */
export interface IssueOptions {
  /** Scopes of the tokens (default `["r_ads"]`). */
  scopes?: readonly string[] | undefined;
  /** Access token lifetime in seconds (default: the server's). */
  accessTokenTtlS?: number | undefined;
  /** Refresh token lifetime in seconds (default: the server's; 0: no refresh token). */
  refreshTokenTtlS?: number | undefined;
}

/** A running fake; `close()` it when done. */
export interface OAuthServer {
  /** The base URL to pass as `authBaseUrl`, e.g. "http://127.0.0.1:54321/oauth/v2". */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly OAuthRecordedRequest[];
  /** Issues tokens directly, as if the member had completed the flow (no HTTP). */
  issue(options?: IssueOptions): OAuthTokens;
  /** Revokes an access or refresh token (revoking a refresh token revokes the access tokens minted with it). True if known. */
  revoke(token: string): boolean;
  /** Access tokens that are valid now (issued, not expired, not revoked). */
  accessTokens(): string[];
  /** True when `token` is an access token valid now: an API stub's check. */
  isValidAccessToken(token: string): boolean;
  /** The next `/authorization` redirects back with `error` (default "user_cancelled_authorize") instead of a code. */
  denyNextAuthorization(error?: string, description?: string): void;
  /** Injects a fault (see {@link OAuthFault}). */
  injectFault(fault: OAuthFault): void;
  /** Removes every injected fault. */
  clearFaults(): void;
  /** Empties `requests`. */
  clearRequests(): void;
  /** Stops listening and cuts open connections. */
  close(): Promise<void>;
}

interface TokenRecord {
  kind: "access" | "refresh";
  scopes: string[];
  authorizedAt: number;
  createdAt: number;
  expiresAt: number;
  revoked: boolean;
  /** For an access token: the refresh token it was minted with (or issued alongside). */
  family: string | undefined;
}

interface CodeRecord {
  redirectUri: string;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

const CODE_TTL_MS = 30 * 60_000;
const MAX_BODY = 64 * 1024;

function token(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** An access token lives a positive number of seconds; a refresh token 0 or more (0: none is issued). */
const ACCESS_TTL_S: NumberRule = { min: 0, above: true, unit: "seconds" };
const REFRESH_TTL_S: NumberRule = { min: 0, unit: "seconds" };
const typeError = (message: string) => new TypeError(message);

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const type = typeof body === "string" ? "text/html; charset=utf-8" : "application/json";
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(text);
}

function oauthError(error: string, description: string) {
  return { error, error_description: description };
}

/** Starts the fake on 127.0.0.1. */
export async function startOAuthServer(options: OAuthServerOptions): Promise<OAuthServer> {
  const { clientId, clientSecret } = options;
  if (typeof clientId !== "string" || clientId === "") throw new TypeError("clientId must be a non-empty string");
  if (typeof clientSecret !== "string" || clientSecret === "")
    throw new TypeError("clientSecret must be a non-empty string");
  const now = options.now ?? Date.now;
  const accessTtlS = checkNumber(options.accessTokenTtlS, "accessTokenTtlS", 5_184_000, ACCESS_TTL_S, typeError);
  const refreshTtlS = checkNumber(options.refreshTokenTtlS, "refreshTokenTtlS", 31_536_000, REFRESH_TTL_S, typeError);
  const repeatRefresh = options.refreshReturnsRefreshToken ?? true;
  const separator = options.scopeSeparator ?? ",";

  const tokens = new Map<string, TokenRecord>();
  const codes = new Map<string, CodeRecord>();
  const requests: OAuthRecordedRequest[] = [];
  let faults: { fault: OAuthFault; remaining: number }[] = [];
  let denial: { error: string; description: string } | undefined;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function mint(scopes: string[], authorizedAt: number, accessS: number, refreshS: number, family?: string) {
    const t = now();
    let refresh = family;
    if (refresh === undefined && refreshS > 0) {
      refresh = token("AQX");
      tokens.set(refresh, {
        kind: "refresh",
        scopes,
        authorizedAt,
        createdAt: t,
        expiresAt: authorizedAt + refreshS * 1000,
        revoked: false,
        family: undefined,
      });
    }
    const access = options.accessTokenFactory ? options.accessTokenFactory() : token("AQV");
    if (typeof access !== "string" || access === "" || /\s/.test(access) || tokens.has(access)) {
      throw new TypeError("accessTokenFactory must return a new, non-empty string without whitespace");
    }
    tokens.set(access, {
      kind: "access",
      scopes,
      authorizedAt,
      createdAt: t,
      expiresAt: t + accessS * 1000,
      revoked: false,
      family: refresh,
    });
    options.onIssue?.(access);
    return { access, refresh };
  }

  function tokenAnswer(access: string, refresh: string | undefined, includeRefresh: boolean) {
    const record = tokens.get(access) as TokenRecord;
    const t = now();
    const body: Record<string, unknown> = {
      access_token: access,
      expires_in: Math.round((record.expiresAt - t) / 1000),
      scope: record.scopes.join(separator),
    };
    const r = refresh === undefined ? undefined : tokens.get(refresh);
    if (includeRefresh && refresh !== undefined && r) {
      body.refresh_token = refresh;
      body.refresh_token_expires_in = Math.max(0, Math.round((r.expiresAt - t) / 1000));
    }
    return body;
  }

  /** Revoked itself, or minted with a refresh token that was revoked. */
  function isRevoked(record: TokenRecord): boolean {
    return record.revoked || (record.family !== undefined && tokens.get(record.family)?.revoked === true);
  }

  function isLive(record: TokenRecord | undefined): boolean {
    return record !== undefined && !isRevoked(record) && record.expiresAt > now();
  }

  function checkClient(form: Record<string, string>): boolean {
    return form.client_id === clientId && form.client_secret === clientSecret;
  }

  function handleAuthorization(res: ServerResponse, q: Record<string, string>): void {
    if (q.client_id !== clientId) {
      send(res, 400, oauthError("invalid_request", "The client_id is not valid."));
      return;
    }
    const redirect = q.redirect_uri ?? "";
    let target: URL;
    try {
      target = new URL(redirect);
    } catch {
      send(res, 400, oauthError("invalid_request", "The redirect_uri is missing or not a valid URL."));
      return;
    }
    if (options.redirectUri !== undefined && redirect !== options.redirectUri) {
      send(res, 400, oauthError("invalid_request", "The redirect_uri does not match the registered value"));
      return;
    }
    const back = (params: Record<string, string>) => {
      for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
      if (q.state !== undefined) target.searchParams.set("state", q.state);
      res.writeHead(302, { location: target.href, "cache-control": "no-store" });
      res.end();
    };
    if (q.response_type !== "code") {
      back({ error: "unsupported_response_type", error_description: "response_type must be code" });
      return;
    }
    const scopes = (q.scope ?? "").split(/[\s,]+/).filter(Boolean);
    if (scopes.length === 0) {
      back({ error: "invalid_scope", error_description: "The scope parameter is missing" });
      return;
    }
    if (denial) {
      const d = denial;
      denial = undefined;
      back({ error: d.error, error_description: d.description });
      return;
    }
    const code = token("AQT");
    codes.set(code, { redirectUri: redirect, scopes, expiresAt: now() + CODE_TTL_MS, used: false });
    back({ code });
  }

  function handleAccessToken(res: ServerResponse, form: Record<string, string>): void {
    if (!checkClient(form)) {
      send(res, 401, oauthError("invalid_client", "Client authentication failed"));
      return;
    }
    if (form.grant_type === "authorization_code") {
      const record = form.code ? codes.get(form.code) : undefined;
      if (!form.code) {
        send(res, 400, oauthError("invalid_request", 'A required parameter "code" is missing'));
        return;
      }
      if (!record || record.used || record.expiresAt <= now() || record.redirectUri !== form.redirect_uri) {
        send(
          res,
          400,
          oauthError(
            "invalid_request",
            "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists",
          ),
        );
        return;
      }
      record.used = true;
      const { access, refresh } = mint(record.scopes, now(), accessTtlS, refreshTtlS);
      send(res, 200, tokenAnswer(access, refresh, true));
      return;
    }
    if (form.grant_type === "refresh_token") {
      if (!form.refresh_token) {
        send(res, 400, oauthError("invalid_request", 'A required parameter "refresh_token" is missing'));
        return;
      }
      const record = tokens.get(form.refresh_token);
      if (!record || record.kind !== "refresh") {
        send(res, 400, oauthError("invalid_request", "The provided refresh token is invalid"));
        return;
      }
      if (!isLive(record)) {
        send(res, 400, oauthError("invalid_grant", "Token has been expired or revoked."));
        return;
      }
      const { access } = mint(record.scopes, record.authorizedAt, accessTtlS, 0, form.refresh_token);
      send(res, 200, tokenAnswer(access, form.refresh_token, repeatRefresh));
      return;
    }
    send(res, 400, oauthError("unsupported_grant_type", "grant_type must be authorization_code or refresh_token"));
  }

  function handleIntrospect(res: ServerResponse, form: Record<string, string>): void {
    if (!checkClient(form)) {
      send(res, 401, oauthError("invalid_client", "Client authentication failed"));
      return;
    }
    if (!form.token) {
      send(res, 400, oauthError("invalid_request", 'A required parameter "token" is missing'));
      return;
    }
    const record = tokens.get(form.token);
    if (!record) {
      send(res, 200, { active: false, status: "invalid" });
      return;
    }
    const live = isLive(record);
    const s = (ms: number) => Math.floor(ms / 1000);
    send(res, 200, {
      active: live,
      client_id: clientId,
      authorized_at: s(record.authorizedAt),
      created_at: s(record.createdAt),
      status: live ? "active" : isRevoked(record) ? "revoked" : "expired",
      expires_at: s(record.expiresAt),
      scope: record.scopes.join(","),
      auth_type: "3L",
    });
  }

  function takeFault(req: OAuthRecordedRequest): OAuthFault | undefined {
    for (const entry of faults) {
      const { fault } = entry;
      if (fault.path !== undefined && fault.path !== req.path) continue;
      if (fault.match && !fault.match(req)) continue;
      entry.remaining--;
      if (entry.remaining <= 0) faults = faults.filter((e) => e !== entry);
      return fault;
    }
    return undefined;
  }

  function later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  }

  function readBody(req: IncomingMessage): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY) chunks.push(chunk);
      });
      req.on("end", () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString("utf8")));
      req.on("error", reject);
    });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const path = url.pathname.startsWith("/oauth/v2/") ? url.pathname.slice("/oauth/v2".length) : url.pathname;
      const text = await readBody(req);
      const contentType = req.headers["content-type"];
      const form: Record<string, string> = {};
      if (
        text !== undefined &&
        req.method === "POST" &&
        /^application\/x-www-form-urlencoded\b/i.test(contentType ?? "")
      ) {
        for (const [k, v] of new URLSearchParams(text)) form[k] = v;
      }
      const record: OAuthRecordedRequest = {
        method: req.method ?? "GET",
        path,
        query: Object.fromEntries(url.searchParams),
        form: form.client_secret === undefined ? { ...form } : { ...form, client_secret: "[REDACTED]" },
        contentType,
        status: undefined,
      };
      requests.push(record);
      res.on("finish", () => {
        record.status = res.statusCode;
      });

      const answer = () => {
        if (text === undefined) {
          send(res, 413, oauthError("invalid_request", "Request body too large"));
        } else if (path === "/authorization" && req.method === "GET") {
          handleAuthorization(res, record.query);
        } else if (path === "/accessToken" || path === "/introspectToken") {
          if (req.method !== "POST") {
            send(res, 405, oauthError("invalid_request", "Use POST"), { allow: "POST" });
          } else if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? "")) {
            send(res, 400, oauthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded"));
          } else if (path === "/accessToken") {
            handleAccessToken(res, form);
          } else {
            handleIntrospect(res, form);
          }
        } else {
          send(res, 404, "<html><body><h1>Page not found</h1></body></html>");
        }
      };

      const fault = takeFault(record);
      if (!fault) return answer();
      if (fault.hang) return;
      const act = () => {
        if (fault.reset) {
          req.socket.destroy();
          return;
        }
        if (fault.status === undefined && fault.body === undefined) return answer();
        const body = fault.body ?? { error: "server_error", error_description: "Internal error" };
        send(res, fault.status ?? (fault.body === undefined ? 500 : 400), body, fault.headers ?? {});
      };
      if (fault.delayMs) later(fault.delayMs, act);
      else act();
    })().catch(() => {
      if (!res.headersSent) send(res, 500, oauthError("server_error", "The fake failed"));
      else res.destroy();
    });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/oauth/v2`,
    requests,
    issue(issueOptions = {}) {
      const scopes = [...(issueOptions.scopes ?? ["r_ads"])];
      const aS = checkNumber(issueOptions.accessTokenTtlS, "accessTokenTtlS", accessTtlS, ACCESS_TTL_S, typeError);
      const rS = checkNumber(issueOptions.refreshTokenTtlS, "refreshTokenTtlS", refreshTtlS, REFRESH_TTL_S, typeError);
      const { access, refresh } = mint(scopes, now(), aS, rS);
      const a = tokens.get(access) as TokenRecord;
      const out: OAuthTokens = { accessToken: access, expiresAt: new Date(a.expiresAt), scopes };
      if (refresh !== undefined) {
        out.refreshToken = refresh;
        out.refreshTokenExpiresAt = new Date((tokens.get(refresh) as TokenRecord).expiresAt);
      }
      return out;
    },
    revoke(t) {
      const record = tokens.get(t);
      if (!record) return false;
      record.revoked = true;
      return true;
    },
    accessTokens() {
      return [...tokens].filter(([, r]) => r.kind === "access" && isLive(r)).map(([t]) => t);
    },
    isValidAccessToken(t) {
      const record = tokens.get(t);
      return record?.kind === "access" && isLive(record);
    },
    denyNextAuthorization(error = "user_cancelled_authorize", description = "The user cancelled the authorization") {
      denial = { error, description };
    },
    injectFault(fault) {
      const times = checkNumber(fault.times, "fault times", 1, FAULT_TIMES, typeError);
      faults.push({ fault: { ...fault }, remaining: times });
    },
    clearFaults() {
      faults = [];
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
