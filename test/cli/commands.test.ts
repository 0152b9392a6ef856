// li-audience end to end: the built CLI in a child process, against the embedded test server — either its own
// (--test-server) or one this test runs (--base-url), whose request log proves what a run costs.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/args.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";
import { builtCli, cleanEnv, cli, parseCsv, type Run } from "./support.js";
import { validJson } from "./schemas.js";

/** A token the test's server accepts; it must never appear in anything the tool writes. */
const SECRET = "AQX-li-secret-7f3e9c1d2b8a6e5f";
let server: TestServer;
let base: string[];
const work = mkdtempSync(join(tmpdir(), "li-audience-"));

beforeAll(async () => {
  await builtCli();
  server = await startTestServer({ port: 0, accessTokens: [SECRET, TEST_ACCESS_TOKEN] });
  base = ["--base-url", server.url, "--token", SECRET];
}, 120_000);
afterAll(() => server.close());
beforeEach(() => {
  server.clearRequests();
  server.clearFaults();
});

const US = ["--include", "locations=United States"];
const FINANCE = [...US, "--include", "jobFunctions=Finance"];
const log = () => server.requests.map((r) => `${r.method} ${r.path}${r.query.q ? ` q=${r.query.q}` : ""}`);
const count = (line: string) => log().filter((l) => l === line).length;

/** The run succeeded with nothing on stderr; the token appears nowhere. */
function ok(run: Run): Run {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).not.toContain(SECRET);
  return run;
}

/** The run failed with `code` and one or two plain lines on stderr (no stack), naming no secret. */
function failed(run: Run, code: number, first: RegExp): string[] {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(lines[0]).toMatch(/^li-audience: /);
  expect(lines[0]).toMatch(first);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain(SECRET);
  return lines;
}

describe("help", () => {
  it("--help on the tool and on each command: usage on stdout, exit 0", async () => {
    const tool = ok(await cli(["--help"]));
    for (const c of COMMANDS) expect(tool.stdout).toContain(`  ${c} `);
    expect(tool.stdout).toContain("Exit codes: 0 ok, 1 API error, 2 usage error, 3 authentication or permission.");
    for (const c of COMMANDS) {
      const run = ok(await cli([c, "--help"]));
      expect(run.stdout).toMatch(new RegExp(`^Usage: li-audience ${c} `));
      expect(run.stdout).toContain("--test-server");
      expect(run.stdout).toContain("--html FILE");
    }
    expect(ok(await cli(["-h"])).stdout).toBe(tool.stdout);
    expect(ok(await cli(["--version"])).stdout).toMatch(/^li-audience \d+\.\d+\.\d+/);
  });

  it("no command: the usage on stderr, exit 2", async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Usage: li-audience <command>/);
  });
});

