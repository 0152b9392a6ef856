/**
 * The generic start/count paginator behind every LinkedIn collection.
 *
 * - Next `start` = previous `start` + elements received; stops at a short or empty page, or when `start`
 *   reaches `paging.total`, or at `maxItems` (never fetching a page it does not need).
 * - `concurrency > 1`: once the first page reveals `paging.total`, later pages are fetched in parallel
 *   (at most `concurrency` in flight) and still yielded in order; without a total, one at a time.
 * - At most `concurrency + 1` pages are held at once. Leaving the loop early aborts every request in flight.
 * - A server that repeats a page or makes no progress ends the iteration with a `PaginationError`; a page longer
 *   than asked for is cut to the asked size (the next page starts after it), so nothing is yielded twice.
 * - Page sizes are bounded per Rest.li finder (`finderPageLimits`, from the spec's overlay layer).
 */
import type { Client } from "openapi-fetch";
import { finderPageLimits, operations } from "../../generated/metadata.js";
import type { components } from "../../generated/schema.js";
import { ConfigurationError, LinkedInError } from "../errors.js";
import { follow } from "../http/timeout.js";
import { checkNumber } from "../internal/numbers.js";
import type { CallOptions } from "../http/transport.js";
import type { DistributiveOmit, LinkedInPaths } from "../paths.js";
import { checkCallOptions, type FetchResult, resourceCall, type ResourceContext } from "./request.js";
import { object, objects } from "./shape.js";

/** LinkedIn's paging block. */
export type Paging = components["schemas"]["Paging"];

/** One page as the server sent it, with the `start` it was asked for. */
export interface Page<T> {
  /** The page's elements in server order: at most what was asked for, fewer on the last page. */
  elements: T[];
  /** LinkedIn's paging block as sent (`start`, `count`, and `total` when it counted); `{}` when it sent none. */
  paging: Paging;
  /** The `start` this page was requested with. */
  start: number;
}

/** How to walk a collection. */
export interface PageOptions extends CallOptions {
  /**
   * Elements per request (`count`). At most what the finder serves: 100 for `typeahead` and `similarEntities`,
   * 10,000 for `adTargetingFacet` (`li.entities.list`). Default 100 (`li.entities.list`: 1,000).
   */
  pageSize?: number | undefined;
  /** Stop after this many elements in total. Default: all. */
  maxItems?: number | undefined;
  /** Requests in flight at once once `paging.total` is known, 1–16. Default 1. */
  concurrency?: number | undefined;
  /** Index of the first element. Default 0. */
  start?: number | undefined;
  /** Safety bound on the number of pages (a server that never ends). Default 100000. */
  maxPages?: number | undefined;
}

/**
 * The server broke paging while an iteration ran: it answered another `start` than asked, repeated the previous page
 * (no progress), or still had pages after `maxPages`. The iteration ends there, having yielded no element twice;
 * `maxItems` or `maxPages` bound a collection that never ends.
 */
export class PaginationError extends LinkedInError {
  /** Always `"PaginationError"`. */
  override name = "PaginationError";
}

/** An async iterable of elements, with page access and shortcuts. */
export interface PagedIterable<T> extends AsyncIterable<T> {
  /** Iterate page by page. */
  pages(): AsyncIterable<Page<T>>;
  /** Every element (honours `maxItems`). */
  toArray(): Promise<T[]>;
  /** The first element, or undefined; one request. */
  first(): Promise<T | undefined>;
}

// ---- types: which GET paths are paged, and what they hold ----------------------------------------
type GetOp<P extends keyof LinkedInPaths> = LinkedInPaths[P] extends { get: infer Op } ? Op : never;
type Json200<Op> = Op extends { responses: { 200: { content: { "application/json": infer B } } } } ? B : never;
type QueryOf<Op> = Op extends { parameters: { query: infer Q } }
  ? Q
  : Op extends { parameters: { query?: infer Q } }
    ? Q
    : never;

