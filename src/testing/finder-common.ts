// What every adTargetingEntities finder shares: the answer format (queryVersion, fields), page parameters and
// their per-finder limits, the facet parameter, paging with `next` links, Rest.li URN lists.

import { finderPageLimits } from "../../generated/metadata.js";
import { decode } from "../restli.js";
import type { FacetIndex } from "./catalog.js";
import type { PagingBody, RouteContext } from "./context.js";
import type { DatasetEntity } from "./dataset/types.js";
import { restErrors } from "./errors.js";

/**
 * Largest `count` per paged finder, from the corrected spec (`x-restli-page-limits`): typeahead 100,
 * adTargetingFacet 10,000, similarEntities 100. A larger count is a 400 naming the finder and its limit.
 */
export const ENTITY_PAGE_LIMITS: Readonly<Record<PagedFinder, number>> = finderPageLimits["/adTargetingEntities"];
/** The entity fields a `fields` projection can keep; other names are ignored, as LinkedIn does. */
export const ENTITY_FIELDS = ["urn", "facetUrn", "name", "value"] as const;

/** A paged finder of `GET /adTargetingEntities` (its `q`): `typeahead`, `adTargetingFacet` or `similarEntities`. */
export type PagedFinder = keyof (typeof finderPageLimits)["/adTargetingEntities"];
export type Finder = PagedFinder | "urns";

const PATH = "/rest/adTargetingEntities";
const QUERY_VERSIONS = ["QUERY_USES_URNS", "QUERY_USES_MIXED"];

/** How elements are written: the query version's shape, then the projection. */
export interface ElementFormat {
  /** QUERY_USES_URNS: `urn`; legacy (QUERY_USES_MIXED, the default): `value`. */
  urns: boolean;
  /** The `fields` projection, when given. */
  fields: ReadonlySet<string> | undefined;
  /** Parameters that carry over to `next` links (locale, fields, queryVersion), as sent. */
  echo: [string, string][];
}

/** One answer element. Legacy: `value` holds the URN (LinkedIn's union of URNs and enums; URNs here). */
export function element(entity: DatasetEntity, facetUrn: string, format: ElementFormat): Record<string, string> {
  const full: Record<string, string> = format.urns
    ? { name: entity.name, urn: entity.urn, facetUrn }
    : { name: entity.name, value: entity.urn, facetUrn };
  if (!format.fields) return full;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(full)) if (format.fields.has(k)) out[k] = v;
  return out;
}

export function elementFormat(ctx: RouteContext): ElementFormat {
  const echo: [string, string][] = [];
  const locale = ctx.params.raw("locale");
  if (locale !== undefined) echo.push(["locale", locale]);
  let fields: Set<string> | undefined;
  const projection = ctx.params.get("fields");
  if (projection !== undefined) {
    // Rest.li projection: comma-separated field names. Unknown names (and nested projections) are ignored.
    fields = new Set(projection.split(",").map((f) => f.trim()));
    echo.push(["fields", ctx.params.raw("fields")!]);
  }
  const version = ctx.params.get("queryVersion");
  if (version !== undefined) {
    if (!QUERY_VERSIONS.includes(version)) {
      throw restErrors.illegalArgument(
        `Query parameter "queryVersion" must be QUERY_USES_URNS or QUERY_USES_MIXED (the default: the legacy format, ` +
          `"value" instead of "urn"), got ${JSON.stringify(version)}`,
      );
    }
    echo.push(["queryVersion", version]);
  }
  return { urns: version === "QUERY_USES_URNS", fields, echo };
}

/** `start` and `count`; a count over the finder's page limit is a 400 naming both. */
export function pageParams(ctx: RouteContext, finder: PagedFinder): { start: number; count: number } {
  const start = ctx.params.integer("start", 0, 0, Number.MAX_SAFE_INTEGER);
  const count = ctx.params.integer("count", 10, 1, Number.MAX_SAFE_INTEGER);
  const limit = ENTITY_PAGE_LIMITS[finder];
  if (count > limit) {
    throw restErrors.illegalArgument(
      `Query parameter "count" must be at most ${limit} for the ${finder} finder, got ${count}`,
    );
  }
  return { start, count };
}

/** The `facet` parameter: a known facet offering `capability` (its AdTargetingEntityFinder name). */
export function facetParam(ctx: RouteContext, finder: string, capability: string): FacetIndex {
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

/**
 * Paging with a `next` link in LinkedIn's format when more elements remain; `total` left out when the caller
 * asked for no totals. The link repeats the request's parameters: `first` (finder and its own), start and
 * count, `after` (facet …), then locale, fields and queryVersion as sent.
 */
export function paging(
  page: { start: number; count: number; total: number; withTotal?: boolean },
  first: [string, string][],
  after: [string, string][],
  format: ElementFormat,
): PagingBody {
  const { start, count, total } = page;
  const links: PagingBody["links"] = [];
  if (start + count < total) {
    const params = [...first, ["start", String(start + count)], ["count", String(count)], ...after, ...format.echo];
    links.push({
      type: "application/json",
      rel: "next",
      href: `${PATH}?${params.map(([k, v]) => `${k}=${v}`).join("&")}`,
    });
  }
  return page.withTotal === false ? { start, count, links } : { start, count, total, links };
}

/** A Rest.li list of URN strings in query parameter `name` (decoded from its raw text). */
export function urnList(ctx: RouteContext, name: string): string[] {
  ctx.params.require(name);
  const raw = ctx.params.raw(name)!;
  let value: unknown;
  try {
    value = decode(raw);
  } catch (error) {
    throw restErrors.illegalArgument(
      `Query parameter "${name}" is not a Rest.li 2.0 list: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(value) || !value.every((u): u is string => typeof u === "string")) {
    throw restErrors.illegalArgument(`Query parameter "${name}" must be a Rest.li list of URNs: List(urn%3Ali%3A…,…)`);
  }
  return value;
}