describe("facets", () => {
  it("a table, --json and --csv of the same facets", async () => {
    const table = ok(await cli(["facets", "--test-server"]));
    const json = validJson<{ facets: { facetName: string; urn: string; availableEntityFinders: string[] }[] }>(
      "facets",
      ok(await cli(["facets", "--test-server", "--json"])).stdout,
    );
    const rows = parseCsv(ok(await cli(["facets", "--test-server", "--csv"])).stdout);
    expect(json.facets.length).toBeGreaterThanOrEqual(20);
    expect(rows[0]).toEqual(["facet", "urn", "entity_types", "finders"]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(json.facets.map((f) => f.urn));
    for (const f of json.facets) expect(table.stdout).toMatch(new RegExp(`^${f.facetName} +${f.urn} `, "m"));
    expect(json.facets.find((f) => f.facetName === "jobFunctions")?.availableEntityFinders).toEqual([
      "AD_TARGETING_FACET",
    ]);
    expect(table.stdout).toMatch(new RegExp(`^${json.facets.length} facets$`, "m"));
  });
});

describe("search", () => {
  it("typeahead where the facet offers it, paged under the hood; --limit", async () => {
    const run = ok(await cli(["search", "locations", "new", "york", "--limit", "3", ...base]));
    expect(run.stdout).toMatch(/^New York, United States +urn:li:geo:105080838$/m);
    expect(run.stdout).toMatch(/^3 entities \(by typeahead\)$/m);
    expect(log()).toEqual(["GET /adTargetingFacets", "GET /adTargetingEntities q=typeahead"]);
    expect(server.requests[1]?.query).toMatchObject({ query: "new york", count: "3" });
    server.clearRequests();
    const json = validJson<{ entities: { name: string }[]; finder: string }>(
      "search",
      ok(await cli(["search", "locations", "s", "--limit", "150", "--json", ...base])).stdout,
    );
    expect(json.finder).toBe("typeahead");
    expect(json.entities.length).toBeGreaterThan(100); // two pages of at most 100
    expect(json.entities.length).toBeLessThanOrEqual(150);
    expect(server.requests.filter((r) => r.query.q === "typeahead").map((r) => [r.query.start, r.query.count])).toEqual(
      [
        ["0", "100"],
        ["100", "50"],
      ],
    );
  });

  it("a facet offering only its list (jobFunctions): the list, filtered by the text; CSV parsed back", async () => {
    const rows = parseCsv(ok(await cli(["search", "jobFunctions", "man", "--csv", ...base])).stdout);
    expect(rows).toEqual([
      ["name", "urn"],
      ["Program and Project Management", "urn:li:function:20"], // the facet's order: largest first
      ["Product Management", "urn:li:function:19"],
    ]);
    expect(count("GET /adTargetingEntities q=typeahead")).toBe(0);
  });
});

describe("insights", () => {
  const args = [...FINANCE, "--exclude", "seniorities=Entry", "--group-by", "interests"];

  it("names become URNs through each facet's own finder; segments with names, shares and bars", async () => {
    const run = ok(await cli(["insights", ...args, ...base]));
    expect(log().slice(0, 4).sort()).toEqual([
      "GET /adTargetingEntities q=adTargetingFacet", // jobFunctions: listing only
      "GET /adTargetingEntities q=adTargetingFacet", // seniorities: listing only
      "GET /adTargetingEntities q=typeahead", // locations
      "GET /adTargetingFacets", // which finder each facet offers
    ]);
    expect(log().slice(4)).toEqual(["POST /targetingAudienceInsights", "GET /adTargetingEntities q=urns"]);
    expect(server.requests[0]?.path).toBe("/adTargetingFacets"); // the finders are known before any search
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "Members whose location is United States and whose job function is Finance, excluding seniority Entry",
    );
    expect(lines[1]).toMatch(/^Audience: [\d,]+ members$/);
    expect(lines[3]).toBe("Top interests (10)");
    const rows = lines.slice(4, 14);
    for (const row of rows) expect(row).toMatch(/^ {2}\S.*? +█+·* +\d+(\.\d)?% +[\d,]+$/);
    expect(rows[0]).toMatch(/█{24} /); // the largest segment fills the bar
    expect(run.stdout).toMatch(/\(6 requests, LinkedIn-Version \d{6}\)\n$/);
  });

  it("--json validates and says the same as --csv", async () => {
    const json = validJson<{
      totalAudienceCount: number;
      persona: { include: { urn: string }[]; exclude: { urn: string }[] };
      breakdowns: { segments: { urn: string; name: string; members: number; share: number }[] }[];
      meta: { requests: number; requestIds: string[] };
    }>("insights", ok(await cli(["insights", ...args, "--json", ...base])).stdout);
    expect(json.persona.include.map((t) => t.urn)).toEqual(["urn:li:geo:103644278", "urn:li:function:10"]);
    expect(json.persona.exclude.map((t) => t.urn)).toEqual(["urn:li:seniority:3"]);
    expect(json.meta.requests).toBe(6);
    expect(json.meta.requestIds).toEqual(server.requests.map((r) => expect.any(String) as unknown as string));
    const segments = json.breakdowns[0]!.segments;
    expect(segments).toHaveLength(10);
    for (const s of segments) expect(s.share).toBeCloseTo((100 * s.members) / json.totalAudienceCount, 9);
    const rows = parseCsv(ok(await cli(["insights", ...args, "--csv", ...base])).stdout);
    expect(rows[0]).toEqual(["breakdown", "urn", "name", "members", "share_percent", "audience"]);
    expect(rows.slice(1)).toEqual(
      segments.map((s) => [
        "interests",
        s.urn,
        s.name,
        String(s.members),
        String(s.share),
        String(json.totalAudienceCount),
      ]),
    );
  });

  it("a URN is taken as is; two values of one facet are OR'ed in one group", async () => {
    const json = validJson<{ persona: { description: string; targetingCriteria: unknown } }>(
      "insights",
      ok(
        await cli([
          "insights",
          "--include",
          "locations=urn:li:geo:103644278",
          "--include",
          "seniorities=Director",
          "--include",
          "seniorities=VP",
          "--group-by",
          "skills",
          "--json",
          ...base,
        ]),
      ).stdout,
    );
    expect(json.persona.targetingCriteria).toEqual({
      include: {
        and: [
          { or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } },
          { or: { "urn:li:adTargetingFacet:seniorities": ["urn:li:seniority:6", "urn:li:seniority:7"] } },
        ],
      },
    });
    expect(json.persona.description).toBe(
      "Members whose location is United States and whose seniority is Director or VP",
    );
    expect(count("GET /adTargetingEntities q=typeahead")).toBe(0); // the location was a URN
  });
});

