/**
 * Reports as a person reads them in a terminal (a table with bars), as JSON, and as CSV. Colours only when asked
 * for by the caller (a terminal, without NO_COLOR or --no-color), through `util.styleText`.
 */
import { styleText } from "node:util";
import type { AffinitySegment } from "../index.js";
import type { Breakdown, Report } from "./commands.js";
import { facetLabel, type Persona, type ResolvedTerm } from "./criteria.js";

/** Who made a report and when: the foot of the HTML report and `meta` in JSON. Never a credential. */
export interface Meta {
  tool: "li-audience";
  version: string;
  apiVersion: string;
  generatedAt: string;
  /** Requests sent to LinkedIn (name look-ups included). */
  requests: number;
  /** LinkedIn's request ids (`x-li-uuid`) of the answers, for support. */
  requestIds: string[];
}

type Style = Parameters<typeof styleText>[0];
export type Paint = (style: Style, text: string) => string;
export const plain: Paint = (_style, text) => text;
export const colored: Paint = (style, text) => styleText(style, text);

const numberFormat = new Intl.NumberFormat("en-US");
export const formatNumber = (n: number) => numberFormat.format(n);
export const formatShare = (p: number | undefined) =>
  p === undefined ? "—" : `${p >= 10 || p === 0 ? Math.round(p) : p.toFixed(1)}%`;
export const formatIndex = (s: AffinitySegment) =>
  s.index === undefined ? "—" : `${s.indexIsLowerBound ? "≥" : ""}${Math.round(s.index)}`;

/** A segment's display name. */
export const segmentName = (name: string | undefined, urn: string) => name ?? `(${urn})`;

