/**
 * The generated `paths`, adjusted to how the client is used — at type level only:
 *
 * 1. Header parameters become optional. `LinkedIn-Version` and `X-Restli-Protocol-Version` are required in
 *    the spec, so plain openapi-fetch would make every call pass `params.header`; the client injects them
 *    (a caller may still set them, and wins). Required query parameters and bodies stay required.
 * 2. Rest.li finders. Finders share one path and differ by `q`, which OpenAPI cannot express, so the overlay
 *    layer lists what each finder requires (`x-restli-finders` → `finders` in generated/metadata.ts). Here the
 *    query type of such a path becomes a union with one member per finder: `{ q: "typeahead", query, facet }`,
 *    `{ q: "urns", urns }`, … — a finder's required parameter is required again.
 */
import type { finders } from "../generated/metadata.js";
import type { paths } from "../generated/schema.js";
import type { HTTP_METHODS } from "./internal/http-methods.mjs";

type HttpMethod = (typeof HTTP_METHODS)[number];
type Finders = typeof finders;

/** `Omit` that distributes over a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One query type per finder of `F`: its `q` literal, its required parameters required. */
type FinderQuery<Q, F> = {
  [K in keyof F]: F[K] extends readonly (infer R extends string)[]
    ? Omit<Q, "q" | R> & { q: K } & { [P in R & keyof Q]-?: Exclude<Q[P], undefined> }
    : never;
}[keyof F];

type WithFinders<Path, Op> = Path extends keyof Finders
  ? Op extends { parameters: { query: infer Q } }
    ? Omit<Op, "parameters"> & {
        parameters: Omit<Op["parameters"], "query"> & { query: FinderQuery<Q, Finders[Path]> };
      }
    : Op
  : Op;

type OptionalHeaders<Op> = Op extends { parameters: infer P extends { header?: unknown } }
  ? Omit<Op, "parameters"> & {
      parameters: Omit<P, "header"> & { header?: Partial<NonNullable<P["header"]>> & Record<string, string> };
    }
  : Op;

/** `paths` from generated/schema.ts as the client serves them (see the module comment). */
export type LinkedInPaths = {
  [Path in keyof paths]: {
    [K in keyof paths[Path]]: K extends HttpMethod
      ? OptionalHeaders<WithFinders<Path, paths[Path][K]>>
      : paths[Path][K];
  };
};
