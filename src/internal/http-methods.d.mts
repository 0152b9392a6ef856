// Types of http-methods.mjs (plain JavaScript, shared with the build scripts).

/** The HTTP methods an OpenAPI path item may hold, in the order OpenAPI lists them. */
export const HTTP_METHODS: readonly ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
