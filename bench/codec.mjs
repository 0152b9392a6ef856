// 7. Codec: Rest.li 2.0 encoding and decoding of a realistic targeting criteria object — the README's worked
// example plus one OR-group of 20 interests and 20 skills — against the same work by linkedin-api-client's
// own encoder/decoder. Contenders interleaved, round-robin; each round runs a contender for a time slice.
import { createRequire } from "node:module";
import { Facet, fromRestli, restli, targeting, toRestli, urn } from "linkedin-audience-insights";
import { median, roundRobin } from "./lib/stats.mjs";
import { fmt } from "./lib/table.mjs";

export const title = "Codec";

const require = createRequire(import.meta.url);

export function criteria() {
  return targeting()
    .include(Facet.locations, urn.geo(103644278)) // United States
    .include(Facet.interfaceLocales, urn.locale("en_US")) // English
    .include(Facet.jobFunctions, urn.function(10)) // Finance
    .include(Facet.seniorities, urn.seniority(6)) // Director
    .exclude(Facet.seniorities, urn.seniority(3)) // Entry
    .includeAnyOf({
      // Interests, not titles: LinkedIn refuses titles AND'ed with job functions or seniorities.
      [Facet.interests]: Array.from({ length: 20 }, (_, i) => urn.interest(71_363 + i)),
      [Facet.skills]: Array.from({ length: 20 }, (_, i) => urn.skill(200 + i)),
    })
    .build();
}

/** Calls `fn` in batches until `sliceMs` has passed; returns ops/s. */
function slice(fn, sliceMs) {
  let ops = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 100; i++) sink += fn().length ?? 1;
    ops += 100;
    elapsed = performance.now() - start;
  } while (elapsed < sliceMs);
  if (sink === 0) throw new Error("nothing was computed");
  return (ops / elapsed) * 1000;
}

export async function run({ smoke, log }) {
  const sliceMs = smoke ? 20 : 250;
  const rounds = smoke ? 2 : 7;
  const c = criteria();
  const text = toRestli(c);
  const { utils } = require("linkedin-api-client");
  // Same bytes both ways, so the contenders do the same job.
  if (utils.encode(c) !== text) throw new Error("linkedin-api-client encodes the criteria differently");
  if (JSON.stringify(utils.decode(text)) !== JSON.stringify(fromRestli(text)))
    throw new Error("linkedin-api-client decodes the criteria differently");
  const keys = (o) => Object.keys(o);
  const contenders = [
    { op: "encode", id: "toRestli", label: "`toRestli(criteria)` (validates, then encodes)", fn: () => toRestli(c) },
    {
      op: "encode",
      id: "restli.encode",
      label: "`restli.encode(criteria)` (encodes only)",
      fn: () => restli.encode(c),
    },
    {
      op: "encode",
      id: "lac.encode",
      label: "linkedin-api-client `utils.encode(criteria)`",
      fn: () => utils.encode(c),
    },
    {
      op: "decode",
      id: "fromRestli",
      label: "`fromRestli(text)` (decodes, validates, freezes)",
      fn: () => keys(fromRestli(text)),
    },
    {
      op: "decode",
      id: "restli.decode",
      label: "`restli.decode(text)` (decodes only)",
      fn: () => keys(restli.decode(text)),
    },
    {
      op: "decode",
      id: "lac.decode",
      label: "linkedin-api-client `utils.decode(text)`",
      fn: () => keys(utils.decode(text)),
    },
  ];
  for (const k of contenders) slice(k.fn, sliceMs); // warm-up
  const samples = new Map(contenders.map((k) => [k, []]));
  await roundRobin(contenders, rounds, async (k) => {
    samples.get(k).push(slice(k.fn, sliceMs));
    await new Promise((resolve) => setImmediate(resolve));
  });
  log("codec: done");
  const groups = c.include.and.length;
  const values = c.include.and.reduce((n, g) => n + Object.values(g.or).flat().length, 0);
  const excluded = Object.values(c.exclude?.or ?? {}).flat().length;
  const results = { textLength: text.length, includeGroups: groups, values, excluded, rounds, sliceMs };
  const theirs = (op) => median(samples.get(contenders.find((k) => k.op === op && k.id.startsWith("lac."))));
  const rows = contenders.map((k) => {
    const opsPerSecond = median(samples.get(k));
    const us = 1e6 / opsPerSecond;
    results[k.id] = { opsPerSecond, usPerOp: us };
    return {
      op: k.op,
      what: k.label,
      ops: fmt.int(opsPerSecond),
      us: fmt.num(us, 1),
      vs: fmt.ratio(opsPerSecond / theirs(k.op)),
    };
  });
  return {
    results,
    tables: [
      {
        title: `${title}: criteria of ${groups} include groups, ${values} values and ${excluded} exclusion (${fmt.int(text.length)} characters of Rest.li); median of ${rounds} rounds`,
        columns: [
          { key: "op", label: "op" },
          { key: "what", label: "call" },
          { key: "ops", label: "ops/s", align: "right" },
          { key: "us", label: "µs/op", align: "right" },
          { key: "vs", label: "vs linkedin-api-client", align: "right" },
        ],
        rows,
        notes: [
          "Criteria: the README's worked example plus `includeAnyOf({ interests: 20 URNs, skills: 20 URNs })`; both libraries produce and read the same bytes.",
        ],
      },
    ],
    targets: [],
  };
}
