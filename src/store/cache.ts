/**
 * What a client's resources get to use its store: the guarded store, the client's keys, its clock, and the
 * LinkedIn-Version a call is answered in (a key part: the same question in another version may get another answer).
 */
import type { GuardedStore } from "./guard.js";
import type { Keyspace } from "./keys.js";

/** Internal: a client's store, keys, clock and version, as its resources use them. */
export interface ClientCache {
  readonly store: GuardedStore;
  readonly keys: Keyspace;
  /** The client's clock, ms since the epoch. */
  now(): number;
  /**
   * The LinkedIn-Version a call with these extra headers is sent with: a `LinkedIn-Version` among them, else the
   * client's (with `version: "latest"`, once it is known: this may run the probe).
   */
  version(headers?: Record<string, string> | undefined): Promise<string>;
  /** The same, when known without asking LinkedIn (with `version: "latest"`, undefined until it was probed). */
  knownVersion(headers?: Record<string, string> | undefined): string | undefined;
}

/** A `LinkedIn-Version` among per-call headers (any case), if any. */
export function versionHeader(headers: Record<string, string> | undefined): string | undefined {
  if (!headers) return undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === "linkedin-version" && typeof value === "string") return value;
  }
  return undefined;
}
