// Website-retargeting audiences (urn:li:adSegment:N), the entities of the dynamicSegments facet.
//
// Everything here is SYNTHETIC. On LinkedIn these segments belong to one ad account (built from its Insight
// Tag's page rules) and none is public, so the names below are the kind advertisers give such audiences and
// the ids are a hash of the name in 10000000..19999999. They exist so that targeting criteria can use the
// facet, and LinkedIn's rule "Website retargeting segments may not be AND'ed with any clause targeting member
// behavior or interests" can be exercised. Member counts = matched LinkedIn members (rough, plausible).

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, numCell, table } from "./util.js";

// name | matched members (thousands)
const SEGMENTS = table(`
Website visitors - all pages (last 90 days)|420
Website visitors - blog readers (last 180 days)|260
Website visitors - documentation (last 60 days)|150
Website visitors - careers page (last 90 days)|95
Website visitors - pricing page (last 30 days)|38
Website visitors - webinar sign-up page (last 90 days)|22
Website visitors - demo request started (last 30 days)|12
Website visitors - trial sign-up abandoned (last 30 days)|8
`);

function buildSegments(): DatasetEntity[] {
  const used = new Set<number>();
  return SEGMENTS.map((row) => {
    const name = cell(row, 0);
    const id = allocateId(`adSegment:${name}`, 10_000_000, 10_000_000, used);
    return entity(`urn:li:adSegment:${id}`, name, numCell(row, 1) * 1000);
  });
}

/** Synthetic website-retargeting segments (dynamicSegments). */
export const dynamicSegmentEntities: readonly DatasetEntity[] = Object.freeze(buildSegments());
