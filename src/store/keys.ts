/**
 * What the client keeps in its store, under which key, for how long. Every key names the API it came from (the
 * base URL's host and path: the test server's answers never mix with LinkedIn's) and, where the answer depends on
 * it, the LinkedIn-Version and the locale. No key holds a secret: tokens and quota keys appear only as hashes.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How long each kind of entry lives in the store, in ms. */
export const STORE_TTL_MS = {
  /** `li.facets.list()` (and `find`'s view of the facets): 24 h. */
  facets: DAY_MS,
  /** A name resolved by `entities.resolve` / `resolveNames` (or its absence): 7 days. */
  name: 7 * DAY_MS,
  /** A facet's whole listing read by `entities.find`: 24 h. */
  listing: DAY_MS,
  /** `li.versions.probe()`'s window: 1 day. */
  versions: DAY_MS,
} as const;

/** Version of the key layout and of the values' shapes: bumped when either changes, so old entries are ignored. */
export const STORE_SCHEMA = "v1";

/** The subject of a recorded daily quota: the application (its quota key's hash) or the member (the token's hash). */
export type QuotaSubject = "app" | "token";

/** Key builders of one client (its base URL). */
export interface Keyspace {
  facets(version: string): string;
  name(version: string, urn: string): string;
  listing(version: string, facetUrn: string, locale: string | undefined): string;
  versions(): string;
  /** `resource` is e.g. `GET /adTargetingEntities`; `hash` the subject's hash (never a token). */
  quota(subject: QuotaSubject, hash: string, resource: string): string;
}

/** The keys of a client whose requests go to `baseUrl` (already checked: absolute, no credentials, no query). */
export function keyspace(baseUrl: string): Keyspace {
  const url = new URL(baseUrl);
  const api = `${url.host}${url.pathname.replace(/\/+$/, "")}`;
  const at = (kind: string) => `${STORE_SCHEMA}:${kind}:${api}`;
  return {
    facets: (version) => `${at("facets")}:${version}`,
    name: (version, urn) => `${at("name")}:${version}:${urn}`,
    listing: (version, facetUrn, locale) => `${at("listing")}:${version}:${facetUrn}:${locale ?? "-"}`,
    versions: () => at("versions"),
    quota: (subject, hash, resource) => `${at("quota")}:${subject}:${hash}:${resource.replace(" ", ":")}`,
  };
}
