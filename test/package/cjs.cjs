// Packaging test, CommonJS: require() of the installed tarball, against a plain node:http server.
const assert = require("node:assert/strict");
const http = require("node:http");
const { createLinkedInClient, VersionError } = require("linkedin-audience-insights");
const { startTestServer } = require("linkedin-audience-insights/testing");

// LinkedIn's shape: the facet's URN is `adTargetingFacetUrn`; the SDK also gives it as `urn`.
const facets = [
  {
    facetName: "locations",
    adTargetingFacetUrn: "urn:li:adTargetingFacet:locations",
    entityTypes: ["COUNTRY"],
    availableEntityFinders: ["TYPEAHEAD"],
  },
];
const server = http.createServer((req, res) => {
  const ok = req.headers.authorization === "Bearer cjs-token" && req.headers["x-restli-protocol-version"] === "2.0.0";
  const status = !ok ? 401 : req.headers["linkedin-version"] === "202001" ? 426 : 200;
  res.writeHead(status, { "content-type": "application/json", "x-li-uuid": "cjs-1" });
  res.end(
    JSON.stringify(
      status === 200
        ? { elements: facets, paging: { start: 0, count: 1 } }
        : { status, code: status === 426 ? "NONEXISTENT_VERSION" : "INVALID_ACCESS_TOKEN", message: "no" },
    ),
  );
});

server.listen(0, "127.0.0.1", async () => {
  try {
    const baseUrl = `http://127.0.0.1:${server.address().port}/rest`;
    const li = createLinkedInClient({ accessToken: "cjs-token", baseUrl });
    assert.deepEqual(
      await li.facets.list(),
      facets.map((f) => ({ ...f, urn: f.adTargetingFacetUrn })),
    );
    const old = createLinkedInClient({ accessToken: "cjs-token", baseUrl, version: "202001" });
    await assert.rejects(old.facets.list(), (e) => e instanceof VersionError && e.requestId === "cjs-1");
    assert.equal(typeof startTestServer, "function");
    console.log("cjs: ok");
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  } finally {
    server.close();
  }
});
