// Injected faults: the failures a real network and LinkedIn's gateways produce, on demand.

import { checkNumber, type NumberRule } from "../internal/numbers.js";
import { dailyLimitBody, type DailyLimitScope, tooManyRequestsBody } from "./errors.js";
import type { RecordedRequest } from "./requests.js";

/** A failure to inject into matching requests (see `TestServer.injectFault`). */
export interface FaultSpec {
  /** Path under /rest ("/adTargetingEntities"; "/rest/adTargetingEntities" works too) or a RegExp tested on it; omitted: every path. */
  path?: string | RegExp;
  /** Only this HTTP method (case-insensitive); omitted: any. */
  method?: string;
  /** Extra condition on the received request (its body is already parsed). If it throws, the request gets a 500 naming the error. */
  match?: (request: RecordedRequest) => boolean;
  /** How many matching requests get the fault (default 1; `Infinity` for all). */
  times?: number;
  /** Answer with this status instead of the real answer (default 200 when only `body` is given, else 500). */
  status?: number;
  /** Extra response headers (added to the real answer when the fault does not replace it). */
  headers?: Record<string, string>;
  /** Body to send: an object is sent as JSON, a string as is (e.g. a gateway's HTML page). Default: LinkedIn's error body for `status`. */
  body?: unknown;
  /** Wait this long before answering (the real answer too, when the fault does not replace it). */
  delayMs?: number;
  /** Send the headers and part of the body, then destroy the socket. Without `status`/`body`, cuts the real answer. */
  reset?: boolean;
  /** Never answer; the socket is destroyed by `close()` (or when the client gives up). */
  hang?: boolean;
}

/** A registered fault. */
export interface InjectedFault {
  /** Requests it will still affect. */
  readonly remaining: number;
  /** Requests it has affected. */
  readonly hits: number;
  /** Unregisters it. */
  remove(): void;
}

interface Entry {
  spec: FaultSpec;
  remaining: number;
  hits: number;
}

function normalisePath(path: string): string {
  return path.startsWith("/rest/") ? path.slice(5) : path;
}

const typeError = (message: string) => new TypeError(message);

/** How many times a fault fires: a whole number ≥ 1, or `Infinity` for every matching request. */
export const FAULT_TIMES: NumberRule = { min: 1, whole: true, infinity: "every matching request" };

function check(spec: FaultSpec): void {
  checkNumber(spec.times, "fault times", 1, FAULT_TIMES, typeError);
  checkNumber(spec.status, "fault status", 0, { min: 200, max: 599, whole: true }, typeError);
  checkNumber(spec.delayMs, "fault delayMs", 0, { min: 0, unit: "milliseconds" }, typeError);
  if (spec.reset && spec.hang) throw new TypeError("a fault cannot both reset and hang");
}

/** True when the fault replaces the real answer (rather than only delaying it or adding headers). */
export function replacesAnswer(spec: FaultSpec): boolean {
  return spec.status !== undefined || spec.body !== undefined || spec.hang === true;
}

export class FaultRegistry {
  private entries: Entry[] = [];

  add(spec: FaultSpec): InjectedFault {
    check(spec);
    const entry: Entry = { spec: { ...spec }, remaining: spec.times ?? 1, hits: 0 };
    this.entries.push(entry);
    return {
      get remaining() {
        return entry.remaining;
      },
      get hits() {
        return entry.hits;
      },
      remove: () => {
        this.entries = this.entries.filter((e) => e !== entry);
      },
    };
  }

  clear(): void {
    this.entries = [];
  }

  /** The first registered fault matching the request, consuming one of its uses. */
  take(request: RecordedRequest): FaultSpec | undefined {
    for (const entry of this.entries) {
      const { spec } = entry;
      if (spec.method !== undefined && spec.method.toUpperCase() !== request.method.toUpperCase()) continue;
      if (typeof spec.path === "string" && normalisePath(spec.path) !== request.path) continue;
      if (spec.path instanceof RegExp && !spec.path.test(request.path)) continue;
      if (spec.match && spec.match(request) !== true) continue; // a throwing match is answered with a 500
      entry.remaining--;
      entry.hits++;
      if (entry.remaining <= 0) this.entries = this.entries.filter((e) => e !== entry);
      return spec;
    }
    return undefined;
  }
}

/** Where a throttle fault applies: a path (or RegExp) and a method, as in {@link FaultSpec}; omitted: everywhere. */
export type ThrottleTarget = Pick<FaultSpec, "path" | "method" | "match" | "times">;

/**
 * A spent daily quota, as LinkedIn answers it until midnight UTC: 429 with
 * `Resource level throttle <SCOPE> DAY limit for calls to this resource is reached.` and no Retry-After, for every
 * matching request (`times` default `Infinity`; `remove()` the fault to "reset" the day).
 *
 * ```ts
 * server.injectFault(dailyQuotaFault("application", { path: "/adTargetingEntities" }));
 * ```
 */
export function dailyQuotaFault(scope: DailyLimitScope = "application", target: ThrottleTarget = {}): FaultSpec {
  return { times: Infinity, ...target, status: 429, body: dailyLimitBody(scope) };
}

/**
 * A short-window throttle: LinkedIn's plain 429 `Resource level throttle limit for calls to this resource is
 * reached.` (no DAY, no Retry-After), worth retrying with backoff. `times` default 1.
 */
export function throttleFault(target: ThrottleTarget = {}): FaultSpec {
  return { times: 1, ...target, status: 429, body: tooManyRequestsBody() };
}
