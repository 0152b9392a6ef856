// npm run spec:bump -- <new-upstream.yml> [--api-version YYYYMM[.RR]] [--allow-breaking] [--changelog FILE]
//   Moves the SDK to a new upstream spec file:
//   1. checks the file is OpenAPI 3.x, that every spec/overlays correction still applies, and lints it with
//      the overlay layer applied (Redocly, as `npm run lint:spec` does);
//   2. prints the API change report against the current spec/linkedin-marketing-audience-insights.yml; with
//      breaking changes and no --allow-breaking, stops with exit 1 and changes nothing;
//   3. prepends the report to CHANGELOG.md (or --changelog FILE), copies the file byte-for-byte over the
//      upstream spec, sets info.x-linkedin-default-version in spec/overlays when --api-version is given,
//      regenerates generated/ and typechecks the SDK against the new types;
//   4. summarises what changed and which files were written.
// Exit: 0 done · 1 breaking changes refused, lint/generate failure, or SDK typecheck failure (files then stay
// updated so the SDK can be fixed) · 2 usage error, unreadable file, not OpenAPI 3.x, malformed --api-version.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { isLinkedInVersion, LINKEDIN_VERSION_FORM } from "../src/internal/linkedin-version.mjs";
import { compareDocuments, headline, loadSpecFile, renderMarkdown, UsageError } from "./lib/diff-report.mjs";
import { OverlayError } from "./lib/overlay.mjs";
import { lint, overlaysDir, prepareSpec, readOverlays, rel, root, upstreamSpecPath } from "./lib/pipeline.mjs";

const USAGE =
  "usage: npm run spec:bump -- <new-upstream.yml> [--api-version YYYYMM[.RR]] [--allow-breaking] [--changelog FILE]";
const VERSION_KEY = "x-linkedin-default-version";

/** Exit codes: 1 for a refused or failed bump, 2 for a usage or input problem. */
class BumpError extends Error {
  name = "BumpError";
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

function usage(message) {
  return Object.assign(new UsageError(message), { showUsage: true });
}

function parseArgs(argv) {
  const opts = { allowBreaking: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw usage(`${flag} needs a value`);
      return v;
    };
    if (flag === "--allow-breaking") opts.allowBreaking = true;
    else if (flag === "--api-version") opts.apiVersion = value();
    else if (flag === "--changelog") opts.changelog = value();
    else if (flag === "-h" || flag === "--help") opts.help = true;
    else if (flag.startsWith("-")) throw usage(`unknown option ${flag}`);
    else opts.files.push(arg);
  }
  if (!opts.help && opts.files.length !== 1) throw usage(`expected one new spec file, got ${opts.files.length}`);
  return opts;
}

/** "YYYYMM" or "YYYYMM.RR" with a real month, as LinkedIn-Version takes (the SDK's own grammar). */
function checkApiVersion(v) {
  if (!isLinkedInVersion(v)) {
    throw new UsageError(
      `--api-version ${JSON.stringify(v)} is not a LinkedIn-Version: expected ${LINKEDIN_VERSION_FORM} with a month 01–12. Nothing was changed.`,
    );
  }
  return v;
}

/**
 * Plans the minimal text edit of `x-linkedin-default-version` in the overlay file that sets it (comments and
 * layout survive). Checked before anything is written: exactly one such line in spec/overlays, and the edited
 * YAML must parse to the new value.
 */
function planVersionEdit(version) {
  const hits = [];
  for (const f of readdirSync(overlaysDir)
    .filter((f) => f.endsWith(".overlay.yaml"))
    .sort()) {
    const file = join(overlaysDir, f);
    const text = readFileSync(file, "utf8");
    const re = new RegExp(
      `^([ \\t]*${VERSION_KEY}:[ \\t]*)(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s#]+))([ \\t]*(?:#.*)?)$`,
      "gm",
    );
    for (const m of text.matchAll(re)) hits.push({ file, text, m });
  }
  if (hits.length !== 1) {
    throw new BumpError(
      `expected exactly one "${VERSION_KEY}:" line in ${rel(overlaysDir)}/*.overlay.yaml, found ${hits.length}; nothing was changed.`,
      2,
    );
  }
  const { file, text, m } = hits[0];
  const previous = m[2] ?? m[3] ?? m[4];
  const edited = text.slice(0, m.index) + `${m[1]}"${version}"${m[5]}` + text.slice(m.index + m[0].length);
  const found = JSON.stringify(parse(edited)).includes(`"${VERSION_KEY}":"${version}"`);
  if (!found) throw new BumpError(`could not set ${VERSION_KEY} in ${rel(file)} safely; nothing was changed.`, 2);
  return { file, previous, edited };
}

/** Inserts `entry` before the first "## " entry of the changelog (or creates it with a title). */
function changelogText(existing, entry) {
  if (existing === undefined || existing.trim() === "") return `# Changelog\n\n${entry}`;
  const first = /^## /m.exec(existing);
  if (first) return existing.slice(0, first.index) + entry + "\n" + existing.slice(first.index);
  return existing.replace(/\n*$/, "\n\n") + entry;
}

