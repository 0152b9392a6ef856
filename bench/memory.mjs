// 3. Memory: iterate 1,000,000 entities generated on the fly by the test server (in a child process) and
// sample the heap of a fresh, separate measuring process (`node --expose-gc bench/memory.mjs --child …`), so
// neither the server's memory nor the other benchmarks' leftovers are in the figures. A raw fetch loop over
// the same pages, measured the same way, is the reference.
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { createLinkedInClient, defaultLinkedInVersion } from "linkedin-audience-insights";
import { TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";
import { runChecked } from "./lib/proc.mjs";
import { startServerChild } from "./lib/server.mjs";
import { fmt, verdict } from "./lib/table.mjs";

export const title = "Memory while iterating";

const SELF = fileURLToPath(import.meta.url);
const PAGE_SIZE = 100;
const CONCURRENCY = 4;
const SAMPLE_EVERY = 100; // entities (one page)
const LIMIT_MB = 30;
const QUERY = "memory skill";

/** The SDK: one auto-paginating iterator. */
function sdkItems(url) {
  const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: url });
  return {
    warmUp: () => li.facets.list(),
    items: () =>
      li.entities.typeahead({ facet: "skills", query: QUERY, pageSize: PAGE_SIZE, concurrency: CONCURRENCY }),
  };
}

/** The reference: raw fetch + json(), one page after another, the same requests. */
function fetchItems(url, total) {
  const headers = {
    Authorization: `Bearer ${TEST_ACCESS_TOKEN}`,
    "LinkedIn-Version": defaultLinkedInVersion,
    "X-Restli-Protocol-Version": "2.0.0",
  };
  const query = `q=typeahead&query=memory%20skill&facet=urn%3Ali%3AadTargetingFacet%3Askills&queryVersion=QUERY_USES_URNS`;
  return {
    warmUp: () => fetch(`${url}/adTargetingFacets`, { headers }).then((r) => r.json()),
    async *items() {
      for (let start = 0; start < total; start += PAGE_SIZE) {
        const response = await fetch(`${url}/adTargetingEntities?${query}&start=${start}&count=${PAGE_SIZE}`, {
          headers,
        });
        if (!response.ok) throw new Error(`fetch: ${response.status}`);
        yield* (await response.json()).elements;
      }
    },
  };
}

/** The measuring side: runs in its own process with --expose-gc; prints one JSON line. */
async function child([which, url, totalText, checkpointText]) {
  const total = Number(totalText);
  const checkpoint = Number(checkpointText);
  const gc = globalThis.gc;
  if (!gc) throw new Error("run with --expose-gc");
  const warnings = {};
  process.on("warning", (w) => (warnings[w.name] = (warnings[w.name] ?? 0) + 1));
  // A full GC, then time for FinalizationRegistry callbacks (undici's abort-listener cleanup) to run.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await sleep(20);
    }
    gc();
    return process.memoryUsage().heapUsed;
  };
  const source = which === "sdk" ? sdkItems(url) : fetchItems(url, total);
  await source.warmUp(); // loads fetch/undici (lazily initialised by Node) before the baseline
  const base = await settle();
  const baseRss = process.memoryUsage().rss;
  let peak = base;
  let peakRss = baseRss;
  let items = 0;
  let paused = 0;
  let last;
  const marks = {};
  const start = performance.now();
  for await (const entity of source.items()) {
    items++;
    last = entity;
    if (items % SAMPLE_EVERY === 0) {
      const { heapUsed, rss } = process.memoryUsage();
      if (heapUsed > peak) peak = heapUsed;
      if (rss > peakRss) peakRss = rss;
    }
    if (items === checkpoint || items === total) {
      const ms = performance.now() - start - paused;
      const pause = performance.now();
      marks[items] = {
        items,
        ms,
        peakHeapGrowth: peak - base,
        retainedAfterGc: (await settle()) - base,
        peakRssGrowth: peakRss - baseRss,
      };
      paused += performance.now() - pause;
      peak = base; // the next window's peak starts afresh
    }
  }
  if (items !== total) throw new Error(`${which}: iterated ${items} entities, expected ${total}`);
  if (!/^Memory Skill 0*\d+$/.test(last?.name ?? "")) throw new Error(`unexpected entity ${JSON.stringify(last)}`);
  process.stdout.write(`${JSON.stringify({ base, marks, warnings })}\n`);
}

async function measure(which, url, total, checkpoint, smoke) {
  const { stdout } = await runChecked(
    process.execPath,
    ["--expose-gc", SELF, "--child", which, url, String(total), String(checkpoint)],
    { timeoutMs: smoke ? 60_000 : 240_000 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1));
}

