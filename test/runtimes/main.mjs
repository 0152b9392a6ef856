// Entry of the runtime matrix for Node (ESM), Bun and Deno: imports the INSTALLED package by name, runs the
// shared scenario and prints its result as one JSON line on stdout. Argument: a JSON object
// { baseUrl, accessToken, runtime }. Step progress goes to stderr, so a killed run still names its last step.
import * as sdk from "linkedin-audience-insights";
import { runScenario } from "./scenario.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const { baseUrl, accessToken, runtime } = JSON.parse(args[0] ?? "{}");

const result = await runScenario({
  sdk,
  baseUrl,
  accessToken,
  runtime,
  progress: (line) => console.error(`[${runtime}] ${line}`),
});
console.log(JSON.stringify({ ...result, entry: "esm", version: runtimeVersion() }));

function runtimeVersion() {
  if (globalThis.Bun) return `bun ${globalThis.Bun.version}`;
  if (globalThis.Deno) return `deno ${globalThis.Deno.version.deno}`;
  return `node ${globalThis.process.versions.node}`;
}