function run(args, what) {
  console.log(`\nspec:bump: ${what}: ${["node", ...args.map((a) => rel(a))].join(" ")}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", timeout: 600_000 });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  // Everything that can be checked is checked before the first write.
  const apiVersion = opts.apiVersion === undefined ? undefined : checkApiVersion(opts.apiVersion);
  const newPath = resolve(opts.files[0]);
  const changelogPath = resolve(opts.changelog ?? join(root, "CHANGELOG.md"));
  if (!existsSync(dirname(changelogPath))) {
    throw new UsageError(`--changelog ${rel(changelogPath)}: its folder does not exist. Nothing was changed.`);
  }
  const versionEdit = apiVersion === undefined ? undefined : planVersionEdit(apiVersion);
  const newDoc = loadSpecFile(newPath);
  const oldDoc = loadSpecFile(upstreamSpecPath);

  const report = compareDocuments(oldDoc, newDoc, {
    oldFile: upstreamSpecPath,
    newFile: newPath,
    overlays: readOverlays(),
  });
  const sameBytes = readFileSync(newPath).equals(readFileSync(upstreamSpecPath));
  if (sameBytes && versionEdit === undefined) {
    console.log(`spec:bump: ${rel(newPath)} is byte-identical to ${rel(upstreamSpecPath)}: nothing to do.`);
    return 0;
  }

  // 1. The overlay layer must still apply (generation needs it), then Redocly lint of the processed file.
  if (report.overlayFailures.length > 0) {
    process.stdout.write(renderMarkdown(report));
    throw new BumpError(
      `${report.overlayFailures.length} correction(s) in spec/overlays no longer apply to ${rel(newPath)} ` +
        `(see "correction no longer applies" above): update or remove them, then run spec:bump again. Nothing was changed.`,
    );
  }
  const { path: prepared } = prepareSpec(newPath, "bump");
  console.log(`spec:bump: lint ${rel(newPath)} + spec/overlays → ${rel(prepared)}`);
  if (!lint(prepared)) throw new BumpError("the new spec fails lint (Redocly's report above). Nothing was changed.");

  // 2. The report; breaking changes stop here unless accepted.
  console.log("");
  process.stdout.write(renderMarkdown(report));
  console.log("");
  if (report.summary.breaking > 0 && !opts.allowBreaking) {
    throw new BumpError(
      `${report.summary.breaking} breaking change(s) (listed above). Nothing was changed. ` +
        "Review them, then re-run with --allow-breaking to accept them.",
    );
  }

  // 3. Write: changelog, spec, default version; then regenerate and typecheck.
  const written = [];
  const date = new Date().toISOString().slice(0, 10);
  const versions = `${report.old.version ?? "?"} → ${report.new.version ?? "?"}`;
  const notes = [
    sameBytes
      ? `Upstream spec unchanged (info.version ${report.new.version ?? "?"}).`
      : `Upstream spec replaced: \`${rel(upstreamSpecPath)}\` (info.version ${versions}).`,
  ];
  if (versionEdit) notes.push(`Default LinkedIn-Version: ${versionEdit.previous} → ${apiVersion}.`);
  if (report.summary.breaking > 0) notes.push("Breaking changes accepted with --allow-breaking.");
  const entry = renderMarkdown(report, { level: 2, title: `${date}: LinkedIn spec ${versions}`, intro: notes });
  writeFileSync(
    changelogPath,
    changelogText(existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : undefined, entry),
  );
  written.push(`${rel(changelogPath)} (entry prepended)`);
  if (!sameBytes) {
    copyFileSync(newPath, upstreamSpecPath);
    written.push(`${rel(upstreamSpecPath)} (replaced by ${rel(newPath)}, byte-for-byte; ${versions})`);
  }
  if (versionEdit) {
    writeFileSync(versionEdit.file, versionEdit.edited);
    written.push(`${rel(versionEdit.file)} (${VERSION_KEY} ${versionEdit.previous} → ${apiVersion})`);
  }

  const summary = (status) => {
    console.log(`\nspec:bump: ${status}`);
    console.log(`  API changes: ${headline(report).replaceAll("**", "")}`);
    console.log(`  Files written:\n${written.map((w) => `    ${w}`).join("\n")}`);
  };

  if (run([join(root, "scripts/generate.mjs")], "regenerate generated/") !== 0) {
    summary("FAILED: generation failed (see above).");
    console.log("  The files above stay updated; generated/ may be stale. Fix the cause, then run `npm run generate`.");
    return 1;
  }
  written.push("generated/ (regenerated by scripts/generate.mjs)");

  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const typecheck = run(
    [tsc, "--noEmit", "-p", join(root, "tsconfig.json")],
    "typecheck the SDK against the new types",
  );
  if (typecheck !== 0) {
    summary("FAILED: the SDK does not typecheck against the new types (tsc errors above).");
    console.log(
      "  The files above stay updated so the SDK can be fixed: adapt src/ to the new types, then run `npm run typecheck` and `npm test`.",
    );
    return 1;
  }
  summary("done. Typecheck passed.");
  console.log("  Next: review the diff and CHANGELOG entry, run `npm test`, commit.");
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  const expected = err instanceof UsageError || err instanceof BumpError || err instanceof OverlayError;
  console.error(`spec:bump: ${expected ? err.message : (err.stack ?? err)}`);
  if (err.showUsage) console.error(USAGE);
  process.exitCode = err instanceof BumpError ? err.code : 2;
}
