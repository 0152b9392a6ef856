/**
 * The generated `paths`, minus the burden of the headers the client injects: `LinkedIn-Version` and
 * `X-Restli-Protocol-Version` are required in the spec, so plain openapi-fetch would make every call pass
 * `params.header`. Here headers become optional (a caller may still set them, and wins), while required
 * query parameters and bodies stay required.
 */
import type { paths } from "../generated/schema.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

type OptionalHeaders<Op> = Op extends { parameters: infer P extends { header?: unknown } }
  ? Omit<Op, "parameters"> & {
      parameters: Omit<P, "header"> & { header?: Partial<NonNullable<P["header"]>> & Record<string, string> };
    }
  : Op;

/** `paths` from generated/schema.ts with header parameters made optional on every operation. */
export type LinkedInPaths = {
  [Path in keyof paths]: {
    [K in keyof paths[Path]]: K extends HttpMethod ? OptionalHeaders<paths[Path][K]> : paths[Path][K];
  };
};