/** Every GET path of the spec that takes `start`/`count` and whose 200 body has `elements` and `paging`. */
export type PagedPath = {
  [P in keyof LinkedInPaths]: [Json200<GetOp<P>>] extends [never]
    ? never
    : Json200<GetOp<P>> extends {
          /** The page's elements. */
          elements?: unknown[];
          /** LinkedIn's paging block. */
          paging?: Paging;
        }
      ? [Exclude<QueryOf<GetOp<P>>, undefined>] extends [never]
        ? never
        : "start" | "count" extends keyof Exclude<QueryOf<GetOp<P>>, undefined>
          ? P
          : never
      : never;
}[keyof LinkedInPaths];

/** The element type of a paged path. */
export type ElementOf<P extends PagedPath> =
  Json200<GetOp<P>> extends {
    /** The page's elements, whose type this is. */
    elements?: (infer E)[];
  }
    ? E
    : never;

/** Query parameters of a paged path, minus `start`/`count` (the paginator sets them). */
export type PageQuery<P extends PagedPath> = DistributiveOmit<Exclude<QueryOf<GetOp<P>>, undefined>, "start" | "count">;

/** `paginate`'s options: the request's `params` plus {@link PageOptions}. */
export type PaginateInit<P extends PagedPath> = PageOptions &
  ([QueryOf<GetOp<P>>] extends [never]
    ? {
        /** The request's parameters: none, for a path without a query. */
        params?: {
          /** No query. */
          query?: undefined;
        };
      }
    : GetOp<P> extends {
          /** The operation's parameters. */
          parameters: {
            /** A query with required parameters. */
            query: object;
          };
        }
      ? {
          /** The request's parameters, as openapi-fetch takes them. */
          params: {
            /** The query, without `start` and `count`: required, as the path has required parameters. */
            query: PageQuery<P>;
          };
        }
      : {
          /** The request's parameters, as openapi-fetch takes them. */
          params?: {
            /** The query, without `start` and `count`. */
            query?: PageQuery<P>;
          };
        });

/** Page size when none is given (and the largest page of a path without a finder table). */
const DEFAULT_PAGE_SIZE = 100;

type Settled<T> = { ok: true; page: Page<T> } | { ok: false; error: unknown };

