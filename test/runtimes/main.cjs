// Entry of the runtime matrix for Node's CommonJS build: require() the INSTALLED package by name, then run
// the same scenario (an ES module, loaded with import()) against that CJS module object.
"use strict";

const sdk = require("linkedin-audience-insights");
const { baseUrl, accessToken, runtime } = JSON.parse(process.argv[2] ?? "{}");

import("./scenario.mjs")
  .then(({ runScenario }) =>
    runScenario({ sdk, baseUrl, accessToken, runtime, progress: (line) => console.error(`[${runtime}] ${line}`) }),
  )
  .then((result) => {
    console.log(JSON.stringify({ ...result, entry: "cjs", version: `node ${process.versions.node}` }));
  });
