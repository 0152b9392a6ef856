/**
 * The shareable report: ONE self-contained HTML file. No script, no external font, stylesheet or image; a
 * Content-Security-Policy that forbids any fetch proves it to the browser. Bar charts are inline SVG (one
 * `rect.bar` per segment); the persona is said in words; date, API version and LinkedIn's request ids sit at the
 * foot. Print CSS keeps charts and tables whole on paper.
 */
import type { AffinitySegment } from "../index.js";
import type { Breakdown, Report } from "./commands.js";
import {
  breakdownTitle,
  compareTitle,
  formatIndex,
  formatNumber,
  formatShare,
  segmentName,
  type Meta,
} from "./output.js";

/** Text for HTML (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const h = escapeHtml;

interface ChartRow {
  label: string;
  value: number;
  text: string;
  className?: string;
}

const LABEL_WIDTH = 230;
/** Characters that fit in LABEL_WIDTH at the chart's font size (a wide glyph is ~7.5 px). */
const LABEL_CHARS = 29;
const BAR_AREA = 380;
const ROW = 24;

/** A horizontal bar chart as inline SVG: one `rect.bar` per row; `reference` draws a dashed line (index 100). */
function chart(title: string, rows: readonly ChartRow[], reference?: number): string {
  const max = Math.max(...rows.map((r) => r.value), reference ?? 0, 1e-9);
  const width = LABEL_WIDTH + BAR_AREA + 70;
  const height = rows.length * ROW + 8;
  // The label column holds ~29 characters of the chart's font (the full name is in the bar's title and the table).
  const clip = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1).trimEnd()}…` : s);
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * ROW;
      const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * BAR_AREA);
      return (
        `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${h(clip(r.label))}</text>` +
        `<rect class="bar${r.className ? ` ${r.className}` : ""}" x="${LABEL_WIDTH}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 8}" rx="2"><title>${h(`${r.label}: ${r.text}`)}</title></rect>` +
        `<text class="value" x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + 15}">${h(r.text)}</text>`
      );
    })
    .join("");
  const line =
    reference === undefined
      ? ""
      : `<line class="reference" x1="${(LABEL_WIDTH + (reference / max) * BAR_AREA).toFixed(1)}" x2="${(LABEL_WIDTH + (reference / max) * BAR_AREA).toFixed(1)}" y1="0" y2="${height}"/>`;
  return (
    `<figure class="chart" data-segments="${rows.length}">` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${h(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `${bars}${line}</svg></figure>`
  );
}

function personaBlock(label: string, description: string, total: number): string {
  return `<p class="persona"><span class="tag">${h(label)}</span> ${h(description)} <span class="size">${h(formatNumber(total))} members</span></p>`;
}

function breakdownSection(b: Breakdown): string {
  const title = breakdownTitle(b.groupBy);
  if (b.segments.length === 0)
    return `<section><h2>${h(title)}</h2><p>No segments: the audience is too small.</p></section>`;
  const rows = b.segments.map((s) => ({
    label: segmentName(s.name, s.urn),
    value: s.share,
    text: formatShare(s.share),
  }));
  const table = b.segments
    .map(
      (s) =>
        `<tr><td>${h(segmentName(s.name, s.urn))}</td><td class="num">${h(formatShare(s.share))}</td><td class="num">${h(formatNumber(s.members))}</td><td class="urn">${h(s.urn)}</td></tr>`,
    )
    .join("");
  return (
    `<section><h2>${h(title)}</h2>${chart(title, rows)}` +
    `<table><thead><tr><th>Segment</th><th class="num">Share</th><th class="num">Members</th><th>URN</th></tr></thead><tbody>${table}</tbody></table></section>`
  );
}

function compareSection(r: Extract<Report, { command: "compare" }>): string {
  const title = compareTitle(r.groupBy);
  const row = (s: AffinitySegment) =>
    `<tr><td>${h(segmentName(s.name, s.urn))}</td><td class="num">${h(formatShare(s.share))}</td><td class="num">${h(formatShare(s.baselineShare))}</td><td class="num">${h(formatIndex(s))}</td><td class="num">${h(formatNumber(s.members))}</td></tr>`;
  const chartRows = r.segments.map((s) => ({
    label: segmentName(s.name, s.urn),
    value: s.index ?? 0,
    text: formatIndex(s),
    className: Math.round(s.index ?? 0) >= 100 ? "over" : "under",
  }));
  const below =
    r.belowMinimum.length > 0
      ? `<p class="note">${r.belowMinimum.length} segment(s) under ${h(String(r.minimum.share))}% of the persona or ${h(formatNumber(r.minimum.members))} members are not ranked.</p>`
      : "";
  const bound = r.segments.some((s) => s.indexIsLowerBound)
    ? `<p class="note">≥: LinkedIn reports too few baseline members for this segment, so the index is at least this.</p>`
    : "";
  return (
    `<section><h2>${h(title)}</h2><p class="note">Index = persona share ÷ baseline share × 100. 100 is typical (dashed line); 150 means 1.5× as common in the persona.</p>` +
    (r.segments.length > 0 ? chart(title, chartRows, 100) : "<p>No segment reaches the minimum.</p>") +
    `<table><thead><tr><th>Segment</th><th class="num">Persona</th><th class="num">Baseline</th><th class="num">Index</th><th class="num">Members</th></tr></thead><tbody>${r.segments.map(row).join("")}</tbody></table>${below}${bound}</section>`
  );
}

const STYLE = `
:root { --ink: #1d2226; --muted: #5e6b75; --accent: #0a66c2; --over: #057642; --under: #b24020; --rule: #d9dee3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
.persona { margin: 6px 0; }
.tag { display: inline-block; min-width: 72px; font-weight: 600; color: var(--accent); }
.size { color: var(--muted); white-space: nowrap; }
figure.chart { margin: 12px 0; overflow-x: auto; }
svg { max-width: 100%; height: auto; font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .label { fill: var(--ink); }
svg .value { fill: var(--muted); }
svg .bar { fill: var(--accent); }
svg .bar.over { fill: var(--over); }
svg .bar.under { fill: var(--under); }
svg .reference { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 4 3; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
th { color: var(--muted); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.urn { color: var(--muted); font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
.note { color: var(--muted); font-size: 13px; }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
footer .ids { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
@media print {
  @page { margin: 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, figure.chart, table, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure.chart { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The report as one self-contained HTML document. */
export function html(report: Report, meta: Meta): string {
  let title: string;
  let body: string;
  switch (report.command) {
    case "facets":
      title = "LinkedIn ad-targeting facets";
      body = `<table><thead><tr><th>Facet</th><th>URN</th><th>Entity types</th><th>Finders</th></tr></thead><tbody>${report.facets
        .map(
          (f) =>
            `<tr><td>${h(f.facetName)}</td><td class="urn">${h(f.urn)}</td><td>${h(f.entityTypes.join(", "))}</td><td>${h(f.availableEntityFinders.join(", "))}</td></tr>`,
        )
        .join("")}</tbody></table>`;
      break;
    case "search":
      title = `LinkedIn ${report.facet.split(":").pop()} matching “${report.text}”`;
      body = `<table><thead><tr><th>Name</th><th>URN</th></tr></thead><tbody>${report.entities
        .map((e) => `<tr><td>${h(e.name ?? "")}</td><td class="urn">${h(e.urn ?? "")}</td></tr>`)
        .join("")}</tbody></table>`;
      break;
    case "insights":
    case "profile":
      title = "LinkedIn audience report";
      body =
        personaBlock("Persona", report.persona.description, report.totalAudienceCount) +
        report.breakdowns.map(breakdownSection).join("");
      break;
    case "versions": {
      title = "LinkedIn-Versions served";
      const d = report.defaultVersion;
      const rows: [string, string][] = [
        ["Served", `${report.oldest} to ${report.newest}`],
        ["Newest", report.newest],
        ["Not served inside the range", report.skipped.join(", ") || "none seen"],
        [
          "This release's default",
          `${d.version}: ${d.served ? "served" : "not served (426)"}, estimated sunset ${d.estimatedSunset}`,
        ],
        ["Sent by this run", report.sent],
        ["Asked", report.probedAt],
      ];
      body = `<table><tbody>${rows.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join("")}</tbody></table>`;
      break;
    }
    case "compare":
      title = "LinkedIn audience comparison";
      body =
        personaBlock("Persona", report.persona.description, report.persona.totalAudienceCount) +
        personaBlock(
          "Baseline",
          report.baseline.description + (report.baseline.derived ? " (the persona's locations)" : ""),
          report.baseline.totalAudienceCount,
        ) +
        compareSection(report);
      break;
  }
  const when = meta.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  const ids = meta.requestIds.length > 0 ? meta.requestIds.map(h).join(", ") : "none";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="li-audience ${h(meta.version)}">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${h(title)}</h1>
${body}
<footer>
<p>Generated ${h(when)} by li-audience ${h(meta.version)} (linkedin-audience-insights) · LinkedIn-Version ${h(meta.apiVersion)} · ${meta.requests} ${meta.requests === 1 ? "request" : "requests"}</p>
<p>LinkedIn request ids: <span class="ids">${ids}</span></p>
</footer>
</main>
</body>
</html>
`;
}
