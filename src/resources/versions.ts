/**
 * `li.versions`: which LinkedIn-Versions LinkedIn serves now, found with as few requests as its monthly scheme
 * allows, and `version: "latest"`.
 *
 * What the search relies on (spec/LINKEDIN-FACTS.md rows 17, 18, 22): versions are named by month (`YYYYMM`); a
 * month's version is released during that month, never before, so none is newer than the current UTC month; each
 * is served at least 12 months and then answers 426 NONEXISTENT_VERSION; so the served months form one range
 * ending at (about) the current month. LinkedIn skips a month now and then (there is no 202512): a skipped month
 * inside the range answers 426 too. Assumed: **never two skipped months in a row**, and nothing older than
 * {@link PROBE_LOOKBACK_MONTHS} months is served.
 *
 * The search (one cheap `GET /adTargetingFacets` per month asked, 200 = served, 426 = not):
 * - newest: the current month, else the one before, else the one before that, then galloping back (1, 2, 4, …);
 * - oldest: the month a 12-month life predicts (current − 11) and the two before it (LinkedIn sunsets mid-month, so
 *   12 or 13 months are served), then a binary search between the oldest month seen served and the newest seen
 *   refused below it (or the look-back limit). The boundary found is
 *   checked once: when the month past a refused boundary month is served, the refused one was a skipped month and
 *   the search goes on below it.
 * A 12-month window costs 4 requests, a 13-month one 5, a 24- or 36-month one 9 (test/production/versions.test.ts).
 */
import { LinkedInError } from "../errors.js";
import { VersionError } from "../http/errors.js";
import type { CallOptions, Transport } from "../http/transport.js";
import type { ClientCache } from "../store/cache.js";
import { STORE_TTL_MS } from "../store/keys.js";
import { isMonthlyVersion, versionOfMonthIndex } from "../internal/linkedin-version.mjs";
import { checkCallOptions, resourceCall, type ResourceContext } from "./request.js";

/** How far back (in months from the current one) the probe looks at most. */
export const PROBE_LOOKBACK_MONTHS = 36;

/** The LinkedIn-Versions LinkedIn serves, as `li.versions.probe()` found them. */
export interface ActiveVersions {
  /** The oldest served monthly version, "YYYYMM". */
  oldest: string;
  /** The newest served monthly version, "YYYYMM": what `version: "latest"` sends. */
  newest: string;
  /** Months between `oldest` and `newest` the probe found refused (skipped by LinkedIn); others may exist unseen. */
  skipped: string[];
  /** When LinkedIn was asked. The answer is kept in the client's store for a day. */
  probedAt: Date;
  /** Requests this call sent: 0 when the answer came from the store. */
  requests: number;
}

/** Options of `li.versions.probe()`. */
export interface ProbeOptions extends Pick<CallOptions, "signal" | "timeoutMs" | "maxRetries"> {
  /** Ask LinkedIn even when the store holds an answer younger than a day. Default false. */
  fresh?: boolean | undefined;
}

/** `li.versions`: the LinkedIn-Versions LinkedIn serves now. */
export interface VersionsResource {
  /**
   * The range of LinkedIn-Versions LinkedIn serves now: a search over months, a handful of `GET /adTargetingFacets`
   * requests (4 when the range is the usual 12 months), kept in the client's store for a day (then 0 requests).
   * @throws VersionProbeError when no month of the last three years is served (a wrong baseUrl, or a proxy).
   * @throws LinkedInApiError (401, 403, 429, …) when a probe gets another answer than 200 or 426.
   */
  probe(options?: ProbeOptions): Promise<ActiveVersions>;
}

/**
 * `li.versions.probe()` (or `version: "latest"`) found no month of the look-back range (36 months) served: LinkedIn,
 * or what answers at `baseUrl`, refused every version probed with 426. Check `baseUrl` and the machine's clock
 * (versions are named by month).
 */
