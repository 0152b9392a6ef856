// li-audience keeps what it learns between runs (a file store in $XDG_CACHE_HOME/linkedin-audience-insights):
// the second run of a command costs no request, --no-cache asks again, a spent daily quota makes the next run fail
// fast; `versions` shows the served window and the release's default. The built CLI in child processes; the
// request log of a test server run here counts the requests.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultLinkedInVersion } from "../../src/index.js";
import { dailyQuotaFault, startTestServer, type TestServer } from "../../src/testing/index.js";
import { builtCli, cleanEnv, cli, freshCacheHome, parseCsv } from "./support.js";
import { validJson } from "./schemas.js";

const SECRET = "AQX-li-cache-secret-5d4c3b2a1f0e";
let server: TestServer;
let base: string[];
beforeAll(async () => {
  await builtCli();
  server = await startTestServer({ port: 0, accessTokens: [SECRET] });
  base = ["--base-url", server.url, "--token", SECRET];
}, 120_000);
afterAll(() => server.close());
beforeEach(() => {
  server.clearRequests();
  server.clearFaults();
});

describe("the file cache", () => {
  it("the second run is answered from the cache (0 requests); --no-cache asks LinkedIn", async () => {
    const env = cleanEnv();
    const first = await cli(["facets", "--json", ...base], env);
    expect(first.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const second = await cli(["facets", "--json", ...base], env);
    expect(second.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const facets = (s: string) => validJson<{ facets: unknown[] }>("facets", s).facets;
    expect(facets(second.stdout)).toEqual(facets(first.stdout));
    expect(validJson<{ meta: { requests: number } }>("facets", second.stdout).meta.requests).toBe(0);
    expect((await cli(["facets", "--no-cache", ...base], env)).code).toBe(0);
    expect(server.requests).toHaveLength(2);
  });

  it("a profile's facets, listings and names cost the next run nothing: only its typeahead and insights", async () => {
    const env = cleanEnv();
    const args = ["profile", "--include", "locations=United States", "--include", "jobFunctions=Finance"];
    const profile = [...args, "--group-by", "interests,seniorities", ...base];
    const show = () => server.requests.map((r) => `${r.path}${r.query.q ? `?q=${r.query.q}` : ""}`).sort();
    expect((await cli(profile, env)).code).toBe(0);
    expect(show()).toEqual([
      "/adTargetingEntities?q=adTargetingFacet", // jobFunctions' list (find)
      "/adTargetingEntities?q=typeahead", // locations (find)
      "/adTargetingEntities?q=urns", // the segments' names
      "/adTargetingFacets",
      "/targetingAudienceInsights",
      "/targetingAudienceInsights",
    ]);
    server.clearRequests();
    expect((await cli(profile, env)).code).toBe(0);
    expect(show()).toEqual([
      "/adTargetingEntities?q=typeahead", // a typeahead is not kept (its answer is a search, not a listing)
      "/targetingAudienceInsights",
      "/targetingAudienceInsights",
    ]);
  });

  it("files are private, named by hash, and hold no token", async () => {
    const home = freshCacheHome();
    expect((await cli(["facets", ...base], cleanEnv({ XDG_CACHE_HOME: home }))).code).toBe(0);
    const dir = join(home, "linkedin-audience-insights");
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(f).toMatch(/^[0-9a-f]{40}\.json$/);
      expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
      const text = readFileSync(join(dir, f), "utf8");
      expect(text).not.toContain(SECRET);
      expect(JSON.parse(text)).toMatchObject({ key: expect.stringMatching(/^v1:/), expiresAt: expect.any(Number) });
    }
  });

  it("a spent daily quota: the next run fails fast without a request, saying when to try again", async () => {
    const env = cleanEnv();
    server.injectFault(dailyQuotaFault("application", { path: "/adTargetingFacets" }));
    const first = await cli(["facets", ...base], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/APPLICATION DAY limit/);
    expect(server.requests).toHaveLength(1);
    const second = await cli(["facets", ...base], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/: not sent\. LinkedIn answered 429/);
    expect(second.stderr).toMatch(
      /Try again after \d{4}-\d{2}-\d{2}T00:00:00\.000Z \(midnight UTC\); --no-cache asks LinkedIn anyway\.\n$/,
    );
    expect(second.stderr).not.toContain(SECRET);
    expect(server.requests).toHaveLength(1);
  });
});

describe("li-audience versions", () => {
  it("prints the served window and the release's default (table, --json, --csv); the probe is cached a day", async () => {
    const env = cleanEnv();
    const table = await cli(["versions", ...base], env);
    expect(table.code).toBe(0);
    const now = new Date();
    const month = (back: number) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    };
    expect(table.stdout).toContain(`LinkedIn serves ${month(11)} to ${month(0)} (newest ${month(0)}; asked `);
    expect(table.stdout).toMatch(
      new RegExp(`This release sends ${defaultLinkedInVersion} by default: (served|NOT served)`),
    );
    expect(table.stdout).toMatch(/\(4 requests, LinkedIn-Version \d{6}\)\n$/);
    expect(server.requests).toHaveLength(4);

    const json = validJson<{ oldest: string; newest: string; sent: string; meta: { requests: number } }>(
      "versions",
      (await cli(["versions", "--json", ...base], env)).stdout,
    );
    expect(json).toMatchObject({ oldest: month(11), newest: month(0), sent: defaultLinkedInVersion });
    expect(json.meta.requests).toBe(0); // from the cache
    const csv = parseCsv((await cli(["versions", "--csv", "--api-version", "latest", ...base], env)).stdout);
    expect(csv[0]).toEqual([
      "oldest",
      "newest",
      "skipped",
      "probed_at",
      "default_version",
      "default_served",
      "default_sunset",
      "sent",
    ]);
    expect(csv[1]![0]).toBe(month(11));
    expect(csv[1]![7]).toBe(month(0)); // --api-version latest sends the newest
    expect(server.requests).toHaveLength(4);
  });

  it("--api-version latest sends the newest served version", async () => {
    const run = await cli(["facets", "--api-version", "latest", "--test-server"], cleanEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(5 requests, LinkedIn-Version \d{6}\)\n$/); // 4 probes, then the facets
  });

  it("takes no arguments", async () => {
    const run = await cli(["versions", "extra", ...base]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/versions takes no arguments/);
  });
});
