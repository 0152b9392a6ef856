// 1. Per-request overhead: li.facets.list() vs bare openapi-fetch vs raw fetch vs linkedin-api-client's
// RestliClient, all doing GET /rest/adTargetingFacets against one loopback test server (in a child process,
// so the bench process's CPU time is the client's alone), with 1 and 16 requests in flight; then the same
// calls answered in-process by a stub (the client libraries' own CPU cost, without sockets). Contenders run
// interleaved, round-robin.
import { createRequire } from "node:module";
import createClient from "openapi-fetch";
import { createLinkedInClient, defaultLinkedInVersion } from "linkedin-audience-insights";
import { TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";
import { startServerChild } from "./lib/server.mjs";
import { median, quantile, roundRobin, since, withTimeout } from "./lib/stats.mjs";
import { fmt, verdict } from "./lib/table.mjs";

const require = createRequire(import.meta.url);

export const title = "Per-request overhead (GET /adTargetingFacets)";

const HEADERS = {
  Authorization: `Bearer ${TEST_ACCESS_TOKEN}`,
  "LinkedIn-Version": defaultLinkedInVersion,
  "X-Restli-Protocol-Version": "2.0.0",
};

/**
 * linkedin-api-client builds every URL from the module-level constant VERSIONED_BASE_URL
 * ("https://api.linkedin.com/rest", read at call time by buildRestliUrl) and has no base-URL option, so the
 * bench (only) points it at the loopback server by reassigning that export. Returns the undo function.
 */
function pointLinkedInApiClientAt(baseUrl) {
  const constants = require("linkedin-api-client/dist/lib/utils/constants.js");
  const original = constants.VERSIONED_BASE_URL;
  constants.VERSIONED_BASE_URL = baseUrl;
  return () => (constants.VERSIONED_BASE_URL = original);
}

/**
 * The four clients. The three fetch-based ones use the global fetch, looked up when called (openapi-fetch
 * reads it when the client is created), so the no-I/O mode swaps `globalThis.fetch` for the stub while the
 * clients are made and while they run; linkedin-api-client gets an axios adapter instead.
 */
function contenders(baseUrl, stub) {
  // `li.facets.list()` is answered from the client's store after its first call (facets are cached for a day), so
  // the request layer is timed through `li.api.GET` (auth, headers, quota gate, deadline, retries, size cap), and
  // `li.facets.list()` through a store that never hits (the resource layer on top: shape checks, `urn`).
  const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl });
  const never = { get: async () => undefined, set: async () => {}, delete: async () => {} };
  const uncached = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl, store: never });
  const api = createClient({ baseUrl, headers: HEADERS });
  const { RestliClient } = require("linkedin-api-client");
  const restli = new RestliClient(stub ? { adapter: stub.adapter } : {});
  const url = `${baseUrl}/adTargetingFacets`;
  return [
    {
      id: "sdk",
      name: "linkedin-audience-insights `li.api.GET` (request layer)",
      call: async () => {
        const { data, error, response } = await li.api.GET("/adTargetingFacets");
        if (error) throw new Error(`sdk: ${response.status}`);
        return data.elements.length;
      },
    },
    {
      id: "sdk-list",
      name: "linkedin-audience-insights `li.facets.list()`, uncached",
      call: async () => (await uncached.facets.list()).length,
    },
    {
      id: "openapi-fetch",
      name: "openapi-fetch `GET` (bare `createClient`)",
      call: async () => {
        const { data, error, response } = await api.GET("/adTargetingFacets");
        if (error) throw new Error(`openapi-fetch: ${response.status}`);
        return data.elements.length;
      },
    },
    {
      id: "fetch",
      name: "raw `fetch` + `json()`",
      call: async () => {
        const response = await fetch(url, { headers: HEADERS });
        if (!response.ok) throw new Error(`fetch: ${response.status}`);
        return (await response.json()).elements.length;
      },
    },
    {
      id: "linkedin-api-client",
      name: "linkedin-api-client `RestliClient.getAll()`",
      call: async () => {
        const response = await restli.getAll({
          resourcePath: "/adTargetingFacets",
          accessToken: TEST_ACCESS_TOKEN,
          versionString: defaultLinkedInVersion,
        });
        return response.data.elements.length;
      },
    },
  ];
}

/**
 * In-process answers carrying the server's real body and headers. The stub fetch does what a real fetch does
 * with its arguments before any I/O (it builds a Request from them, signal linking included), so every
 * client pays its real per-call cost, and skips the network.
 */
async function stubFrom(baseUrl) {
  const real = await fetch(`${baseUrl}/adTargetingFacets`, { headers: HEADERS });
  const body = await real.text();
  const headers = Object.fromEntries(real.headers);
  return {
    bytes: Buffer.byteLength(body),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.signal.aborted) throw request.signal.reason;
      return new Response(body, { status: 200, headers });
    },
    adapter: async (config) => ({ data: body, status: 200, statusText: "OK", headers, config, request: {} }),
  };
}

/** Runs `body` with `globalThis.fetch` replaced by `fetch` (when given), restoring it afterwards. */
async function withGlobalFetch(fetch, body) {
  if (!fetch) return body();
  const real = globalThis.fetch;
  globalThis.fetch = fetch;
  try {
    return await body();
  } finally {
    globalThis.fetch = real;
  }
}

