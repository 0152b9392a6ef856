// The runtime-matrix scenario (npm run test:runtimes): one small, real use of the SDK's core against the
// embedded test server, run unchanged in Node (ESM and CJS), Bun, Deno and workerd. It must stay portable:
// web-standard APIs only (fetch, URL, AbortController, setTimeout, crypto), no `node:` import, no `process`,
// no `Deno`/`Bun` globals. The SDK module is passed in, so each entry point chooses how it loads the package.
//
// Before this runs, the runner injects one 503 on the first /adTargetingFacets request carrying this
// runtime's `x-lai-runtime` header; afterwards it checks the server's request log too.

/** Steps, in order; the runner expects exactly these. */
export const STEPS = ["facets", "retry-503", "typeahead", "targeting", "insights", "typed-error", "web-crypto"];

const STEP_TIMEOUT_MS = 10_000;

class StepFailure extends Error {}

function check(condition, message) {
  if (!condition) throw new StepFailure(message);
}

function describe(error) {
  if (error instanceof StepFailure) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Runs `fn` with a deadline, so a hang is reported as this step's failure rather than killing the process. */
async function withDeadline(name, fn) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StepFailure(`step ${name} exceeded ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([fn(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @param {object} options
 * @param {Record<string, any>} options.sdk the `linkedin-audience-insights` module namespace (ESM or CJS)
 * @param {string} options.baseUrl the test server's `server.url`
 * @param {string} options.accessToken `TEST_ACCESS_TOKEN`
 * @param {string} options.runtime the runtime's name, sent as `x-lai-runtime` so the runner can find its requests
 * @param {(line: string) => void} [options.progress] told when each step starts (stderr, where there is one)
 * @returns {Promise<{ runtime: string, ok: boolean, steps: { name: string, ok: boolean, ms: number, detail?: unknown, error?: string }[] }>}
 */
export async function runScenario({ sdk, baseUrl, accessToken, runtime, progress = () => {} }) {
  const {
    createLinkedInClient,
    targeting,
    toRestli,
    fromRestli,
    Facet,
    urn,
    LinkedInError,
    LinkedInApiError,
    AuthenticationError,
    ConfigurationError,
    LinkedInOAuth,
  } = sdk;
  const steps = [];
  const headers = { "x-lai-runtime": runtime };
  const retry = { initialDelayMs: 10, maxDelayMs: 50 };
  const retryLog = [];
  const logger = { debug: (message, details) => retryLog.push({ message, status: details?.status }) };
  const state = {};

  const step = async (name, fn) => {
    progress(`step ${name}`);
    const started = Date.now();
    try {
      const detail = await withDeadline(name, fn);
      steps.push({ name, ok: true, ms: Date.now() - started, detail });
    } catch (error) {
      steps.push({ name, ok: false, ms: Date.now() - started, error: describe(error) });
    }
  };

  await step("facets", async () => {
    const li = createLinkedInClient({ accessToken, baseUrl, headers, retry, logger });
    const facets = await li.facets.list();
    check(Array.isArray(facets) && facets.length > 0, "facets.list() returned no facet");
    check(
      facets.some((f) => f.urn === Facet.locations),
      `no ${Facet.locations} among ${facets.length} facets`,
    );
    return { count: facets.length };
  });

  await step("retry-503", async () => {
    const retries = retryLog.filter((l) => l.message === "linkedin: retrying");
    check(retries.length === 1, `expected one logged retry, got ${JSON.stringify(retryLog)}`);
    check(retries[0].status === 503, `the retried status was ${retries[0].status}, not 503`);
    return { retried: retries.map((r) => r.status) };
  });

  await step("typeahead", async () => {
    const li = createLinkedInClient({ accessToken, baseUrl, headers, retry });
    const results = li.entities.typeahead({
      facet: "locations",
      query: "united",
      pageSize: 2,
      concurrency: 2,
      maxItems: 6,
    });
    const starts = [];
    const names = [];
    for await (const page of results.pages()) {
      starts.push(page.start);
      for (const entity of page.elements) names.push(entity.name);
    }
    check(starts.length >= 3, `expected at least 3 pages, got ${starts.length} (starts ${starts})`);
    check(starts.join() === "0,2,4", `pages out of order: starts ${starts}`);
    check(names.length === 6 && new Set(names).size === 6, `expected 6 distinct entities, got ${names}`);
    check(
      names.every((n) => /united/i.test(n)),
      `an entity does not match "united": ${names}`,
    );
    state.us = names[0];
    return { pages: starts.length, first: names[0] };
  });

  await step("targeting", async () => {
    const criteria = targeting()
      .include(Facet.locations, urn.geo(103644278))
      .include(Facet.jobFunctions, urn.function(10))
      .exclude(Facet.seniorities, urn.seniority(3))
      .build();
    const text = toRestli(criteria);
    check(text.includes("urn%3Ali%3Ageo%3A103644278"), `Rest.li text lacks the encoded geo URN: ${text}`);
    check(JSON.stringify(fromRestli(text)) === JSON.stringify(criteria), "fromRestli(toRestli(c)) differs from c");
    check(Object.isFrozen(criteria), "built criteria are not frozen");
    state.criteria = criteria;
    return { restliLength: text.length };
  });

  await step("insights", async () => {
    const li = createLinkedInClient({ accessToken, baseUrl, headers, retry });
    const insights = await li.insights.get({ targetingCriteria: state.criteria, groupBy: "interests" });
    check(insights.totalAudienceCount > 0, `audience ${insights.totalAudienceCount}`);
    check(insights.segments.length > 0, "no interest segment");
    return { audience: insights.totalAudienceCount, segments: insights.segments.length };
  });

  await step("typed-error", async () => {
    const wrongToken = "wrong-token-for-runtime-test";
    const bad = createLinkedInClient({ accessToken: wrongToken, baseUrl, headers, maxRetries: 0 });
    let caught;
    try {
      await bad.facets.list();
    } catch (error) {
      caught = error;
    }
    check(caught !== undefined, "a wrong token did not throw");
    check(caught instanceof AuthenticationError, `not an AuthenticationError: ${describe(caught)}`);
    check(
      caught instanceof LinkedInApiError && caught instanceof LinkedInError && caught instanceof Error,
      "bad chain",
    );
    check(caught.status === 401, `status ${caught.status}`);
    check(typeof caught.requestId === "string" && caught.requestId.length > 0, "no requestId");
    const shown = `${caught.message} ${String(caught)} ${JSON.stringify(caught)}`;
    check(!shown.includes(wrongToken), "the token leaked into the error");
    let config;
    try {
      createLinkedInClient({ accessToken, baseUrl: "http://api.example.com/rest" });
    } catch (error) {
      config = error;
    }
    check(config instanceof ConfigurationError, `plain http to a public host: ${describe(config)}`);
    return { name: caught.name, status: caught.status };
  });

  await step("web-crypto", async () => {
    const oauth = new LinkedInOAuth({
      clientId: "runtime-test",
      clientSecret: "runtime-test-secret",
      redirectUri: "https://app.example.com/callback",
    });
    const a = oauth.authorizationUrl({ scopes: ["r_ads"] });
    const b = oauth.authorizationUrl({ scopes: ["r_ads"] });
    check(/^[A-Za-z0-9_-]{22}$/.test(a.state), `state ${a.state} is not 128 bits of base64url`);
    check(a.state !== b.state, "two states are equal");
    check(new URL(a.url).searchParams.get("state") === a.state, "the URL does not carry the state");
    check(!JSON.stringify(oauth).includes("runtime-test-secret"), "the client secret leaked into JSON");
    return { stateLength: a.state.length };
  });

  return { runtime, ok: steps.every((s) => s.ok), steps };
}
