// The API change report shared by `npm run spec:diff` and `npm run spec:bump`: loads two spec files, applies
// the local overlay layer to each (a correction whose target is gone becomes a breaking report item instead
// of an error), compares them with scripts/lib/diff.mjs, and renders the result as Markdown or JSON.
import { statSync } from "node:fs";
import { diffSpecs } from "./diff.mjs";
import { applyOverlays, OverlayError } from "./overlay.mjs";
import { readOverlays, readSpec, rel } from "./pipeline.mjs";

/** A problem with the command line or an input file (exit code 2), as opposed to an API change. */
export class UsageError extends Error {
  name = "UsageError";
}

/** Reads a YAML/JSON file and checks it is an OpenAPI 3.x document; every failure is a UsageError. */
export function loadSpecFile(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw new UsageError(
      `${rel(path)}: cannot read the file (${err.code === "ENOENT" ? "no such file" : err.message})`,
    );
  }
  if (!stat.isFile()) throw new UsageError(`${rel(path)}: not a file`);
  try {
    return readSpec(path);
  } catch (err) {
    throw new UsageError(err.message);
  }
}

/**
 * Applies the overlay layer action by action. An action whose target is missing (or ambiguous) in `doc` is
 * skipped and returned in `failures` ({ file, index, name, target, reason }); the others still apply.
 * An overlay file that is not an overlay at all still throws.
 */
export function applyOverlaysTolerant(doc, overlays) {
  let result = doc;
  const failures = [];
  for (const { name: file, overlay } of overlays) {
    if (typeof overlay?.overlay !== "string" || !Array.isArray(overlay.actions) || overlay.actions.length === 0) {
      // Let applyOverlays produce its usual message for a malformed overlay document.
      applyOverlays(doc, [{ name: file, overlay }]);
    }
    overlay.actions.forEach((action, i) => {
      try {
        result = applyOverlays(result, [{ name: file, overlay: { ...overlay, actions: [action] } }]);
      } catch (err) {
        if (!(err instanceof OverlayError)) throw err;
        // applyOverlays labels the (single) action "#1": keep only what follows the label.
        const label = `${file} action #1${action?.description ? ` (${action.description})` : ""}: `;
        const reason = err.message.startsWith(label) ? err.message.slice(label.length) : err.message;
        failures.push({
          file,
          index: i + 1,
          name: action?.description ?? `action #${i + 1}`,
          target: action?.target,
          reason,
        });
      }
    });
  }
  return { doc: result, failures };
}

function side(path, doc) {
  return { file: rel(path), title: doc.info?.title ?? null, version: doc.info?.version ?? null };
}

/** Builds a report object from the two documents (as read, before the overlay layer). */
export function compareDocuments(oldDoc, newDoc, { oldFile = "old", newFile = "new", overlays = readOverlays() } = {}) {
  const before = applyOverlaysTolerant(oldDoc, overlays);
  const after = applyOverlaysTolerant(newDoc, overlays);
  const changes = [];
  const failed = new Set();
  for (const f of after.failures) {
    failed.add(`${f.file}#${f.index}`);
    changes.push({
      kind: "removed",
      breaking: true,
      noteworthy: false,
      operation: null,
      operationId: null,
      location: `${f.file} › ${f.name}`,
      message: `correction no longer applies: ${f.name} (action #${f.index}): ${f.reason}`,
    });
  }
  for (const f of before.failures) {
    if (failed.has(`${f.file}#${f.index}`)) continue;
    changes.push({
      kind: "added",
      breaking: false,
      noteworthy: true,
      operation: null,
      operationId: null,
      location: `${f.file} › ${f.name}`,
      message: `correction applies again: ${f.name} (action #${f.index}), which did not apply to the old document: ${f.reason}`,
    });
  }
  changes.push(...diffSpecs(before.doc, after.doc));
  const breaking = changes.filter((ch) => ch.breaking).length;
  return {
    old: { ...side(oldFile, oldDoc) },
    new: { ...side(newFile, newDoc) },
    summary: {
      total: changes.length,
      breaking,
      other: changes.length - breaking,
      noteworthy: changes.filter((ch) => ch.noteworthy).length,
    },
    overlayFailures: after.failures,
    changes,
  };
}

/** Loads two spec files (UsageError when unreadable / not OpenAPI 3.x) and compares them. */
export function compareSpecFiles(oldPath, newPath, options = {}) {
  const oldDoc = loadSpecFile(oldPath);
  const newDoc = loadSpecFile(newPath);
  return compareDocuments(oldDoc, newDoc, { ...options, oldFile: oldPath, newFile: newPath });
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "**3 changes: 1 breaking, 2 other (1 noteworthy).**" */
export function headline(report) {
  const { total, breaking, other, noteworthy } = report.summary;
  if (total === 0) return "No API changes.";
  return `**${plural(total, "change")}: ${breaking} breaking, ${other} other${noteworthy ? ` (${noteworthy} noteworthy)` : ""}.**`;
}

function groupByOperation(changes) {
  const groups = new Map();
  for (const ch of changes) {
    const key = ch.operation ?? "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(ch);
  }
  const general = groups.get("");
  groups.delete("");
  return [...(general ? [["", general]] : []), ...groups];
}

function item(ch) {
  let where = ch.location;
  if (ch.operation) where = ch.location === ch.operation ? "operation" : ch.location.slice(ch.operation.length + 3);
  return `- **${ch.kind}** \`${where}\`: ${ch.message}${ch.noteworthy ? " _(noteworthy)_" : ""}`;
}

/**
 * Markdown: a title, the headline with counts, then "Breaking changes" and "Other changes", each grouped by
 * operation ("General" for the document and the overlay layer). `level` is the title's heading level;
 * `intro` replaces the line naming the two files.
 */
export function renderMarkdown(report, options = {}) {
  const { level = 1, title } = options;
  const h = (depth) => "#".repeat(Math.min(level + depth, 6));
  const versions = `${report.old.version ?? "?"} → ${report.new.version ?? "?"}`;
  const lines = [
    `${h(0)} ${title ?? `API changes: ${report.new.title ?? report.old.title ?? "OpenAPI document"} ${versions}`}`,
    "",
  ];
  const intro = options.intro ?? [
    `\`${report.old.file}\` → \`${report.new.file}\` (both with the spec/overlays layer applied)`,
  ];
  for (const line of intro) lines.push(line, "");
  lines.push(headline(report), "");
  const sections = [
    ["Breaking changes", report.changes.filter((ch) => ch.breaking)],
    ["Other changes", report.changes.filter((ch) => !ch.breaking)],
  ];
  for (const [name, changes] of sections) {
    if (changes.length === 0) continue;
    lines.push(`${h(1)} ${name}`, "");
    for (const [operation, group] of groupByOperation(changes)) {
      const id = group.find((ch) => ch.operationId)?.operationId;
      lines.push(`${h(2)} ${operation ? `${operation}${id ? ` (${id})` : ""}` : "General"}`, "");
      for (const ch of group) lines.push(item(ch));
      lines.push("");
    }
  }
  return lines.join("\n").replace(/\n+$/, "\n");
}

/** JSON: { old, new, summary, overlayFailures, changes }. */
export function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}