export class VersionProbeError extends LinkedInError {
  /** Always `"VersionProbeError"`. */
  override name = "VersionProbeError";
  /** The versions probed, all refused with 426. */
  declare readonly probed: readonly string[];
  /** @param probed - The versions probed ("YYYYMM"), all refused with 426. */
  constructor(probed: readonly string[]) {
    super(
      `No LinkedIn-Version is served at this baseUrl: ${probed.join(", ")} all answered 426 NONEXISTENT_VERSION. ` +
        `Check baseUrl (the probe asks GET /adTargetingFacets) and the machine's clock (versions are named by month).`,
      { probed },
    );
  }
}

/** The probe's answer as the store keeps it. */
interface StoredWindow {
  oldest: string;
  newest: string;
  skipped: string[];
  probedAt: string;
}

/** The stored window, or undefined when the value is not one (ignored, and overwritten by the next probe). */
export function readStoredWindow(value: unknown): StoredWindow | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const w = value as Record<string, unknown>;
  if (!isMonthlyVersion(w.oldest) || !isMonthlyVersion(w.newest)) return undefined;
  if (w.oldest > w.newest || typeof w.probedAt !== "string" || !Number.isFinite(Date.parse(w.probedAt)))
    return undefined;
  if (!Array.isArray(w.skipped) || !w.skipped.every(isMonthlyVersion)) return undefined;
  return w as unknown as StoredWindow;
}

/** What `li.versions` and the version layer share: the configured version, and the newest once resolved. */
export interface VersionState {
  /** "latest", or the LinkedIn-Version the client was given (or the default). */
  readonly configured: string;
  /** The version requests carry: the configured one, or with "latest" the newest once probed. */
  current(): string | undefined;
  /** Resolves the version requests carry (with "latest": probes once, concurrent callers share it). */
  resolve(): Promise<string>;
}

/**
 * `li.versions` and the client's version state. `ctx.transport` must be the transport below the version layer (the
 * probe sets its own LinkedIn-Version on each request).
 */
