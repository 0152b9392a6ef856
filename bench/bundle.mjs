// 4. Bundle size: what an application bundler ships. esbuild (bundle, minify, ESM, platform "neutral"), then
// gzip (zlib level 9). The core's largest inputs come from esbuild's metafile.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { fmt, verdict } from "./lib/table.mjs";

export const title = "Bundle size";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Issue 16's targets: the whole core entry, and an app that imports only createLinkedInClient (tree-shaken). */
const CORE_LIMIT = 16 * 1024;
const CLIENT_LIMIT = 12 * 1024;

const cases = [
  { id: "core", label: "core entry, everything (`src/index.ts`)", entry: "src/index.ts" },
  { id: "dist", label: "published ESM entry, everything (`dist/index.js`)", entry: "dist/index.js" },
  {
    id: "typical",
    label: "`import { createLinkedInClient }` (tree-shaken)",
    contents: `export { createLinkedInClient } from "./src/index.ts";`,
  },
  {
    id: "quickstart",
    label: "`import { createLinkedInClient, Facet, targeting, urn }` (README usage)",
    contents: `export { createLinkedInClient, Facet, targeting, urn } from "./src/index.ts";`,
  },
  {
    id: "floor",
    label: "for scale: openapi-fetch + the request layer alone (`src/http/*`, Rest.li codec; no resources)",
    contents: [
      `export { default as createClient } from "openapi-fetch";`,
      `export { createTransport } from "./src/http/transport.ts";`,
      `export { createTokenSource } from "./src/http/auth.ts";`,
      `export { serializeQuery } from "./src/http/query.ts";`,
      `export * from "./src/http/errors.ts";`,
    ].join("\n"),
  },
  {
    id: "linkedin-api-client",
    label: "linkedin-api-client `import { RestliClient }` (+ axios, lodash, qs)",
    contents: `export { RestliClient } from "linkedin-api-client";`,
    hint: 'its package.json has only a CommonJS "main", which platform "neutral" does not read',
  },
];

async function bundle(c, platform) {
  const result = await build({
    ...(c.entry ? { entryPoints: [c.entry] } : { stdin: { contents: c.contents, resolveDir: ROOT, loader: "ts" } }),
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: "out.js",
  });
  const code = result.outputFiles.find((f) => f.path.endsWith(".js")).contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** Inputs by bytes in the minified output (before gzip), largest first: a repo file, or a bundled package. */
function largest(metafile) {
  const output = Object.values(metafile.outputs)[0];
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => [/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path, bytesInOutput])
    .sort((a, b) => b[1] - a[1]);
}

export async function run({ log }) {
  const results = {};
  const rows = [];
  const notes = [];
  for (const c of cases) {
    let platform = "neutral";
    let out;
    try {
      out = await bundle(c, platform);
    } catch (error) {
      platform = "node";
      out = await bundle(c, platform);
      notes.push(
        `${c.id}: platform "neutral" failed (${String(error.errors?.[0]?.text ?? error.message).slice(0, 120)}${c.hint ? `: ${c.hint}` : ""}), so it is bundled with platform "node" (axios's Node adapter included).`,
      );
    }
    results[c.id] = { label: c.label, platform, minified: out.min, gzip: out.gz };
    if (c.id === "core" || c.id === "typical") results[c.id].largest = largest(out.metafile);
    rows.push({
      what: c.label,
      platform,
      min: fmt.kb(out.min),
      gz: fmt.kb(out.gz),
      bytes: fmt.int(out.gz),
    });
  }
  log("bundle: done");
  const core = results.core;
  for (const id of ["core", "typical"]) {
    const { largest: top, minified } = results[id];
    notes.push(
      `Largest inputs of "${id}" (minified, before gzip): ${top
        .slice(0, 8)
        .map(([k, b]) => `${k} ${fmt.kb(b)} (${fmt.pct(b / minified)})`)
        .join(", ")}.`,
    );
  }
  const typical = results.typical;
  const coreMet = core.gzip <= CORE_LIMIT;
  const clientMet = typical.gzip <= CLIENT_LIMIT;
  return {
    results,
    tables: [
      {
        title: `${title}: esbuild bundle + minify, ESM; gzip level 9 (1 KB = 1024 bytes)`,
        columns: [
          { key: "what", label: "bundle" },
          { key: "platform", label: "platform" },
          { key: "min", label: "minified", align: "right" },
          { key: "gz", label: "min + gzip", align: "right" },
          { key: "bytes", label: "min + gzip bytes", align: "right" },
        ],
        rows,
        notes,
      },
    ],
    targets: [
      {
        name: "Bundle: whole core entry, min+gz",
        target: `≤ ${fmt.kb(CORE_LIMIT)}`,
        measured: `${fmt.kb(core.gzip)} (openapi-fetch + the request layer alone: ${fmt.kb(results.floor.gzip)})`,
        met: coreMet,
        status: verdict(coreMet),
      },
      {
        name: "Bundle: an app importing only createLinkedInClient, tree-shaken, min+gz",
        target: `≤ ${fmt.kb(CLIENT_LIMIT)}`,
        measured: fmt.kb(typical.gzip),
        met: clientMet,
        status: verdict(clientMet),
      },
    ],
  };
}