/** The paginator over a resource context (what `paginate(li, …)` and the resource helpers use). */
export function createPaginator<P extends PagedPath>(
  ctx: ResourceContext,
  path: P,
  init: PaginateInit<P>,
): PagedIterable<ElementOf<P>> {
  if (!operations.some((op) => op.method === "GET" && op.path === path)) {
    throw new ConfigurationError(`paginate: ${JSON.stringify(path)} is not a GET path of the spec.`);
  }
  checkCallOptions(init, "paginate");
  const query = (init.params?.query ?? {}) as Record<string, unknown>;
  const limits = (finderPageLimits as Readonly<Record<string, Readonly<Record<string, number>>>>)[path];
  const finder = typeof query.q === "string" ? query.q : undefined;
  const maxPageSize = (finder !== undefined ? limits?.[finder] : undefined) ?? DEFAULT_PAGE_SIZE;
  if (typeof init.pageSize === "number" && Number.isInteger(init.pageSize) && init.pageSize > maxPageSize) {
    throw new ConfigurationError(
      `pageSize ${init.pageSize} is more than ${finder ? `q=${finder}` : path} serves in one page (at most ${maxPageSize}).`,
    );
  }
  const pageSize = checkNumber(init.pageSize, "pageSize", Math.min(DEFAULT_PAGE_SIZE, maxPageSize), {
    min: 1,
    max: maxPageSize,
    whole: true,
  });
  const maxItems = checkNumber(init.maxItems, "maxItems", Infinity, { min: 1, whole: true });
  const concurrency = checkNumber(init.concurrency, "concurrency", 1, { min: 1, max: 16, whole: true });
  const start0 = checkNumber(init.start, "start", 0, { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true });
  const maxPages = checkNumber(init.maxPages, "maxPages", 100_000, { min: 1, whole: true });
  for (const [key, value] of Object.entries(query)) {
    if (key === "start" || key === "count")
      throw new ConfigurationError(`paginate sets ${key} itself: use the start/pageSize options.`);
    if (value === "") throw new ConfigurationError(`paginate: query parameter "${key}" is empty.`);
  }
  const api = ctx.api as unknown as Client<Record<string, { get: object }>>;

  const fetchPage = async (start: number, count: number, signal: AbortSignal): Promise<Page<ElementOf<P>>> => {
    const call = resourceCall(ctx, { ...init, signal });
    const result = await (api.GET as (p: string, i: object) => Promise<FetchResult<unknown>>)(path, {
      params: { query: { ...query, start, count } },
      ...call.init,
    });
    const answer = { method: "GET", response: result.response };
    const body = object(answer, call.unwrap(result, "GET"), "$");
    const elements = objects(answer, body.elements, "$.elements") as ElementOf<P>[];
    const paging = body.paging === undefined ? {} : (object(answer, body.paging, "$.paging") as Paging);
    return { elements, paging, start };
  };

  async function* pages(): AsyncGenerator<Page<ElementOf<P>>> {
    const controller = new AbortController();
    const caller = init.signal;
    let unfollow: (() => void) | undefined;
    if (caller?.aborted) controller.abort(caller.reason);
    else if (caller) unfollow = follow(caller, () => controller.abort(caller.reason));
    const inFlight: Promise<Settled<ElementOf<P>>>[] = [];
    // Every page shares the iteration's signal: it goes to the transport, never into a Request (undici would
    // keep a listener on it until each Request is collected), and the transport listens only during an attempt.
    const settle = (start: number, count: number) =>
      fetchPage(start, count, controller.signal).then(
        (page): Settled<ElementOf<P>> => ({ ok: true, page }),
        (error): Settled<ElementOf<P>> => ({ ok: false, error }),
      );
    try {
      let next = start0; // start of the next page to request
      let received = 0; // elements yielded so far
      let pagesSeen = 0;
      let total: number | undefined;
      let previousFirst: string | undefined;
      const limit = () => Math.min(total ?? Infinity, start0 + maxItems);
      const schedule = () => {
        const count = Math.min(pageSize, start0 + maxItems - next);
        inFlight.push(settle(next, count));
        next += count;
      };
      schedule();
      while (inFlight.length > 0) {
        const settled = await inFlight.shift()!;
        if (!settled.ok) throw settled.error;
        const page = settled.page;
        pagesSeen++;
        const asked = Math.min(pageSize, start0 + maxItems - page.start);
        if (page.paging.start !== undefined && page.paging.start !== page.start) {
          throw new PaginationError(
            `the server answered start=${page.paging.start} when asked for start=${page.start}: it repeats pages.`,
          );
        }
        const first = page.elements.length > 0 ? JSON.stringify(page.elements[0]) : undefined;
        if (first !== undefined && first === previousFirst) {
          throw new PaginationError(
            `the page at start=${page.start} repeats the previous page: the server makes no progress.`,
          );
        }
        previousFirst = first;
        // A page longer than asked for (a server ignoring `count`) is cut: the next page starts after what was asked.
        if (page.elements.length > asked) page.elements = page.elements.slice(0, asked);
        if (typeof page.paging.total === "number" && total === undefined) total = page.paging.total;
        const room = start0 + maxItems - (start0 + received);
        if (page.elements.length > room) page.elements = page.elements.slice(0, room);
        received += page.elements.length;
        const isLast =
          page.elements.length < asked || page.elements.length === 0 || page.start + page.elements.length >= limit();
        if (isLast) {
          controller.abort(); // pages fetched ahead are not needed
          yield page;
          return;
        }
        if (pagesSeen >= maxPages)
          throw new PaginationError(`stopped after maxPages=${maxPages} pages: the collection does not end.`);
        // Keep the window full: up to `concurrency` in flight when the total is known, else one.
        const window = total === undefined ? 1 : concurrency;
        while (inFlight.length < window && next < limit()) schedule();
        if (inFlight.length === 0 && next < limit()) schedule();
        yield page;
      }
    } finally {
      controller.abort();
      unfollow?.();
      // Prefetched pages settle on their own (their results are already caught).
    }
  }

  const iterable: PagedIterable<ElementOf<P>> = {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.elements;
    },
    async toArray() {
      const all: ElementOf<P>[] = [];
      for await (const page of pages()) all.push(...page.elements);
      return all;
    },
    async first() {
      const one = createPaginator(ctx, path, { ...init, maxItems: 1, pageSize: 1 } as PaginateInit<P>);
      for await (const item of one) return item;
      return undefined;
    },
  };
  return iterable;
}
