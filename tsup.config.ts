import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * The command line imports the SDK through its public entries only (`../index.js`, `../testing/index.js`). In the
 * build those stay imports of the shipped files next to it (`./index.js`, `./testing/index.js`) instead of being
 * bundled a second time: the CLI runs exactly the code users import, and the package carries it once.
 */
export const publicEntries: Plugin = {
  name: "li-audience-public-entries",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(index|testing\/index)\.js$/ }, (args) =>
      args.importer.includes("/src/cli/") ? { path: args.path.slice(1), external: true } : undefined,
    );
  },
};

// Three entries. The SDK and the testing entry as ESM (.js) + CJS (.cjs) with declarations for both (.d.ts /
// .d.cts). openapi-fetch is bundled: left external, its CJS build is reached through a default-export interop
// that crashed at run time (`openapi_fetch.default is not a function`, see the toolchain notes); it stays a
// dependency for its types, which the declarations reference. The `li-audience` command line (package.json
// `bin`): ESM only, Node only, its shebang kept (tsup marks the file executable).
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    noExternal: ["openapi-fetch"],
    outDir: "dist",
  },
  {
    entry: { "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    noExternal: ["openapi-fetch"],
    outDir: "dist",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    platform: "node",
    outDir: "dist",
    esbuildPlugins: [publicEntries],
  },
]);
