// 2. Pagination speed: typeahead over synthetic entities, 100 a page, the server adding latencyMs to every
// answer; concurrency 1, 2, 4, 8 (interleaved, round-robin) against the latency floor.
import { createLinkedInClient } from "linkedin-audience-insights";
import { TEST_ACCESS_TOKEN } from "linkedin-audience-insights/testing";
import { startServerChild } from "./lib/server.mjs";
import { median, roundRobin, since, withTimeout } from "./lib/stats.mjs";
import { fmt, verdict } from "./lib/table.mjs";

export const title = "Pagination speed";

const PAGE_SIZE = 100;
const LATENCY_MS = 20;

export async function run({ smoke, log }) {
  const entities = smoke ? 1_000 : 10_000;
  const rounds = smoke ? 1 : 7;
  const pages = Math.ceil(entities / PAGE_SIZE);
  const server = await startServerChild({
    latencyMs: LATENCY_MS,
    extraEntities: [{ facet: "skills", count: entities, namePrefix: "Benchmark Skill" }],
  });
  try {
    const li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
    const contenders = [1, 2, 4, 8].map((concurrency) => ({ concurrency }));
    const samples = new Map(contenders.map((c) => [c, []]));
    const inFlight = new Map(contenders.map((c) => [c, 0]));
    await roundRobin(contenders, rounds, async (c) => {
      await server.reset();
      const iterable = li.entities.typeahead({
        facet: "skills",
        query: "benchmark skill",
        pageSize: PAGE_SIZE,
        concurrency: c.concurrency,
      });
      const cpu = process.cpuUsage();
      const start = performance.now();
      const walk = async () => {
        let items = 0;
        let requests = 0;
        for await (const page of iterable.pages()) {
          items += page.elements.length;
          requests++;
        }
        return { items, requests };
      };
      const { items, requests } = await withTimeout(walk(), 120_000, `pagination c=${c.concurrency}`);
      const ms = since(start);
      const used = process.cpuUsage(cpu);
      if (items !== entities || requests !== pages) {
        throw new Error(
          `c=${c.concurrency}: got ${items} items in ${requests} pages, expected ${entities} in ${pages}`,
        );
      }
      samples.get(c).push({ ms, cpuMsPerPage: (used.user + used.system) / 1000 / requests });
      inFlight.set(c, Math.max(inFlight.get(c), (await server.stats()).maxInFlight));
    });
    log(`pagination: ${rounds} round(s) done`);

    const results = { entities, pageSize: PAGE_SIZE, pages, latencyMs: LATENCY_MS, rounds };
    const rows = contenders.map((c) => {
      const ms = median(samples.get(c).map((s) => s.ms));
      const cpuMsPerPage = median(samples.get(c).map((s) => s.cpuMsPerPage));
      const naive = Math.ceil(pages / c.concurrency) * LATENCY_MS;
      const floor =
        c.concurrency === 1 ? pages * LATENCY_MS : LATENCY_MS + Math.ceil((pages - 1) / c.concurrency) * LATENCY_MS;
      results[`c${c.concurrency}`] = {
        ms,
        runs: samples.get(c).map((s) => s.ms),
        clientCpuMsPerPage: cpuMsPerPage,
        naiveFloorMs: naive,
        floorMs: floor,
        vsFloor: ms / floor,
        vsNaiveFloor: ms / naive,
        itemsPerSecond: (entities / ms) * 1000,
        serverMaxInFlight: inFlight.get(c),
      };
      return {
        c: String(c.concurrency),
        ms: fmt.ms(ms),
        items: fmt.int((entities / ms) * 1000),
        naive: fmt.ms(naive),
        floor: fmt.ms(floor),
        vsFloor: fmt.ratio(ms / floor),
        vsNaive: fmt.ratio(ms / naive),
        inflight: String(inFlight.get(c)),
        cpu: fmt.num(cpuMsPerPage),
      };
    });
    const c8 = results.c8;
    return {
      results,
      tables: [
        {
          title: `${title}: ${fmt.int(entities)} entities, ${PAGE_SIZE} a page (${pages} requests), server latency ${LATENCY_MS} ms, median of ${rounds}`,
          columns: [
            { key: "c", label: "concurrency", align: "right" },
            { key: "ms", label: "time", align: "right" },
            { key: "items", label: "entities/s", align: "right" },
            { key: "naive", label: "⌈pages/c⌉×latency", align: "right" },
            { key: "floor", label: "true floor", align: "right" },
            { key: "vsFloor", label: "vs true floor", align: "right" },
            { key: "vsNaive", label: "vs ⌈pages/c⌉×latency", align: "right" },
            { key: "inflight", label: "max in flight (server)", align: "right" },
            { key: "cpu", label: "client CPU ms/page", align: "right" },
          ],
          rows,
          notes: [
            "Client CPU = the bench process's user+system time per page (JSON parse of 100 entities, the SDK, undici, and the kernel's loopback work on this VM).",
            "True floor: the first page comes alone (its paging.total says how many follow), then ⌈(pages−1)/c⌉ waves: latency × (1 + ⌈(pages−1)/c⌉).",
            '`li.entities.typeahead({ facet: "skills", query: "benchmark skill", pageSize: 100, concurrency })` walked with `.pages()`; entities generated by the server (`extraEntities`).',
          ],
        },
      ],
      targets: [
        {
          name: "Pagination: concurrency 8 vs the floor",
          target: "≤ 1.3×",
          measured: `${fmt.ratio(c8.vsFloor)} of the true floor (${fmt.ratio(c8.vsNaiveFloor)} of ⌈pages/8⌉×latency)`,
          met: c8.vsFloor <= 1.3,
          status: verdict(c8.vsFloor <= 1.3),
        },
      ],
    };
  } finally {
    await server.close();
  }
}