/** A facet's segments in words, plural: "interests", "job functions", "cities". */
export function facetPlural(groupBy: string): string {
  const places: Record<string, string> = {
    bingCity: "cities",
    bingState: "states",
    bingCountry: "countries",
    bingContinent: "continents",
  };
  const label = places[groupBy] ?? facetLabel(groupBy);
  if (places[groupBy] || label.endsWith("s") || label === "years of experience") return label;
  return /[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`;
}

/** A breakdown's title: "Top interests", "Top job functions". */
export function breakdownTitle(groupBy: string): string {
  return `Top ${facetPlural(groupBy)}`;
}

/** A comparison's title: "Interests by affinity index". */
export function compareTitle(groupBy: string): string {
  const p = facetPlural(groupBy);
  return `${p.charAt(0).toUpperCase()}${p.slice(1)} by affinity index`;
}

const BAR_WIDTH = 24;
function bar(value: number, max: number, paint: Paint, style: Style = "cyan"): string {
  const n = max > 0 ? Math.max(value > 0 ? 1 : 0, Math.round((value / max) * BAR_WIDTH)) : 0;
  return paint(style, "█".repeat(n)) + paint("dim", "·".repeat(BAR_WIDTH - n));
}

/** Columns padded to their widest cell (`right` aligns numbers). */
function columns(rows: string[][], right: readonly boolean[], widths?: number[]): string[] {
  const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "").length;
  const w = widths ?? rows[0]!.map((_, c) => Math.max(...rows.map((r) => visible(r[c] ?? ""))));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = " ".repeat(Math.max(0, w[c]! - visible(cell)));
        return right[c] ? pad + cell : c === r.length - 1 ? cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

function personaLines(p: Persona & { totalAudienceCount?: number }, total: number, paint: Paint): string[] {
  return [paint("bold", p.description), `Audience: ${formatNumber(total)} members`];
}

function breakdownLines(b: Breakdown, paint: Paint): string[] {
  const lines = [paint("bold", `${breakdownTitle(b.groupBy)} (${b.segments.length})`)];
  if (b.segments.length === 0) return [...lines, "  (no segments: the audience is too small)"];
  const max = Math.max(...b.segments.map((s) => s.share));
  const rows = b.segments.map((s) => [
    segmentName(s.name, s.urn),
    bar(s.share, max, paint),
    formatShare(s.share),
    formatNumber(s.members),
  ]);
  return [...lines, ...columns(rows, [false, false, true, true]).map((l) => `  ${l}`)];
}

function compareLines(r: Extract<Report, { command: "compare" }>, paint: Paint): string[] {
  const lines = [
    `${paint("bold", "Persona:")}  ${r.persona.description} (${formatNumber(r.persona.totalAudienceCount)} members)`,
    `${paint("bold", "Baseline:")} ${r.baseline.description}${r.baseline.derived ? " (the persona's locations)" : ""} (${formatNumber(r.baseline.totalAudienceCount)} members)`,
    "",
    paint("bold", `${compareTitle(r.groupBy)} (100 = typical), over-indexing first`),
  ];
  if (r.segments.length === 0) lines.push("  (no segment reaches the minimum)");
  else {
    const max = Math.max(...r.segments.map((s) => s.index ?? 0));
    const header = ["Segment", "Persona", "Baseline", "Index", ""];
    const rows = r.segments.map((s) => [
      segmentName(s.name, s.urn),
      formatShare(s.share),
      formatShare(s.baselineShare),
      formatIndex(s),
      bar(s.index ?? 0, max, paint, Math.round(s.index ?? 0) >= 100 ? "green" : "yellow"),
    ]);
    const out = columns([header, ...rows], [false, true, true, true, false]);
    lines.push(`  ${paint("dim", out[0]!)}`, ...out.slice(1).map((l) => `  ${l}`));
  }
  const notes: string[] = [];
  if (r.belowMinimum.length > 0) {
    notes.push(
      `${r.belowMinimum.length} segment(s) under ${r.minimum.share}% of the persona or ${formatNumber(r.minimum.members)} members are not ranked (--json lists them).`,
    );
  }
  if (r.segments.some((s) => s.indexIsLowerBound)) {
    notes.push("≥: the baseline count is below what LinkedIn reports, so the index is at least this.");
  }
  return notes.length > 0 ? [...lines, "", ...notes.map((n) => paint("dim", n))] : lines;
}

function versionLines(r: Extract<Report, { command: "versions" }>, paint: Paint): string[] {
  const d = r.defaultVersion;
  const when = r.probedAt.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");
  return [
    `${paint("bold", "LinkedIn serves")} ${r.oldest} to ${r.newest} (newest ${r.newest}; asked ${when})`,
    ...(r.skipped.length > 0 ? [`  not served inside it: ${r.skipped.join(", ")}`] : []),
    `${paint("bold", "This release sends")} ${d.version} by default: ${
      d.served ? paint("green", "served") : paint("red", "NOT served (426): pass --api-version latest")
    } (estimated sunset ${d.estimatedSunset})`,
    `${paint("bold", "This run sends")} ${r.sent}`,
  ];
}

/** The report as a terminal table. */
export function table(report: Report, meta: Meta, paint: Paint): string {
  const lines: string[] = [];
  switch (report.command) {
    case "facets": {
      const header = ["Facet", "URN", "Entity types", "Finders"];
      const rows = report.facets.map((f) => [
        f.facetName,
        f.urn,
        f.entityTypes.join(", "),
        f.availableEntityFinders.join(", "),
      ]);
      const out = columns([header, ...rows], [false, false, false, false]);
      lines.push(paint("dim", out[0]!), ...out.slice(1), "", `${report.facets.length} facets`);
      break;
    }
    case "search": {
      const header = ["Name", "URN"];
      const out = columns([header, ...report.entities.map((e) => [e.name ?? "", e.urn ?? ""])], [false, false]);
      lines.push(paint("dim", out[0]!), ...out.slice(1), "");
      const how = report.finder === "typeahead" ? "typeahead" : "the facet's list";
      lines.push(`${report.entities.length} ${report.entities.length === 1 ? "entity" : "entities"} (by ${how})`);
      break;
    }
    case "insights":
    case "profile":
      lines.push(...personaLines(report.persona, report.totalAudienceCount, paint));
      for (const b of report.breakdowns) lines.push("", ...breakdownLines(b, paint));
      break;
    case "compare":
      lines.push(...compareLines(report, paint));
      break;
    case "versions":
      lines.push(...versionLines(report, paint));
      break;
  }
  lines.push(
    "",
    paint(
      "dim",
      `(${meta.requests} ${meta.requests === 1 ? "request" : "requests"}, LinkedIn-Version ${meta.apiVersion})`,
    ),
  );
  return lines.join("\n") + "\n";
}

const terms = (list: readonly ResolvedTerm[]) =>
  list.map((t) => ({ facet: t.facetName, text: t.text, name: t.name, urn: t.urn }));
const personaJson = (p: Persona) => ({
  description: p.description,
  include: terms(p.include),
  exclude: terms(p.exclude),
  targetingCriteria: p.targetingCriteria,
});

/** The report as JSON (what scripts read): the same facts as the table, full precision, plus `meta`. */
export function json(report: Report, meta: Meta): string {
  let body: Record<string, unknown>;
  switch (report.command) {
    case "facets":
      body = { facets: report.facets };
      break;
    case "search":
      body = {
        facet: report.facet,
        text: report.text,
        finder: report.finder,
        entities: report.entities.map((e) => ({ name: e.name, urn: e.urn })),
      };
      break;
    case "insights":
    case "profile":
      body = {
        persona: personaJson(report.persona),
        totalAudienceCount: report.totalAudienceCount,
        breakdowns: report.breakdowns,
      };
      break;
    case "versions":
      body = {
        oldest: report.oldest,
        newest: report.newest,
        skipped: report.skipped,
        probedAt: report.probedAt,
        defaultVersion: report.defaultVersion,
        sent: report.sent,
      };
      break;
    case "compare":
      body = {
        persona: { ...personaJson(report.persona), totalAudienceCount: report.persona.totalAudienceCount },
        baseline: {
          ...personaJson(report.baseline),
          totalAudienceCount: report.baseline.totalAudienceCount,
          derived: report.baseline.derived,
        },
        groupBy: report.groupBy,
        groupedBy: report.groupedBy,
        minimum: report.minimum,
        segments: report.segments,
        belowMinimum: report.belowMinimum,
      };
      break;
  }
  return JSON.stringify({ command: report.command, ...body, meta }, null, 2) + "\n";
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | boolean | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report as CSV: a header row, then one row per facet, entity or segment. */
export function csv(report: Report): string {
  let rows: (string | number | boolean | undefined)[][];
  switch (report.command) {
    case "facets":
      rows = [
        ["facet", "urn", "entity_types", "finders"],
        ...report.facets.map((f) => [f.facetName, f.urn, f.entityTypes.join(" "), f.availableEntityFinders.join(" ")]),
      ];
      break;
    case "search":
      rows = [["name", "urn"], ...report.entities.map((e) => [e.name, e.urn])];
      break;
    case "insights":
    case "profile":
      rows = [
        ["breakdown", "urn", "name", "members", "share_percent", "audience"],
        ...report.breakdowns.flatMap((b) =>
          b.segments.map((s) => [b.groupBy, s.urn, s.name, s.members, s.share, report.totalAudienceCount]),
        ),
      ];
      break;
    case "versions":
      rows = [
        ["oldest", "newest", "skipped", "probed_at", "default_version", "default_served", "default_sunset", "sent"],
        [
          report.oldest,
          report.newest,
          report.skipped.join(" "),
          report.probedAt,
          report.defaultVersion.version,
          report.defaultVersion.served,
          report.defaultVersion.estimatedSunset,
          report.sent,
        ],
      ];
      break;
    case "compare":
      rows = [
        [
          "urn",
          "name",
          "members",
          "share_percent",
          "baseline_members",
          "baseline_share_percent",
          "index",
          "index_is_lower_bound",
          "ranked",
        ],
        ...[
          ...report.segments.map((s) => [s, true] as const),
          ...report.belowMinimum.map((s) => [s, false] as const),
        ].map(([s, ranked]) => [
          s.urn,
          s.name,
          s.members,
          s.share,
          s.baselineMembers,
          s.baselineShare,
          s.index,
          s.indexIsLowerBound,
          ranked,
        ]),
      ];
      break;
  }
  return rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
