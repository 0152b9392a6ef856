// GET /rest/adTargetingEntities: the finders q=typeahead, q=adTargetingFacet, q=similarEntities (similar.ts) and
// q=urns, and the parameters every finder takes (LinkedIn's reference page and Postman collection; spec/overlays/finders.overlay.yaml):
// - queryVersion: QUERY_USES_URNS answers {urn, facetUrn, name}; absent or QUERY_USES_MIXED (LinkedIn's default)
//   answers the legacy {value, facetUrn, name}, which is how a client that forgets queryVersion fails at LinkedIn;
// - fields: a Rest.li projection of the elements (fields=name,urn);
// - locale: a Rest.li record, checked (names are not localised: see locale.ts);
// - start/count: count up to the finder's page limit (generated/metadata.ts finderPageLimits);
// - totals=false (q=adTargetingFacet): paging without a total.

import { encodeString } from "../restli.js";
import type { Reply, RouteContext } from "./context.js";
import { restErrors } from "./errors.js";
import {
  element,
  elementFormat,
  facetParam,
  pageParams,
  paging,
  urnList,
  type ElementFormat,
  type Finder,
} from "./finder-common.js";
import { checkLocale } from "./locale.js";
import { similarEntitiesFinder } from "./similar.js";
import { words } from "../internal/text.js";
import { browse, typeahead } from "./typeahead.js";

export { ENTITY_FIELDS, ENTITY_PAGE_LIMITS } from "./finder-common.js";

/** Largest number of URNs one q=urns call may resolve. */
export const MAX_URNS = 100;

const COMMON = ["q", "queryVersion", "locale", "fields"];
const FINDERS: Readonly<Record<Finder, readonly string[]>> = {
  typeahead: [...COMMON, "query", "facet", "start", "count"],
  adTargetingFacet: [...COMMON, "facet", "entityType", "totals", "start", "count"],
  similarEntities: [...COMMON, "facet", "entities", "start", "count"],
  urns: [...COMMON, "urns"],
};

function typeaheadFinder(ctx: RouteContext, format: ElementFormat): Reply {
  const facet = facetParam(ctx, "typeahead", "TYPEAHEAD");
  const query = ctx.params.require("query");
  // Rest.li 2.0 spells the empty string '' (a browser-style URL parser sends it as %27%27).
  const text = query === "''" ? "" : query;
  if (words(text).length === 0) {
    throw restErrors.illegalArgument('Query parameter "query" must not be blank: give at least one letter or digit');
  }
  const { start, count } = pageParams(ctx, "typeahead");
  const page = typeahead(facet, text, start, count);
  return {
    status: 200,
    body: {
      elements: page.elements.map((e) => element(e, facet.urn, format)),
      paging: paging(
        { start, count, total: page.total },
        [
          ["q", "typeahead"],
          ["query", encodeString(text)],
        ],
        [["facet", encodeString(facet.urn)]],
        format,
      ),
    },
  };
}

function facetFinder(ctx: RouteContext, format: ElementFormat): Reply {
  const facet = facetParam(ctx, "adTargetingFacet", "AD_TARGETING_FACET");
  const entityType = ctx.params.get("entityType");
  const totals = ctx.params.get("totals");
  if (totals !== undefined && totals !== "true" && totals !== "false") {
    throw restErrors.illegalArgument(`Query parameter "totals" must be true or false, got ${JSON.stringify(totals)}`);
  }
  const { start, count } = pageParams(ctx, "adTargetingFacet");
  const page = browse(facet, entityType, start, count);
  const after: [string, string][] = [["facet", encodeString(facet.urn)]];
  if (entityType !== undefined) after.push(["entityType", encodeString(entityType)]);
  if (totals !== undefined) after.push(["totals", totals]);
  return {
    status: 200,
    body: {
      elements: page.elements.map((e) => element(e, facet.urn, format)),
      paging: paging(
        { start, count, total: page.total, withTotal: totals !== "false" },
        [["q", "adTargetingFacet"]],
        after,
        format,
      ),
    },
  };
}

function urnsFinder(ctx: RouteContext, format: ElementFormat): Reply {
  const urns = urnList(ctx, "urns");
  if (urns.length > MAX_URNS) {
    throw restErrors.illegalArgument(
      `Query parameter "urns" holds ${urns.length} URNs; at most ${MAX_URNS} are allowed`,
    );
  }
  const elements = urns.flatMap((urn) => {
    const hit = ctx.catalog.find(urn);
    return hit ? [element(hit.entity, hit.facet.urn, format)] : [];
  });
  return {
    status: 200,
    body: { elements, paging: { start: 0, count: elements.length, total: elements.length, links: [] } },
  };
}

const HANDLERS: Readonly<Record<Finder, (ctx: RouteContext, format: ElementFormat) => Reply>> = {
  typeahead: typeaheadFinder,
  adTargetingFacet: facetFinder,
  similarEntities: similarEntitiesFinder,
  urns: urnsFinder,
};

export function entitiesRoute(ctx: RouteContext): Reply {
  const q = ctx.params.require("q");
  if (!Object.hasOwn(FINDERS, q)) {
    throw restErrors.illegalArgument(`Unsupported finder q=${q} (served: ${Object.keys(FINDERS).join(", ")})`);
  }
  const finder = q as Finder;
  ctx.params.allowOnly(FINDERS[finder]);
  const format = elementFormat(ctx);
  checkLocale(ctx.params);
  return HANDLERS[finder](ctx, format);
}