export function versionsResource(
  ctx: ResourceContext,
  cache: ClientCache,
  configured: string,
): { versions: VersionsResource; state: VersionState } {
  let probing: Promise<ActiveVersions> | undefined;
  let resolved: string | undefined = configured === "latest" ? undefined : configured;
  let resolving: Promise<string> | undefined;

  /** One probe request: true for 200, false for 426; any other answer throws its typed error. */
  const served = async (version: string, options: ProbeOptions): Promise<boolean> => {
    const { signal, timeoutMs, maxRetries } = options;
    const call = resourceCall(ctx, { signal, timeoutMs, maxRetries, headers: { "LinkedIn-Version": version } });
    const result = await ctx.api.GET("/adTargetingFacets", call.init);
    const error = call.errorOf(result, "GET");
    if (!error) return true;
    if (error.status === 426 || (error instanceof VersionError && error.code === "NONEXISTENT_VERSION")) return false;
    throw error; // 401, 403, 429, …
  };

  const search = async (options: ProbeOptions): Promise<ActiveVersions> => {
    const current = monthOf(cache.now());
    const floor = current - PROBE_LOOKBACK_MONTHS;
    const seen = new Map<number, boolean>();
    const active = async (m: number): Promise<boolean> => {
      let answer = seen.get(m);
      if (answer === undefined) {
        answer = await served(versionOfMonthIndex(m), options);
        seen.set(m, answer);
      }
      return answer;
    };

    // Newest: the first served month going back from the current one (galloping past the first three).
    let newest: number | undefined;
    let above = current + 1; // the lowest month refused above `newest` (the next month cannot exist yet)
    for (const back of [0, 1, 2, 4, 8, 16, 32, PROBE_LOOKBACK_MONTHS]) {
      if (await active(current - back)) {
        newest = current - back;
        break;
      }
      above = current - back;
    }
    if (newest === undefined) throw new VersionProbeError([...seen.keys()].map(versionOfMonthIndex));
    // Found by galloping: the newest lies between it and the refused month above, found by bisection.
    while (above - newest > 1) {
      const mid = Math.floor((newest + above) / 2);
      if (await active(mid)) newest = mid;
      else above = mid;
    }

    // Oldest: first where a 12-month life puts it, then bisection; a refused boundary is checked once.
    let inside = newest;
    let outside = floor - 1; // assumed, never asked
    const guess = current - 11;
    if (guess < newest) {
      // LinkedIn sunsets mid-month, so 12 or 13 months are served: the guess and the two months below it settle it.
      for (const m of [guess, guess - 1, guess - 2]) {
        if (!(await active(m))) {
          outside = m;
          break;
        }
        inside = m;
      }
    }
    const skipped: number[] = [];
    for (;;) {
      while (inside - outside > 1) {
        const mid = Math.floor((inside + outside) / 2);
        if (await active(mid)) inside = mid;
        else outside = mid;
      }
      // `outside` was refused (or is the look-back limit). If the month below it is served, it was a skipped month.
      if (outside - 1 < floor || !seen.has(outside)) break;
      if (!(await active(outside - 1))) break;
      skipped.push(outside);
      inside = outside - 1;
      outside = floor - 1;
    }
    for (const [m, ok] of seen) if (!ok && m > inside && m < newest && !skipped.includes(m)) skipped.push(m);
    return {
      oldest: versionOfMonthIndex(inside),
      newest: versionOfMonthIndex(newest),
      skipped: skipped.sort((a, b) => a - b).map(versionOfMonthIndex),
      probedAt: new Date(cache.now()),
      requests: seen.size,
    };
  };

  const probe = async (options: ProbeOptions = {}): Promise<ActiveVersions> => {
    const key = cache.keys.versions();
    if (!options.fresh) {
      const stored = readStoredWindow(await cache.store.get(key));
      if (stored && cache.now() - Date.parse(stored.probedAt) < STORE_TTL_MS.versions) {
        return { ...stored, probedAt: new Date(stored.probedAt), requests: 0 };
      }
    }
    const found = await search(options);
    const value: StoredWindow = {
      oldest: found.oldest,
      newest: found.newest,
      skipped: found.skipped,
      probedAt: found.probedAt.toISOString(),
    };
    await cache.store.set(key, value, STORE_TTL_MS.versions);
    return found;
  };

  const versions: VersionsResource = {
    probe(options) {
      checkCallOptions(options, "versions.probe");
      // Concurrent probes share one search (the first caller's options); a settled one is forgotten.
      if (!probing) {
        const p = probe(options);
        probing = p;
        const forget = () => void (probing === p && (probing = undefined));
        p.then(forget, forget);
      }
      return probing;
    },
  };

  const state: VersionState = {
    configured,
    current: () => resolved,
    resolve() {
      if (resolved !== undefined) return Promise.resolve(resolved);
      if (!resolving) {
        const p = versions.probe().then((w) => (resolved = w.newest));
        resolving = p;
        p.catch(() => void (resolving === p && (resolving = undefined))); // the next call tries again
      }
      return resolving;
    },
  };
  return { versions, state };
}

/**
 * Names the newest served version on a VersionError the transport prepared, before anyone sees it (the version
 * layer knows it from the store; the transport does not).
 */
function noteNewestVersion(error: VersionError, newest: string, oldest: string): void {
  const advice =
    ` LinkedIn serves ${oldest}–${newest} (probed within the last day); the newest is ${newest}: pass ` +
    `createLinkedInClient({ version: "${newest}" }), or { version: "latest" } to follow it.`;
  Object.defineProperty(error, "newestVersion", { value: newest, enumerable: true });
  error.message = `${error.message}${advice}`;
}

/** The UTC month index of a time in ms. */
function monthOf(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/**
 * The version layer, around the quota gate: with `version: "latest"`, a request without its own LinkedIn-Version
 * waits for the newest (the probe runs once, at the first request); a 426 gets the newest served version named in
 * its VersionError when the store knows it.
 */
export function versionLayer(transport: Transport, state: VersionState, cache: ClientCache): Transport {
  return async (request, call) => {
    if (state.configured === "latest" && !request.headers.has("linkedin-version")) {
      request.headers.set("linkedin-version", state.current() ?? (await state.resolve()));
    }
    const answer = await transport(request, call);
    const { error } = answer;
    if (error instanceof VersionError && error.newestVersion === undefined) {
      const known = readStoredWindow(await cache.store.get(cache.keys.versions()));
      if (known) noteNewestVersion(error, known.newest, known.oldest);
    }
    return answer;
  };
}
