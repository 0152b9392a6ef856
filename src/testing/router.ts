// Protocol checks in LinkedIn's order (auth, then version, then protocol), then routing and parameters.
// Never throws: every failure becomes an error reply in LinkedIn's format.

import type { Catalog } from "./catalog.js";
import type { Reply, RouteContext } from "./context.js";
import { entitiesRoute } from "./entities-route.js";
import { RestError, restErrors } from "./errors.js";
import { facetsRoute } from "./facets-route.js";
import { insightsRoute } from "./insights-route.js";
import type { Population } from "./population.js";
import { QueryParams } from "./query.js";
import type { Tunnel } from "./tunnel.js";
import { checkVersion, type VersionWindow } from "./versions.js";

type Handler = (ctx: RouteContext) => Reply;

const ROUTES: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  "/adTargetingFacets": { GET: facetsRoute },
  "/adTargetingEntities": { GET: entitiesRoute },
  "/targetingAudienceInsights": { POST: insightsRoute },
};

export interface RouterDeps {
  catalog: Catalog;
  population: Population;
  accessTokens: ReadonlySet<string>;
  versions: () => VersionWindow;
}

/** A received request, reduced to what routing needs. */
export interface RoutedRequest {
  /** Path under /rest ("/adTargetingFacets"), or undefined when the URL is not under /rest. */
  path: string | undefined;
  fullPath: string;
  headers: Readonly<Record<string, string>>;
  tunnel: Tunnel;
  bodyText: string | undefined;
}

function checkAuth(header: string | undefined, tokens: ReadonlySet<string>): void {
  const m = /^Bearer\s+(\S*)\s*$/i.exec(header ?? "");
  if (header === undefined || header.trim() === "" || (m && m[1] === "")) throw restErrors.emptyToken();
  if (!m || !tokens.has(m[1]!)) throw restErrors.invalidToken();
}

function checkProtocol(header: string | undefined): void {
  if (header?.trim() !== "2.0.0") throw restErrors.protocolVersion(header);
}

export function route(request: RoutedRequest, deps: RouterDeps): Reply {
  try {
    if (request.path === undefined) throw restErrors.notFound(request.fullPath);
    checkAuth(request.headers["authorization"], deps.accessTokens);
    checkVersion(request.headers["linkedin-version"], deps.versions());
    checkProtocol(request.headers["x-restli-protocol-version"]);
    if (request.tunnel.error) throw request.tunnel.error;
    const methods = ROUTES[request.path];
    if (!methods || !Object.hasOwn(ROUTES, request.path)) throw restErrors.notFound(`/rest${request.path}`);
    const handler = methods[request.tunnel.method];
    if (!handler)
      throw restErrors.methodNotAllowed(request.tunnel.method, `/rest${request.path}`, Object.keys(methods));
    const params = new QueryParams(request.tunnel.rawQuery);
    params.assertWellFormed();
    return handler({
      catalog: deps.catalog,
      population: deps.population,
      params,
      bodyText: request.tunnel.tunneled ? undefined : request.bodyText,
      contentType: request.headers["content-type"],
    });
  } catch (error) {
    if (error instanceof RestError) return { status: error.status, body: error.body, headers: { ...error.headers } };
    return errorReply(error);
  }
}

function errorReply(error: unknown): Reply {
  const e = restErrors.internal(`Test server bug: ${error instanceof Error ? error.message : String(error)}`);
  return { status: e.status, body: e.body };
}
