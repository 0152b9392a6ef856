// Entry of the runtime matrix for Cloudflare Workers (workerd, through miniflare): bundled by the runner with
// esbuild (platform "neutral") from the INSTALLED package, run with no compatibility flag (no nodejs_compat).
// The runner calls it with mf.dispatchFetch("http://runtime.test/?config=<JSON>"); the scenario then calls
// the loopback test server through the Worker's own global fetch.
import * as sdk from "linkedin-audience-insights";
import { runScenario } from "./scenario.mjs";

export default {
  async fetch(request) {
    const { baseUrl, accessToken, runtime } = JSON.parse(new URL(request.url).searchParams.get("config") ?? "{}");
    const result = await runScenario({ sdk, baseUrl, accessToken, runtime, progress: (line) => console.log(line) });
    return Response.json({ ...result, entry: "worker", version: `workerd (${navigator.userAgent})` });
  },
};
