import { defineConfig } from "tsup";

// Two entries, each as ESM (.js) + CJS (.cjs) with declarations for both (.d.ts / .d.cts).
// openapi-fetch is bundled: left external, its CJS build is reached through a default-export interop
// that crashed at run time (`openapi_fetch.default is not a function`, see the toolchain notes); it stays a
// dependency for its types, which the declarations reference.
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
]);