/** `n` calls with `concurrency` in flight; wall time and this process's CPU time. */
async function batch(call, n, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await call();
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = since(start);
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export async function run({ smoke, log }) {
  const rounds = smoke ? 2 : 25;
  const server = await startServerChild({ latencyMs: 0 });
  const restore = pointLinkedInApiClientAt(server.url);
  try {
    const stub = await stubFrom(server.url);
    const network = contenders(server.url);
    const inProcess = await withGlobalFetch(stub.fetch, () => contenders(server.url, stub));
    const modes = [
      { id: "c1", label: "loopback, 1 in flight", clients: network, concurrency: 1, n: smoke ? 200 : 500 },
      { id: "c16", label: "loopback, 16 in flight", clients: network, concurrency: 16, n: smoke ? 200 : 1_000 },
      {
        id: "stub",
        label: "no I/O (stub), 1 in flight",
        clients: inProcess,
        fetch: stub.fetch,
        concurrency: 1,
        n: smoke ? 500 : 2_000,
      },
    ];
    let facets;
    for (const mode of modes) {
      await withGlobalFetch(mode.fetch, async () => {
        // Every client must read the same, non-empty answer (all the facets the test server holds).
        for (const c of mode.clients) {
          const n = await withTimeout(c.call(), 10_000, `${c.id} sanity call`);
          facets ??= n;
          if (!(n > 0) || n !== facets) throw new Error(`${c.id}: expected ${facets} facets, got ${n}`);
        }
      });
    }
    const samples = {}; // mode → id → [{ rps, cpuUs }], one per round (index = round)
    for (const mode of modes) {
      samples[mode.id] = Object.fromEntries(mode.clients.map((c) => [c.id, []]));
      await withGlobalFetch(mode.fetch, async () => {
        // Warm-up round (JIT, connection pools), not counted.
        for (const c of mode.clients)
          await withTimeout(batch(c.call, Math.min(200, mode.n), mode.concurrency), 60_000, c.id);
        await roundRobin(mode.clients, rounds, async (c, round) => {
          await server.reset(); // the server's request log grows per request: keep it small
          const { wallMs, cpuMs } = await withTimeout(batch(c.call, mode.n, mode.concurrency), 120_000, c.id);
          samples[mode.id][c.id][round] = { rps: (mode.n / wallMs) * 1000, cpuUs: (cpuMs / mode.n) * 1000 };
        });
      });
      log(`overhead: ${mode.label} done`);
    }

    const results = { rounds };
    const rows = [];
    for (const mode of modes) {
      const med = (id, key) => median(samples[mode.id][id].map((s) => s[key]));
      // Ratios are paired: each round's throughput over the reference's in the same round, then the median,
      // so a slow spell of the machine (they last seconds here) moves both sides of a ratio together.
      const ratios = (id, ref) => samples[mode.id][id].map((s, round) => s.rps / samples[mode.id][ref][round].rps);
      for (const c of mode.clients) {
        const rps = med(c.id, "rps");
        const cpuUs = med(c.id, "cpuUs");
        const vsFetch = median(ratios(c.id, "fetch"));
        const perRound = ratios(c.id, "openapi-fetch");
        const vsOpenapi = median(perRound);
        results[`${mode.id}.${c.id}`] = {
          rps,
          cpuUsPerRequest: cpuUs,
          vsFetch,
          vsOpenapiFetch: vsOpenapi,
          vsOpenapiFetchQuartiles: [quantile(perRound, 0.25), quantile(perRound, 0.75)],
        };
        rows.push({
          mode: `${mode.label} (${fmt.int(mode.n)}/round)`,
          client: c.name,
          rps: fmt.int(rps),
          cpu: fmt.int(cpuUs),
          vsFetch: fmt.pct(vsFetch),
          vsOpenapi: fmt.pct(vsOpenapi),
        });
      }
    }
    const primary = results["c1.sdk"].vsOpenapiFetch;
    const [q1, q3] = results["c1.sdk"].vsOpenapiFetchQuartiles;
    const others = `middle half of the rounds ${fmt.pct(q1)}–${fmt.pct(q3)}; 16 in flight: ${fmt.pct(results["c16.sdk"].vsOpenapiFetch)}; no I/O: ${fmt.pct(results["stub.sdk"].vsOpenapiFetch)}`;
    return {
      results,
      tables: [
        {
          title: `${title}: median of ${rounds} interleaved rounds`,
          columns: [
            { key: "mode", label: "mode" },
            { key: "client", label: "client" },
            { key: "rps", label: "requests/s", align: "right" },
            { key: "cpu", label: "client CPU µs/req", align: "right" },
            { key: "vsFetch", label: "vs raw fetch", align: "right" },
            { key: "vsOpenapi", label: "vs openapi-fetch", align: "right" },
          ],
          rows,
          notes: [
            `Loopback: the embedded test server in a child process on 127.0.0.1, latency 0; the answer is ${facets} facets (${fmt.kb(stub.bytes)} of JSON).`,
            "No I/O: the same calls answered in-process with the same body and headers: `globalThis.fetch` is a stub that builds the Request a real fetch would build from its arguments and answers without I/O (an axios adapter for linkedin-api-client): the libraries' own CPU cost per call.",
            "Requests/s and CPU are medians over the rounds; the ratios are medians of per-round ratios (paired: the contenders of one round ran back to back).",
            "Client CPU = user+system CPU time of the bench process per request (the server's is not in it).",
            "linkedin-api-client has no base-URL option: the bench reassigns its exported VERSIONED_BASE_URL constant to the loopback URL.",
          ],
        },
      ],
      targets: [
        {
          name: "Overhead: SDK throughput vs bare openapi-fetch (loopback, 1 in flight)",
          target: "≥ 90%",
          measured: `${fmt.pct(primary)} (${others})`,
          met: primary >= 0.9,
          status: verdict(primary >= 0.9),
        },
      ],
    };
  } finally {
    restore();
    await server.close();
  }
}
