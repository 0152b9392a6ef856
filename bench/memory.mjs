// 3. Memory: iterate 1,000,000 entities generated on the fly by the test server (in a child process) and
// sample the heap of a fresh, separate measuring process (`node --expose-gc bench/memory.mjs --child …`), so
// neither the server's memory nor the other benchmarks' leftovers are in the figures. A raw fetch loop over
// the same pages, measured the same way, is the reference.
//
// Two settings. With V8's defaults the heap is allowed to fill with garbage before a full collection (memory is
// plentiful: raw fetch alone peaks near 40 MB), so that peak says more about V8 than about the client. The
// target is therefore checked under a budget: V8's old generation (where everything that outlives a page ends
// up) capped at 30 MB in total, base included. The run must complete — needing more would crash it with an
// out-of-memory error — and its peak heap growth is what is compared with the target.
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
/** The budgeted setting: V8's old generation capped at the target (the base heap included). */
const BUDGET_FLAGS = [`--max-old-space-size=${LIMIT_MB}`];
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

async function measure(which, url, total, checkpoint, smoke, flags = []) {
  const { stdout } = await runChecked(
    process.execPath,
    ["--expose-gc", ...flags, SELF, "--child", which, url, String(total), String(checkpoint)],
    { timeoutMs: smoke ? 60_000 : 300_000 },
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
    const runs = {};
    for (const [setting, flags] of [
      ["default", []],
      ["budget", BUDGET_FLAGS],
    ]) {
      for (const which of ["sdk", "fetch"]) {
        const m = await measure(which, server.url, total, checkpoint, smoke, flags);
        runs[`${setting}.${which}`] = m;
        log(`memory: ${which} (${setting} heap) ${fmt.int(total)} entities in ${fmt.ms(m.marks[total].ms)}`);
      }
    }
    const serverAfter = await server.stats();

    const settingLabel = {
      default: "V8 defaults",
      budget: `old generation capped at ${LIMIT_MB} MB`,
    };
    const clientLabel = {
      sdk: `linkedin-audience-insights, concurrency ${CONCURRENCY}`,
      fetch: "raw fetch + json() (reference)",
    };
    const rows = [];
    for (const [key, m] of Object.entries(runs)) {
      const [setting, which] = key.split(".");
      const first = m.marks[checkpoint];
      const all = m.marks[total];
      const window = (w, from) => ({
        heap: settingLabel[setting],
        client: clientLabel[which],
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
    const budget = runs["budget.sdk"];
    const peak = peakOf(budget);
    const warnings = Object.entries(runs["default.sdk"].warnings).map(([name, n]) => `${name} ×${n}`);
    const serverGrowth = serverAfter.heapUsed - serverBefore.heapUsed;
    const met = peak < LIMIT_MB * 1024 * 1024;
    const summary = (m) => ({ ...m, peakHeapGrowth: peakOf(m) });
    return {
      results: {
        entities: total,
        checkpoint,
        pageSize: PAGE_SIZE,
        concurrency: CONCURRENCY,
        budgetFlags: BUDGET_FLAGS,
        sdk: summary(runs["default.sdk"]),
        rawFetch: summary(runs["default.fetch"]),
        sdkBudget: summary(budget),
        rawFetchBudget: summary(runs["budget.fetch"]),
        server: { before: serverBefore, after: serverAfter, heapGrowth: serverGrowth },
      },
      tables: [
        {
          title: `${title}: ${fmt.int(total)} generated entities, ${PAGE_SIZE} a page`,
          columns: [
            { key: "heap", label: "heap" },
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
            `"V8 defaults": the heap may fill with garbage before V8 collects it (memory is plentiful), so the peak depends on V8's heuristics as much as on the client; raw fetch is the yardstick. "${settingLabel.budget}": \`node ${BUDGET_FLAGS.join(" ")}\`, the base heap included; a client that needed more would die of an out-of-memory error. The target is checked on this setting.`,
            "Each client and setting is measured in a fresh `node --expose-gc` process; the server, generating the entities on the fly, runs in another.",
            `Process warnings during the SDK run: ${warnings.length ? warnings.join(", ") : "none"}.`,
            `Server process heap after GC: ${fmt.mb(serverBefore.heapUsed)} before the runs, ${fmt.mb(serverAfter.heapUsed)} after (${fmt.mb(serverGrowth, true)}: its request log, which keeps the last ${fmt.int(serverAfter.requests)} requests, and indexes built on first use).`,
          ],
        },
      ],
      targets: [
        {
          name: `Memory: peak heap growth over ${fmt.int(total)} entities`,
          target: `< ${LIMIT_MB} MB`,
          measured: `${fmt.mb(peak, true)} peak with the old generation capped at ${LIMIT_MB} MB (raw fetch: ${fmt.mb(peakOf(runs["budget.fetch"]), true)}); V8 defaults: ${fmt.mb(peakOf(runs["default.sdk"]), true)} (raw fetch: ${fmt.mb(peakOf(runs["default.fetch"]), true)}); ${fmt.mb(runs["default.sdk"].marks[checkpoint].retainedAfterGc, true)} retained at ${fmt.int(checkpoint)}, ${fmt.mb(runs["default.sdk"].marks[total].retainedAfterGc, true)} at ${fmt.int(total)}`,
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
