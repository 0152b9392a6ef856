// The HTTP methods an OpenAPI path item may hold, in the order OpenAPI lists them. Plain JavaScript so that the
// build scripts (scripts/generate.mjs, scripts/lib/diff.mjs) use it as it is; src/paths.ts takes its type from it
// (typed by http-methods.d.mts).

export const HTTP_METHODS = Object.freeze(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