export async function run({ smoke, log }) {
  const total = smoke ? 5_000 : 1_000_000;
  const checkpoint = total / 10;
  const server = await startServerChild({
    extraEntities: [{ facet: "skills", count: total, namePrefix: "Memory Skill" }],
  });
  try {
    const serverBefore = await server.stats();
    const sdk = await measure("sdk", server.url, total, checkpoint, smoke);
    const serverAfter = await server.stats();
    log(`memory: SDK ${fmt.int(total)} entities in ${fmt.ms(sdk.marks[total].ms)}`);
    const raw = await measure("fetch", server.url, total, checkpoint, smoke);
    log(`memory: raw fetch ${fmt.int(total)} entities in ${fmt.ms(raw.marks[total].ms)}`);

    const rows = [];
    for (const [label, m] of [
      [`linkedin-audience-insights, concurrency ${CONCURRENCY}`, sdk],
      ["raw fetch + json() (reference)", raw],
    ]) {
      const first = m.marks[checkpoint];
      const all = m.marks[total];
      const window = (w, from) => ({
        client: label,
        window: w.items === checkpoint ? `first ${fmt.int(checkpoint)}` : `${fmt.int(checkpoint)} → ${fmt.int(total)}`,
        peak: fmt.mb(w.peakHeapGrowth, true),
        retained: fmt.mb(w.retainedAfterGc, true),
        rss: fmt.mb(w.peakRssGrowth, true),
        time: fmt.ms(w.ms),
        rate: fmt.int(((w.items - (from?.items ?? 0)) / (w.ms - (from?.ms ?? 0))) * 1000),
      });
      rows.push(window(first), window(all, first));
    }
    const peakOf = (m) => Math.max(m.marks[checkpoint].peakHeapGrowth, m.marks[total].peakHeapGrowth);
    const peak = peakOf(sdk);
    const warnings = Object.entries(sdk.warnings).map(([name, n]) => `${name} ×${n}`);
    const serverGrowth = serverAfter.heapUsed - serverBefore.heapUsed;
    const met = peak < LIMIT_MB * 1024 * 1024;
    return {
      results: {
        entities: total,
        checkpoint,
        pageSize: PAGE_SIZE,
        concurrency: CONCURRENCY,
        sdk: { ...sdk, peakHeapGrowth: peak },
        rawFetch: { ...raw, peakHeapGrowth: peakOf(raw) },
        server: { before: serverBefore, after: serverAfter, heapGrowth: serverGrowth },
      },
      tables: [
        {
          title: `${title}: ${fmt.int(total)} generated entities, ${PAGE_SIZE} a page`,
          columns: [
            { key: "client", label: "client" },
            { key: "window", label: "entities iterated" },
            { key: "peak", label: "peak heap growth", align: "right" },
            { key: "retained", label: "retained after GC", align: "right" },
            { key: "rss", label: "peak RSS growth", align: "right" },
            { key: "time", label: "elapsed (cumulative)", align: "right" },
            { key: "rate", label: "entities/s (window)", align: "right" },
          ],
          rows,
          notes: [
            `Growth over the heap after a full GC just before the loop (client created, one request made); heapUsed sampled every ${SAMPLE_EVERY} entities, so peaks include garbage not yet collected. "Retained" is after a full GC and a pause for finalizers.`,
            "Each client is measured in a fresh `node --expose-gc` process; the server, generating the entities on the fly, runs in another.",
            `Process warnings during the SDK run: ${warnings.length ? warnings.join(", ") : "none"}.`,
            `Server process heap after GC: ${fmt.mb(serverBefore.heapUsed)} before the SDK run, ${fmt.mb(serverAfter.heapUsed)} after its ${fmt.int(serverAfter.requests)} requests (${fmt.mb(serverGrowth, true)}: its request log, one record per request, and indexes built on first use).`,
          ],
        },
      ],
      targets: [
        {
          name: `Memory: peak heap growth over ${fmt.int(total)} entities`,
          target: `< ${LIMIT_MB} MB`,
          measured: `${fmt.mb(peak, true)} peak (raw fetch: ${fmt.mb(peakOf(raw), true)}); ${fmt.mb(sdk.marks[checkpoint].retainedAfterGc, true)} retained at ${fmt.int(checkpoint)}, ${fmt.mb(sdk.marks[total].retainedAfterGc, true)} at ${fmt.int(total)}`,
          met,
          status: verdict(met),
        },
      ],
    };
  } finally {
    await server.close();
  }
}

if (process.argv[1] === SELF && process.argv[2] === "--child") {
  child(process.argv.slice(3)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
