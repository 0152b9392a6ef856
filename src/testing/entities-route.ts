// GET /rest/adTargetingEntities: the finders q=typeahead (in the spec), q=adTargetingFacet and q=urns
// (documented by LinkedIn, not yet in the spec).

import type { DatasetEntity } from "./dataset/types.js";
import type { FacetIndex } from "./catalog.js";
import type { PagingBody, Reply, RouteContext } from "./context.js";
import { restErrors } from "./errors.js";
import { decode, encodeString } from "../restli.js";
import { words } from "./text.js";
import { browse, typeahead } from "./typeahead.js";

/** Largest `count` a page may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Largest number of URNs one q=urns call may resolve. */
export const MAX_URNS = 100;
const PATH = "/rest/adTargetingEntities";

const FINDERS: Readonly<Record<string, readonly string[]>> = {
  typeahead: ["q", "query", "facet", "queryVersion", "start", "count", "locale"],
  adTargetingFacet: ["q", "facet", "queryVersion", "start", "count", "entityType", "totals", "locale"],
  urns: ["q", "urns", "queryVersion", "locale"],
};

function element(entity: DatasetEntity, facetUrn: string) {
  return { name: entity.name, urn: entity.urn, facetUrn };
}

function pageParams(ctx: RouteContext): { start: number; count: number } {
  const start = ctx.params.integer("start", 0, 0, Number.MAX_SAFE_INTEGER);
  const count = ctx.params.integer("count", 10, 1, MAX_PAGE_SIZE);
  return { start, count };
}

function facetParam(ctx: RouteContext, finder: string, capability: string): FacetIndex {
  const urn = ctx.params.require("facet");
  const facet = ctx.catalog.facet(urn);
  if (!facet) throw restErrors.illegalArgument(`Unknown facet ${JSON.stringify(urn)}`);
  if (!facet.supports(capability)) {
    throw restErrors.illegalArgument(
      `Facet ${urn} does not support the ${finder} finder (its finders: ${facet.facet.availableEntityFinders.join(", ") || "none"})`,
    );
  }
  return facet;
}

/** Paging with a `next` link in LinkedIn's format when more elements remain. */
function paging(start: number, count: number, total: number, next: [string, string][]): PagingBody {
  const links: PagingBody["links"] = [];
  if (start + count < total) {
    const query = next.map(([k, v]) => `${k}=${v}`).join("&");
    links.push({ type: "application/json", rel: "next", href: `${PATH}?${query}` });
  }
  return { start, count, total, links };
}

function typeaheadFinder(ctx: RouteContext): Reply {
  const facet = facetParam(ctx, "typeahead", "TYPEAHEAD");
  const query = ctx.params.require("query");
  // Rest.li 2.0 spells the empty string '' (a browser-style URL parser sends it as %27%27).
  const text = query === "''" ? "" : query;
  if (words(text).length === 0) {
    throw restErrors.illegalArgument('Query parameter "query" must not be blank: give at least one letter or digit');
  }
  const { start, count } = pageParams(ctx);
  const page = typeahead(facet, text, start, count);
  const next: [string, string][] = [
    ["q", "typeahead"],
    ["query", encodeString(text)],
    ["start", String(start + count)],
    ["count", String(count)],
    ["facet", encodeString(facet.urn)],
    ["queryVersion", "QUERY_USES_URNS"],
  ];
  return {
    status: 200,
    body: { elements: page.elements.map((e) => element(e, facet.urn)), paging: paging(start, count, page.total, next) },
  };
}

function facetFinder(ctx: RouteContext): Reply {
  const facet = facetParam(ctx, "adTargetingFacet", "AD_TARGETING_FACET");
  const entityType = ctx.params.get("entityType");
  const totals = ctx.params.get("totals");
  if (totals !== undefined && totals !== "true" && totals !== "false") {
    throw restErrors.illegalArgument(`Query parameter "totals" must be true or false, got ${JSON.stringify(totals)}`);
  }
  const { start, count } = pageParams(ctx);
  const page = browse(facet, entityType, start, count);
  const next: [string, string][] = [
    ["q", "adTargetingFacet"],
    ["start", String(start + count)],
    ["count", String(count)],
    ["facet", encodeString(facet.urn)],
    ...(entityType === undefined ? [] : ([["entityType", encodeString(entityType)]] as [string, string][])),
    ["queryVersion", "QUERY_USES_URNS"],
  ];
  return {
    status: 200,
    body: { elements: page.elements.map((e) => element(e, facet.urn)), paging: paging(start, count, page.total, next) },
  };
}

function urnsFinder(ctx: RouteContext): Reply {
  ctx.params.require("urns");
  const raw = ctx.params.raw("urns")!;
  let value: unknown;
  try {
    value = decode(raw);
  } catch (error) {
    throw restErrors.illegalArgument(`Query parameter "urns" is not a Rest.li 2.0 list: ${(error as Error).message}`);
  }
  if (!Array.isArray(value) || !value.every((u): u is string => typeof u === "string")) {
    throw restErrors.illegalArgument('Query parameter "urns" must be a Rest.li list of URNs: List(urn%3Ali%3A…,…)');
  }
  if (value.length > MAX_URNS) {
    throw restErrors.illegalArgument(
      `Query parameter "urns" holds ${value.length} URNs; at most ${MAX_URNS} are allowed`,
    );
  }
  const elements = value.flatMap((urn) => {
    const hit = ctx.catalog.find(urn);
    return hit ? [element(hit.entity, hit.facet.urn)] : [];
  });
  return {
    status: 200,
    body: { elements, paging: { start: 0, count: elements.length, total: elements.length, links: [] } },
  };
}

export function entitiesRoute(ctx: RouteContext): Reply {
  const q = ctx.params.require("q");
  const allowed = FINDERS[q];
  if (!allowed || !Object.hasOwn(FINDERS, q)) {
    throw restErrors.illegalArgument(`Unsupported finder q=${q} (served: ${Object.keys(FINDERS).join(", ")})`);
  }
  ctx.params.allowOnly(allowed);
  const version = ctx.params.get("queryVersion");
  if (version !== undefined && version !== "QUERY_USES_URNS") {
    throw restErrors.illegalArgument(
      `Query parameter "queryVersion" must be QUERY_USES_URNS (the only one served), got ${JSON.stringify(version)}`,
    );
  }
  if (q === "typeahead") return typeaheadFinder(ctx);
  if (q === "adTargetingFacet") return facetFinder(ctx);
  return urnsFinder(ctx);
}
