// npm run spec:diff -- <old.yml> <new.yml> [--json] [--allow-breaking]
//   API change report between two OpenAPI 3.x documents, each with the spec/overlays layer applied:
//   operations, parameters, request/response fields, status codes, servers, info.version. Markdown by
//   default, JSON with --json (stdout holds the report only; notes go to stderr).
// Exit: 0 no breaking change · 1 breaking changes (0 with --allow-breaking) · 2 usage error, unreadable file,
// or not an OpenAPI 3.x document.
import { resolve } from "node:path";
import { compareSpecFiles, renderJson, renderMarkdown, UsageError } from "./lib/diff-report.mjs";
import { OverlayError } from "./lib/overlay.mjs";

const USAGE = "usage: npm run spec:diff -- <old.yml> <new.yml> [--json] [--allow-breaking]";

/** A command-line mistake: the message is followed by the usage line. */
function usage(message) {
  return Object.assign(new UsageError(message), { showUsage: true });
}

function parseArgs(argv) {
  const opts = { json: false, allowBreaking: false, files: [] };
  for (const arg of argv) {
    if (arg === "--json") opts.json = true;
    else if (arg === "--allow-breaking") opts.allowBreaking = true;
    else if (arg === "-h" || arg === "--help") opts.help = true;
    else if (arg.startsWith("-")) throw usage(`unknown option ${arg}`);
    else opts.files.push(arg);
  }
  if (!opts.help && opts.files.length !== 2) {
    throw usage(`expected two spec files (old and new), got ${opts.files.length}`);
  }
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const [oldPath, newPath] = opts.files.map((f) => resolve(f));
  const report = compareSpecFiles(oldPath, newPath);
  process.stdout.write(opts.json ? renderJson(report) : renderMarkdown(report));
  const { breaking } = report.summary;
  if (breaking === 0) return 0;
  if (opts.allowBreaking) {
    console.error(`spec:diff: ${breaking} breaking change(s), accepted (--allow-breaking).`);
    return 0;
  }
  console.error(`spec:diff: ${breaking} breaking change(s) (exit 1; --allow-breaking accepts them).`);
  return 1;
}

try {
  process.exitCode = main();
} catch (err) {
  const expected = err instanceof UsageError || err instanceof OverlayError;
  console.error(`spec:diff: ${expected ? err.message : (err.stack ?? err)}`);
  if (err.showUsage) console.error(USAGE);
  process.exitCode = 2;
}