describe("compare", () => {
  it("the affinity table, over-indexing first; --json and --csv agree", async () => {
    const table = ok(await cli(["compare", ...FINANCE, "--group-by", "interests", ...base]));
    expect(table.stdout).toMatch(
      /^Persona: {2}Members whose location is United States and whose job function is Finance \([\d,]+ members\)$/m,
    );
    expect(table.stdout).toMatch(
      /^Baseline: Members whose location is United States \(the persona's locations\) \([\d,]+ members\)$/m,
    );
    expect(table.stdout).toMatch(/^Interests by affinity index \(100 = typical\), over-indexing first$/m);
    expect(table.stdout).toMatch(/^ {2}Segment +Persona +Baseline +Index$/m);
    const insightsCalls = count("POST /targetingAudienceInsights");
    expect(insightsCalls).toBeGreaterThanOrEqual(2);
    expect(insightsCalls).toBeLessThanOrEqual(3);
    expect(count("GET /adTargetingEntities q=urns")).toBe(1);

    type Seg = {
      urn: string;
      name: string;
      share: number;
      baselineShare?: number;
      index?: number;
      indexIsLowerBound: boolean;
    };
    const json = validJson<{
      segments: Seg[];
      belowMinimum: Seg[];
      baseline: { derived: boolean; description: string };
    }>("compare", ok(await cli(["compare", ...FINANCE, "--group-by", "interests", "--json", ...base])).stdout);
    expect(json.baseline).toMatchObject({ derived: true, description: "Members whose location is United States" });
    expect(json.segments.length).toBeGreaterThan(0);
    const indexes = json.segments.map((s) => s.index!);
    expect(indexes).toEqual([...indexes].sort((a, b) => b - a));
    for (const s of json.segments) {
      if (!s.indexIsLowerBound) expect(s.index).toBeCloseTo((100 * s.share) / s.baselineShare!, 9);
      expect(table.stdout).toContain(s.name);
    }
    const rows = parseCsv(ok(await cli(["compare", ...FINANCE, "--group-by", "interests", "--csv", ...base])).stdout);
    expect(rows[0]).toEqual([
      "urn",
      "name",
      "members",
      "share_percent",
      "baseline_members",
      "baseline_share_percent",
      "index",
      "index_is_lower_bound",
      "ranked",
    ]);
    expect(
      rows
        .slice(1)
        .filter((r) => r[8] === "true")
        .map((r) => [r[0], Number(r[6])]),
    ).toEqual(json.segments.map((s) => [s.urn, s.index]));
  });

  it("--baseline replaces the default; --min-share ranks fewer", async () => {
    type Out = {
      segments: unknown[];
      belowMinimum: unknown[];
      baseline: { derived: boolean };
      minimum: { share: number };
    };
    const json = validJson<Out>(
      "compare",
      ok(
        await cli([
          "compare",
          ...FINANCE,
          "--baseline",
          "locations=United States",
          "--baseline",
          "seniorities=Senior",
          "--group-by",
          "skills",
          "--min-share",
          "5",
          "--json",
          ...base,
        ]),
      ).stdout,
    );
    expect(json.baseline.derived).toBe(false);
    expect(json.minimum.share).toBe(5);
    const baselineRequest = server.requests.filter((r) => r.path === "/targetingAudienceInsights")[1];
    expect(JSON.stringify(baselineRequest?.body)).toContain("urn:li:seniority:4");
  });
});

describe("profile", () => {
  const breakdowns = "interests,seniorities,industries,jobFunctions,skills";

  it("five breakdowns: one insights call each plus ONE name look-up for all of them (the request log)", async () => {
    const run = ok(await cli(["profile", ...FINANCE, "--group-by", breakdowns, ...base]));
    expect(count("POST /targetingAudienceInsights")).toBe(5);
    expect(count("GET /adTargetingEntities q=urns")).toBe(1);
    // The rest found the criteria's names: the facet list, jobFunctions' listing, a locations typeahead.
    expect(server.requests).toHaveLength(9);
    const urnsRequest = server.requests.find((r) => r.query.q === "urns")!;
    expect(urnsRequest.query.urns!.split(",").length).toBeGreaterThan(30); // every breakdown's segments at once
    for (const title of ["Top interests", "Top seniorities", "Top industries", "Top job functions", "Top skills"]) {
      expect(run.stdout).toMatch(new RegExp(`^${title} \\(\\d+\\)$`, "m"));
    }
    expect(run.stdout).toMatch(/\(9 requests, /);
  });

  it("criteria given as URNs: 5 insights calls and 1 look-up, nothing else", async () => {
    const json = validJson<{
      breakdowns: { groupBy: string; segments: { name: string }[] }[];
      persona: { description: string };
    }>(
      "insights",
      ok(
        await cli([
          "profile",
          "--include",
          "locations=urn:li:geo:103644278",
          "--include",
          "jobFunctions=urn:li:function:10",
          "--group-by",
          breakdowns,
          "--json",
          ...base,
        ]),
      ).stdout,
    );
    expect(log().sort()).toEqual(
      [...Array(5).fill("POST /targetingAudienceInsights"), "GET /adTargetingEntities q=urns"].sort(),
    );
    expect(json.breakdowns.map((b) => b.groupBy)).toEqual(breakdowns.split(","));
    expect(json.persona.description).toBe("Members whose location is United States and whose job function is Finance");
    for (const b of json.breakdowns) for (const s of b.segments) expect(s.name).toEqual(expect.any(String));
    const rows = parseCsv(ok(await cli(["profile", ...FINANCE, "--group-by", breakdowns, "--csv", ...base])).stdout);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(breakdowns.split(",")));
  });
});

describe("--top and place breakdowns", () => {
  it("insights --top 20 asks for 20 segments; profile with bingCity names the cities", async () => {
    const json = validJson<{ breakdowns: { segments: { name: string }[] }[] }>(
      "insights",
      ok(await cli(["insights", ...FINANCE, "--group-by", "interests", "--top", "20", "--json", ...base])).stdout,
    );
    expect(json.breakdowns[0]!.segments.length).toBeGreaterThan(10);
    const insights = server.requests.filter((r) => r.path === "/targetingAudienceInsights");
    expect((insights[0]!.body as { request: { maxReturnCount: number } }).request.maxReturnCount).toBe(20);
    server.clearRequests();
    const groups = "interests,seniorities,industries,jobFunctions,bingCity";
    const profile = validJson<{ breakdowns: { groupBy: string; segments: { name: string }[] }[] }>(
      "insights",
      ok(await cli(["profile", ...FINANCE, "--group-by", groups, "--json", ...base])).stdout,
    );
    expect(count("POST /targetingAudienceInsights")).toBe(5);
    expect(count("GET /adTargetingEntities q=urns")).toBe(1);
    const cities = profile.breakdowns.find((b) => b.groupBy === "bingCity")!;
    expect(cities.segments.length).toBeGreaterThan(0);
    for (const c of cities.segments) expect(c.name).toMatch(/United States$/);
  });
});

describe("profile in parallel", () => {
  it("the breakdowns are requested in parallel, at most 4 at once (a server answering in 20 ms)", async () => {
    const slow = await startTestServer({ port: 0, latencyMs: 20 });
    try {
      const breakdowns = "interests,seniorities,industries,jobFunctions,skills,titles";
      const args = ["--include", "locations=urn:li:geo:103644278", "--group-by", breakdowns];
      const run = await cli(["profile", ...args, "--base-url", slow.url, "--token", TEST_ACCESS_TOKEN]);
      expect(run.code).toBe(0);
      expect(slow.stats.maxInFlight).toBe(4);
      expect(slow.requests.filter((r) => r.path === "/targetingAudienceInsights")).toHaveLength(6);
    } finally {
      await slow.close();
    }
  });
});

describe("usage errors: exit 2, before any request", () => {
  const cases: [string, string[], RegExp][] = [
    ["unknown command", ["bogus"], /unknown command "bogus"/],
    ["unknown option", ["insights", "--bogus"], /unknown option --bogus/],
    ["an option of another command", ["facets", "--group-by", "interests"], /facets takes no --group-by/],
    ["--json with --csv", ["facets", "--json", "--csv"], /pick one/],
    ["no criteria", ["insights", "--group-by", "interests"], /needs at least one --include/],
    ["no --group-by", ["insights", ...US], /needs --group-by/],
    ["several --group-by for insights", ["insights", ...US, "--group-by", "interests,skills"], /profile takes several/],
    [
      "a bad --top",
      ["insights", ...US, "--group-by", "interests", "--top", "0"],
      /--top must be a whole number from 1 to 100/,
    ],
    [
      "a malformed term",
      ["insights", "--include", "United States", "--group-by", "interests"],
      /must look like 'facet=Name'/,
    ],
    [
      "an unknown facet",
      ["insights", "--include", "locaitons=France", "--group-by", "interests"],
      /did you mean "locations"/,
    ],
    [
      "a breakdown as a criteria",
      ["insights", "--include", "bingCity=Paris", "--group-by", "interests"],
      /is a breakdown/,
    ],
    [
      "a facet that is no breakdown",
      ["insights", ...US, "--group-by", "genders"],
      /not an Audience Insights breakdown/,
    ],
    [
      "LinkedIn's combination rules",
      ["insights", "--include", "jobFunctions=Finance", "--include", "titles=Finance Director", "--group-by", "skills"],
      /Job functions and seniorities may not be AND'ed with any include clauses targeting Job Titles/,
    ],
    [
      "compare without a baseline or locations",
      ["compare", "--include", "jobFunctions=Finance", "--group-by", "skills"],
      /compare needs a baseline/,
    ],
    ["search without text", ["search", "locations"], /search needs a facet and a text/],
    ["--test-server with --base-url", ["facets", "--test-server"], /--test-server and --base-url both say where/],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const lines = failed(await cli([...args, ...base]), 2, message);
    expect(lines[1]).toMatch(/^See: li-audience (\w+ )?--help$/);
    expect(server.requests).toHaveLength(0);
  });

  it("an ambiguous name lists the candidates with their URNs; an unknown one says how it was searched", async () => {
    const ambiguous = failed(
      await cli(["insights", "--include", "locations=United", "--group-by", "interests", ...base]),
      2,
      /"United" fits \d+ locations entities: United States \(urn:li:geo:103644278\), /,
    );
    expect(ambiguous[1]).toBe("li-audience search locations 'United' lists the candidates.");
    failed(
      await cli(["insights", ...US, "--include", "seniorities=Grand Vizier", "--group-by", "interests", ...base]),
      2,
      /No seniorities entity is named "Grand Vizier" \(searched the facet's list of 10 entities \(q=adTargetingFacet\)\)/,
    );
    expect(count("POST /targetingAudienceInsights")).toBe(0);
  });
});

describe("authentication: exit 3", () => {
  it("a token LinkedIn refuses, from --token or LINKEDIN_ACCESS_TOKEN; the token is never shown", async () => {
    const wrong = "AQX-wrong-token-5c4b3a29";
    for (const run of [
      await cli(["facets", "--base-url", server.url, "--token", wrong]),
      await cli(["facets", "--base-url", server.url], cleanEnv({ LINKEDIN_ACCESS_TOKEN: wrong })),
      await cli(["facets", "--test-server", "--token", wrong]),
    ]) {
      const lines = failed(run, 3, /^li-audience: LinkedIn refused the access token \(401 /);
      expect(lines[1]).toBe("Set LINKEDIN_ACCESS_TOKEN (or --token) to a valid, unexpired 3-legged member token.");
      expect(run.stderr).not.toContain(wrong);
    }
  });

  it("no token at all", async () => {
    const lines = failed(await cli(["facets", "--base-url", server.url]), 3, /No LinkedIn access token/);
    expect(lines[1]).toMatch(/Set LINKEDIN_ACCESS_TOKEN.*--test-server/);
    expect(server.requests).toHaveLength(0);
  });

  it("--test-server ignores LINKEDIN_ACCESS_TOKEN (a real token is never sent to it)", async () => {
    ok(await cli(["facets", "--test-server"], cleanEnv({ LINKEDIN_ACCESS_TOKEN: SECRET })));
  });
});

describe("API errors: exit 1", () => {
  it("LinkedIn's error with its request id, then what to do; a stack only with --debug", async () => {
    server.injectFault({ path: "/targetingAudienceInsights", status: 400, times: 2 });
    const args = ["insights", "--include", "locations=urn:li:geo:103644278", "--group-by", "interests", ...base];
    const lines = failed(await cli(args), 1, /→ 400\b.*\[request id [^\]]+\]/);
    expect(lines[1]).toBe("Quote the request id to LinkedIn support; --debug shows more.");
    const debug = await cli([...args, "--debug"]);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
    expect(debug.stderr).not.toContain(SECRET);
  });

  it("a sunset LinkedIn-Version: 426, exit 1, with the fix", async () => {
    const run = await cli(["facets", "--api-version", "202001", ...base]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/426/);
    expect(run.stderr).toMatch(
      /Pass --api-version YYYYMM with a version LinkedIn still serves \(li-audience versions lists them\), or --api-version latest\.\n$/,
    );
  });

  it("nobody listening: a connection error, exit 1", async () => {
    failed(await cli(["facets", "--base-url", "http://127.0.0.1:9/rest", "--token", SECRET]), 1, /127\.0\.0\.1:9/);
  });
});

describe("--html and secrets", () => {
  it("every data command writes one self-contained report; the token is in no output", async () => {
    const runs: [string, string[]][] = [
      ["facets", ["facets"]],
      ["search", ["search", "skills", "excel"]],
      ["insights", ["insights", ...FINANCE, "--group-by", "interests"]],
      ["compare", ["compare", ...FINANCE, "--group-by", "interests"]],
      ["profile", ["profile", ...FINANCE, "--group-by", "interests,seniorities"]],
    ];
    for (const [name, args] of runs) {
      const file = join(work, `${name}.html`);
      const run = await cli([...args, "--html", file, ...base]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(`Report written to ${file}\n`);
      const page = readFileSync(file, "utf8");
      expect(page).toMatch(/^<!doctype html>/);
      expect(page).not.toContain(SECRET);
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
      expect(page).not.toContain(server.url); // nothing points back at the API
      expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
      expect(page).toMatch(/LinkedIn-Version \d{6}/);
      expect(page).toContain("@media print");
      const ids = server.requests.map(() => "");
      expect(ids.length).toBeGreaterThan(0);
      for (const stream of [run.stdout, run.stderr]) expect(stream).not.toContain(SECRET);
      server.clearRequests();
    }
    const json = ok(await cli(["insights", ...FINANCE, "--group-by", "interests", "--json", ...base]));
    expect(json.stdout).not.toContain(SECRET);
  });

  it("names from the API are escaped in the report", async () => {
    const { escapeHtml } = await import("../../src/cli/html.js");
    expect(escapeHtml(`<b>"Q&A"</b> 'x'`)).toBe("&#60;b&#62;&#34;Q&#38;A&#34;&#60;/b&#62; &#39;x&#39;");
  });

  it("an unwritable --html path is a usage error", async () => {
    failed(await cli(["facets", "--html", join(work, "no/such/dir/r.html"), ...base]), 2, /cannot write/);
  });
});
