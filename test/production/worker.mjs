// One worker process of the two-workers test: its own client (the built SDK), its own Redis connection (node-redis
// or ioredis), the same test server and Redis as the other. Argument: a JSON job; prints one JSON line.
import { pathToFileURL } from "node:url";

const job = JSON.parse(process.argv[2]);
const sdk = await import(pathToFileURL(job.sdk).href);

let redis;
let close;
if (job.redisClient === "ioredis") {
  const { Redis } = await import("ioredis");
  redis = new Redis(job.redisUrl, { lazyConnect: true, retryStrategy: () => null });
  redis.on("error", () => undefined);
  await redis.connect();
  close = () => redis.disconnect();
} else {
  const { createClient } = await import("redis");
  redis = createClient({ url: job.redisUrl, socket: { reconnectStrategy: false } });
  redis.on("error", () => undefined);
  await redis.connect();
  close = () => redis.quit();
}

const li = sdk.createLinkedInClient({
  accessToken: job.token,
  baseUrl: job.baseUrl,
  store: sdk.redisStore(redis),
  ...(job.quotaKey ? { quotaKey: job.quotaKey } : {}),
  onWarning: (w) => process.stderr.write(`warning: ${w.code} ${w.message}\n`),
});

const out = {};
try {
  for (const step of job.steps) {
    if (step === "facets") out.facets = (await li.facets.list()).length;
    if (step === "resolve")
      out.names = Object.fromEntries([...(await li.entities.resolve(job.urns))].map(([u, e]) => [u, e.name]));
    if (step === "find") out.found = (await li.entities.find({ facet: "jobFunctions", name: "Finance" })).urn;
    if (step === "typeahead")
      out.typeahead = (await li.entities.typeahead({ facet: "locations", query: "united" }).first())?.urn;
    if (step === "insights") {
      const criteria = {
        include: { and: [{ or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } }] },
      };
      out.insights = (await li.insights.get({ targetingCriteria: criteria, groupBy: "interests" })).totalAudienceCount;
    }
  }
  out.ok = true;
} catch (error) {
  out.ok = false;
  out.error = {
    name: error.name,
    failedFast: error.failedFast,
    scope: error.scope,
    resetsAt: error.resetsAt,
    message: error.message,
  };
} finally {
  await close();
}
process.stdout.write(`${JSON.stringify(out)}\n`);
