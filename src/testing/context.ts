// What a route handler gets and returns.

import type { Catalog } from "./catalog.js";
import type { Population } from "./population.js";
import type { QueryParams } from "./query.js";

/** A request after the protocol checks, as route handlers see it. */
export interface RouteContext {
  catalog: Catalog;
  population: Population;
  /** The effective query (for a tunnelled request: URL query plus the form body). */
  params: QueryParams;
  /** The body text (undefined when there was none). */
  bodyText: string | undefined;
  contentType: string | undefined;
}

/** An answer before it is written: `body` is serialised as JSON. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Rest.li collection paging (`total` is left out when a q=adTargetingFacet request sends totals=false). */
export interface PagingBody {
  start: number;
  count: number;
  total?: number;
  links: { type: string; rel: string; href: string }[];
}
