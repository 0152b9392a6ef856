// Tables: one structure, rendered as aligned text for the terminal and as Markdown for READMEs.
//
// A table is { title, columns: [{ key, label, align?: "left" | "right" }], rows: [{ [key]: string }], notes?: [string] }.

export const fmt = {
  /** 12,345 */
  int: (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "—"),
  /** 1.23 (fixed decimals) */
  num: (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "—"),
  /** 12.3 ms / 1.23 s */
  ms: (n) =>
    !Number.isFinite(n)
      ? "—"
      : n >= 10_000
        ? `${(n / 1000).toFixed(1)} s`
        : n >= 1000
          ? `${(n / 1000).toFixed(2)} s`
          : n >= 100
            ? `${n.toFixed(0)} ms`
            : `${n.toFixed(1)} ms`,
  /** 0.93× */
  ratio: (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "—"),
  /** 93% */
  pct: (n) => (Number.isFinite(n) ? `${(n * 100).toFixed(0)}%` : "—"),
  /** 1.2 KB (1 KB = 1024 bytes) */
  kb: (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : "—"),
  /** 12.3 MB (1 MB = 1024² bytes); signed when asked */
  mb: (bytes, signed = false) =>
    Number.isFinite(bytes) ? `${signed && bytes >= 0 ? "+" : ""}${(bytes / 1024 / 1024).toFixed(1)} MB` : "—",
};

/** "met" / "MISSED" for a target check (reported, never asserted). */
export const verdict = (met) => (met ? "met" : "MISSED");

function cells(table) {
  return table.rows.map((row) => table.columns.map((c) => String(row[c.key] ?? "")));
}

const width = (s) => [...s].length;
const pad = (s, w, align) => (align === "right" ? " ".repeat(w - width(s)) + s : s + " ".repeat(w - width(s)));

/** Aligned plain text, for the terminal. */
export function renderText(table) {
  const body = cells(table);
  const widths = table.columns.map((c, i) => Math.max(width(c.label), ...body.map((r) => width(r[i]))));
  const line = (values) => values.map((v, i) => pad(v, widths[i], table.columns[i].align)).join("  ");
  const out = [
    table.title,
    line(table.columns.map((c) => c.label)),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...body.map(line),
  ];
  for (const note of table.notes ?? []) out.push(`  · ${note}`);
  return out.join("\n");
}

/** GitHub-flavoured Markdown, with the title as a bold line above. */
export function renderMarkdown(table) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  const body = cells(table);
  const out = [
    `**${table.title}**`,
    "",
    `| ${table.columns.map((c) => esc(c.label)).join(" | ")} |`,
    `| ${table.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ];
  if (table.notes?.length) out.push("", ...table.notes.map((n) => `- ${n}`));
  return out.join("\n");
}
