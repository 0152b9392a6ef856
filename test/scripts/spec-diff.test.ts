// `npm run spec:diff`: the comparison engine on small in-memory documents, then the command on the fixture specs
// in test/fixtures/specs/ (each the upstream spec with one kind of change), against the real upstream file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { diffSpecs } from "../../scripts/lib/diff.mjs";
// @ts-expect-error -- plain ESM script without declarations
import { compareDocuments, renderMarkdown } from "../../scripts/lib/diff-report.mjs";

interface Change {
  kind: "added" | "removed" | "changed";
  breaking: boolean;
  noteworthy: boolean;
  operation: string | null;
  operationId: string | null;
  location: string;
  message: string;
}
interface Report {
  old: { file: string; version: string | null };
  new: { file: string; version: string | null };
  summary: { total: number; breaking: number; other: number; noteworthy: number };
  changes: Change[];
}

const root = new URL("../..", import.meta.url).pathname;
const upstream = join(root, "spec/linkedin-marketing-audience-insights.yml");
const fixture = (name: string) => join(root, "test/fixtures/specs", name);
const tmp = mkdtempSync(join(tmpdir(), "lai-spec-diff-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const doc = (paths: Json, schemas: Json = {}, extra: Json = {}): Json => ({
  openapi: "3.1.0",
  info: { title: "T", version: "1.0.0" },
  servers: [{ url: "https://api.example.com/rest" }],
  paths,
  components: { schemas },
  ...extra,
});
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const post = (body: unknown, response: unknown = { type: "object" }) => ({
  "/things": {
    post: {
      operationId: "createThing",
      requestBody: { required: true, ...json(body) },
      responses: { "200": { description: "ok", ...json(response) } },
    },
  },
});
const get = (response: unknown, extra: Json = {}) => ({
  "/things": {
    get: { operationId: "listThings", responses: { "200": { description: "ok", ...json(response) } }, ...extra },
  },
});
const diff = (a: Json, b: Json): Change[] => diffSpecs(a, b);
/** The changes as "kind breaking location: message" lines, for exact assertions. */
const lines = (changes: Change[]) =>
  changes.map(
    (c) => `${c.kind} ${c.breaking ? "BREAKING" : c.noteworthy ? "noteworthy" : "ok"} ${c.location}: ${c.message}`,
  );

describe("spec diff engine", () => {
  it("request body: required-ness, added/removed fields, narrowed enum, item types, additionalProperties", () => {
    const before = {
      type: "object",
      required: ["kind"],
      properties: {
        kind: { type: "string", enum: ["A", "B", "C"] },
        note: { type: "string" },
        tags: { type: "array", items: { type: "string" } },
        size: { type: "integer" },
        extra: { type: "object", additionalProperties: { type: "string" } },
      },
    };
    const after = {
      type: "object",
      required: ["kind", "size", "owner"],
      properties: {
        kind: { type: "string", enum: ["A", "C", "D"] },
        tags: { type: "array", items: { type: "integer" } },
        size: { type: "integer" },
        owner: { type: "string" },
        label: { type: "string" },
        extra: { type: "object", additionalProperties: false },
      },
    };
    expect(lines(diff(doc(post(before)), doc(post(after))))).toEqual([
      'added ok POST /things › request body › kind: enum value "D" added',
      'removed BREAKING POST /things › request body › kind: enum value "B" removed (requests sending it are now invalid)',
      "removed BREAKING POST /things › request body › note: request field removed (requests sending it may be rejected)",
      "changed BREAKING POST /things › request body › tags[]: type changed from string to integer",
      "changed BREAKING POST /things › request body › size: request field is now required (was optional)",
      "changed BREAKING POST /things › request body › extra{*}: additionalProperties changed from string values to not allowed",
      "added BREAKING POST /things › request body › owner: new required request field (string)",
      "added ok POST /things › request body › label: new optional request field (string)",
    ]);
  });

  it("response: grown enum is noteworthy, removed field / required→optional / newly nullable break", () => {
    const before = {
      type: "object",
      required: ["id", "status"],
      properties: {
        id: { type: "string" },
        status: { type: "string", enum: ["ACTIVE", "PAUSED"] },
        count: { type: "integer" },
        legacy: { type: "string" },
        map: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    };
    const after = {
      type: "object",
      required: ["status"],
      properties: {
        id: { type: "string" },
        status: { type: "string", enum: ["ACTIVE", "ARCHIVED"] },
        count: { type: ["integer", "null"] },
        map: { type: "object", additionalProperties: { type: "array", items: { type: "integer" } } },
        added: { type: "boolean" },
      },
    };
    const changes = diff(doc(get(before)), doc(get(after)));
    expect(lines(changes)).toEqual([
      "changed BREAKING GET /things › response 200 › id: response field is now optional (was required): it may be absent",
      'added noteworthy GET /things › response 200 › status: enum value "ARCHIVED" added; clients that switch on this value must handle it',
      'removed ok GET /things › response 200 › status: enum value "PAUSED" removed (no longer returned)',
      "changed BREAKING GET /things › response 200 › count: may now be null (type integer → integer | null)",
      "removed BREAKING GET /things › response 200 › legacy: response field removed",
      "changed BREAKING GET /things › response 200 › map{*}[]: type changed from string to integer",
      "added ok GET /things › response 200 › added: new response field (boolean)",
    ]);
    expect(changes.every((c) => c.operation === "GET /things" && c.operationId === "listThings")).toBe(true);
  });

  it("follows $refs (allOf, 3.0 nullable) and stops at cycles, reporting each change once", () => {
    const node = (labelType: string) => ({
      Node: {
        allOf: [
          { $ref: "#/components/schemas/Base" },
          {
            type: "object",
            properties: {
              label: { type: labelType },
              children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
              peer: { $ref: "#/components/schemas/Peer" },
            },
          },
        ],
      },
      Base: { type: "object", properties: { id: { type: "string", nullable: labelType === "integer" } } },
      Peer: { type: "object", properties: { back: { $ref: "#/components/schemas/Node" } } },
    });
    const paths = get({ $ref: "#/components/schemas/Node" });
    expect(lines(diff(doc(paths, node("string")), doc(paths, node("integer"))))).toEqual([
      "changed BREAKING GET /things › response 200 › id: may now be null (type string → null | string)",
      "changed BREAKING GET /things › response 200 › label: type changed from string to integer",
      // Peer → Node leads back into the cycle: Node is compared once, at the root.
    ]);
  });

  it("bounds and additionalProperties: narrowing breaks a request, not a response", () => {
    const schema = (max: number, extra: unknown) => ({
      type: "object",
      properties: { count: { type: "integer", maximum: max }, meta: { type: "object", additionalProperties: extra } },
    });
    const before = schema(100, false);
    const after = schema(50, true);
    expect(lines(diff(doc(post(before, before)), doc(post(after, after))))).toEqual([
      "changed BREAKING POST /things › request body › count: maximum changed from 100 to 50 (narrower: requests valid before may be rejected)",
      "changed ok POST /things › request body › meta{*}: additionalProperties changed from not allowed to any values",
      "changed ok POST /things › response 200 › count: maximum changed from 100 to 50",
      "changed noteworthy POST /things › response 200 › meta{*}: additionalProperties changed from not allowed to any values",
    ]);
  });

  it("status codes: removed 2xx breaks, removed 4xx does not, a new 2xx is noteworthy", () => {
    const responses = (codes: string[]) => ({
      "/things": {
        get: {
          operationId: "listThings",
          responses: Object.fromEntries(codes.map((c) => [c, { description: c }])),
        },
      },
    });
    expect(lines(diff(doc(responses(["200", "404"])), doc(responses(["201", "400"]))))).toEqual([
      "added noteworthy GET /things › response 201: new success status 201: clients must handle it",
      "added ok GET /things › response 400: new response status 400",
      "removed BREAKING GET /things › response 200: success status 200 removed",
      "removed ok GET /things › response 404: response status 404 no longer documented",
    ]);
  });

  it("parameters: $ref and path-level ones, location moves, removals, Rest.li finders, style", () => {
    const params = (list: unknown[], pathLevel: unknown[] = []) => ({
      "/things": { parameters: pathLevel, get: { operationId: "listThings", parameters: list, responses: {} } },
    });
    const components = (required: boolean) => ({
      parameters: { Start: { name: "start", in: "query", required, schema: { type: "integer" } } },
    });
    const before = {
      ...doc(
        params(
          [
            { $ref: "#/components/parameters/Start" },
            { name: "q", in: "query", required: true, schema: { type: "string", enum: ["search", "byIds"] } },
            { name: "token", in: "query", schema: { type: "string" } },
            { name: "ids", in: "query", schema: { type: "array", items: { type: "string" } } },
            { name: "gone", in: "query", schema: { type: "string" } },
          ],
          [{ name: "X-Trace", in: "header", schema: { type: "string" } }],
        ),
      ),
      components: components(false),
    };
    const after = {
      ...doc(
        params([
          { $ref: "#/components/parameters/Start" },
          { name: "q", in: "query", required: true, schema: { type: "string", enum: ["search", "similar"] } },
          { name: "token", in: "header", schema: { type: "string" } },
          { name: "ids", in: "query", style: "pipeDelimited", schema: { type: "array", items: { type: "string" } } },
          { name: "x-trace", in: "header", required: true, schema: { type: "string" } },
        ]),
      ),
      components: components(true),
    };
    expect(lines(diff(before, after))).toEqual([
      'changed BREAKING GET /things › query param "token": moved from query to header (header param "token")',
      'removed BREAKING GET /things › query param "gone": query parameter removed (requests sending it may be rejected)',
      // Path-level X-Trace, overridden by the operation's x-trace (header names are case-insensitive).
      'changed BREAKING GET /things › header param "x-trace": header parameter is now required (was optional)',
      'changed BREAKING GET /things › query param "start": query parameter is now required (was optional)',
      'added ok GET /things › query param "q": Rest.li finder q=similar added',
      'removed BREAKING GET /things › query param "q": Rest.li finder q=byIds removed',
      'changed BREAKING GET /things › query param "ids": style changed from default to "pipeDelimited" (serialization changes)',
    ]);
  });

  it("operations, operationIds, request bodies, x-restli-finders, servers and info.version", () => {
    const before = doc(
      {
        "/a": {
          get: { operationId: "getA", "x-restli-finders": { search: ["query"], all: [] }, responses: {} },
          post: { operationId: "postA", responses: {} },
          put: { operationId: "putA", requestBody: { ...json({ type: "object" }) }, responses: {} },
        },
        "/old": { delete: { operationId: "deleteOld", responses: {} } },
      },
      {},
      { servers: [{ url: "https://a.example.com" }, { url: "https://b.example.com" }] },
    );
    const after = doc(
      {
        "/a": {
          get: {
            operationId: "getA",
            "x-restli-finders": { search: ["query", "facet"], byIds: ["ids"] },
            responses: {},
          },
          post: { operationId: "createA", requestBody: { required: true, ...json({ type: "object" }) }, responses: {} },
          put: { operationId: "putA", requestBody: { required: true, ...json({ type: "object" }) }, responses: {} },
        },
        "/new": { get: { operationId: "getNew", responses: {} } },
      },
      {},
      { info: { title: "T", version: "1.1.0" }, servers: [{ url: "https://b.example.com" }] },
    );
    expect(lines(diff(before, after))).toEqual([
      'changed ok info.version: info.version changed from "1.0.0" to "1.1.0"',
      "removed BREAKING servers: server https://a.example.com removed (clients pointed at it must move)",
      "changed noteworthy servers[0]: default server (the SDK's default base URL) changed from https://a.example.com to https://b.example.com",
      'added ok GET /a › x-restli-finders: finder "byIds" added (requires ["ids"])',
      'removed BREAKING GET /a › x-restli-finders: finder "all" removed',
      'changed BREAKING GET /a › x-restli-finders: finder "search" now requires "facet"',
      "changed BREAKING PUT /a › request body: request body is now required (was optional)",
      'changed BREAKING POST /a › operationId: operationId changed from "postA" to "createA" (the generated operations type is keyed by it)',
      "added BREAKING POST /a › request body: request body added (required)",
      "added ok GET /new: operation GET /new added (getNew)",
      "removed BREAKING DELETE /old: operation DELETE /old removed (deleteOld)",
    ]);
  });

  it("a correction whose target is gone is a breaking item; the other corrections still apply", () => {
    const overlays = [
      {
        name: "spec/overlays/test.overlay.yaml",
        overlay: {
          overlay: "1.0.0",
          info: { title: "t", version: "1" },
          actions: [
            {
              target: "$.components.schemas.Kept.properties",
              description: "add-note",
              update: { note: { type: "string" } },
            },
            {
              target: "$.components.schemas.Gone.properties",
              description: "fix-gone",
              update: { x: { type: "string" } },
            },
          ],
        },
      },
    ];
    const schemas = (gone: boolean) => ({
      Kept: { type: "object", properties: { id: { type: "string" } } },
      ...(gone ? {} : { Gone: { type: "object", properties: {} } }),
    });
    const paths = get({ $ref: "#/components/schemas/Kept" });
    const report: Report = compareDocuments(doc(paths, schemas(false)), doc(paths, schemas(true)), { overlays });
    expect(report.summary).toEqual({ total: 1, breaking: 1, other: 0, noteworthy: 0 });
    expect(report.changes[0]).toMatchObject({
      kind: "removed",
      breaking: true,
      operation: null,
      location: "spec/overlays/test.overlay.yaml › fix-gone",
    });
    expect(report.changes[0]!.message).toMatch(
      /^correction no longer applies: fix-gone \(action #2\): target \$\.components\.schemas\.Gone\.properties no longer exists/,
    );
    // The Markdown report puts it first, under "Breaking changes" › "General".
    expect(renderMarkdown(report)).toContain(
      "## Breaking changes\n\n### General\n\n- **removed** `spec/overlays/test.overlay.yaml › fix-gone`: correction no longer applies: fix-gone",
    );
  });
});

function specDiff(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "scripts/spec-diff.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function reportFor(name: string): { status: number | null; report: Report } {
  const r = specDiff(upstream, fixture(name), "--json");
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
}
const ENTITIES = "GET /adTargetingEntities";

describe("npm run spec:diff (upstream spec → fixture)", () => {
  it("the trimmed base fixture has the same API: no changes, exit 0", () => {
    const r = specDiff(upstream, fixture("base.yml"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("No API changes.");
  });

  it("an added operation (new path) is non-breaking, with its operationId", () => {
    const { status, report } = reportFor("added-operation.yml");
    expect(status).toBe(0);
    expect(report.summary).toMatchObject({ breaking: 0 });
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        kind: "added",
        breaking: false,
        location: "GET /audienceCounts",
        operationId: "getAudienceCounts",
        message: "operation GET /audienceCounts added (getAudienceCounts)",
      }),
    );
    expect(report.changes).toContainEqual(
      expect.objectContaining({ location: "info.version", message: 'info.version changed from "1.0.0" to "1.1.0"' }),
    );
  });

  it("a removed operation is breaking: exit 1, 0 with --allow-breaking", () => {
    const { status, report } = reportFor("removed-operation.yml");
    expect(status).toBe(1);
    // The operation, and the facet corrections of spec/overlays that now have nothing to correct.
    expect(report.changes.filter((c) => c.location.startsWith("spec/overlays/"))).toEqual(
      [
        "facet-urn-is-not-urn",
        "facet-required-fields-reset",
        "facet-finders-open-reset",
        "facet-entity-types-open-reset",
        "facet-urn-field",
        "facet-example-reset",
        "facet-example",
      ].map((name) =>
        expect.objectContaining({ breaking: true, location: `spec/overlays/facets.overlay.yaml › ${name}` }),
      ),
    );
    expect(report.changes.filter((c) => !c.location.startsWith("spec/overlays/"))).toEqual([
      expect.objectContaining({
        kind: "removed",
        breaking: true,
        location: "GET /adTargetingFacets",
        operationId: "getAdTargetingFacets",
      }),
    ]);
    expect(specDiff(upstream, fixture("removed-operation.yml"), "--allow-breaking").status).toBe(0);
  });

  it("a new required query parameter is breaking", () => {
    const { status, report } = reportFor("new-required-param.yml");
    expect(status).toBe(1);
    expect(report.changes).toEqual([
      expect.objectContaining({
        kind: "added",
        breaking: true,
        location: `${ENTITIES} › query param "timeZone"`,
        message: "new required query parameter (string)",
      }),
    ]);
  });

  it("an optional parameter that becomes required is breaking", () => {
    const { status, report } = reportFor("optional-to-required.yml");
    expect(status).toBe(1);
    expect(report.changes).toEqual([
      expect.objectContaining({
        kind: "changed",
        breaking: true,
        location: `${ENTITIES} › query param "count"`,
        message: "query parameter is now required (was optional)",
      }),
    ]);
  });

  it("a narrowed request enum breaks (the removed value), the added value does not", () => {
    const { status, report } = reportFor("narrowed-enum.yml");
    expect(status).toBe(1);
    const at = `${ENTITIES} › query param "queryVersion"`;
    expect(report.changes).toEqual([
      expect.objectContaining({
        kind: "added",
        breaking: false,
        location: at,
        message: 'enum value "QUERY_USES_IDS" added',
      }),
      expect.objectContaining({
        kind: "removed",
        breaking: true,
        location: at,
        message: expect.stringContaining('"QUERY_USES_URNS" removed'),
      }),
    ]);
  });

  // Upstream's finder enum is closed; LinkedIn's is open (spec/overlays/facets.overlay.yaml makes it so). A change to
  // upstream's list therefore changes nothing the SDK serves: the correction absorbs it. (Response enums as such
  // are covered by the engine tests above.)
  it("a change to upstream's facet-finder enum is absorbed by the open-enum correction: no API change", () => {
    const { status, report } = reportFor("response-enum.yml");
    expect(status).toBe(0);
    expect(report.summary).toEqual({ total: 0, breaking: 0, other: 0, noteworthy: 0 });
  });

  it("a removed response field is breaking", () => {
    const { status, report } = reportFor("removed-response-field.yml");
    expect(status).toBe(1);
    expect(report.changes).toEqual([
      expect.objectContaining({
        kind: "removed",
        breaking: true,
        location: `${ENTITIES} › response 200 › elements[].facetUrn`,
        message: "response field removed",
      }),
    ]);
  });

  it("a changed field type in the request body is breaking", () => {
    const { status, report } = reportFor("changed-type.yml");
    expect(status).toBe(1);
    expect(report.changes).toEqual([
      expect.objectContaining({
        kind: "changed",
        breaking: true,
        operation: "POST /targetingAudienceInsights",
        operationId: "getAudienceInsights",
        location: "POST /targetingAudienceInsights › request body › request.groupBy",
        message: "type changed from string to array<string>",
      }),
    ]);
  });

  it("an added optional response field is non-breaking", () => {
    const { status, report } = reportFor("added-optional-field.yml");
    expect(status).toBe(0);
    expect(report.old.version).toBe("1.0.0");
    expect(report.new.version).toBe("1.1.0");
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        kind: "added",
        breaking: false,
        location: `${ENTITIES} › response 200 › elements[].entityType`,
        message: "new response field (string)",
      }),
    );
  });

  it("a removed TargetingCriteria schema: the correction no longer applies (breaking), and its field is gone", () => {
    const { status, report } = reportFor("removed-targeting-criteria.yml");
    expect(status).toBe(1);
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        kind: "removed",
        breaking: true,
        location: "spec/overlays/corrections.overlay.yaml › targeting-criteria-exclude",
        message: expect.stringMatching(
          /^correction no longer applies: targeting-criteria-exclude \(action #\d+\): target \$\.components\.schemas\.TargetingCriteria\.properties no longer exists/,
        ),
      }),
    );
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        kind: "removed",
        breaking: true,
        location: "POST /targetingAudienceInsights › request body › request.targetingCriteria.exclude",
      }),
    );
  });

  it("Markdown: a headline with counts, then breaking and other changes grouped by operation", () => {
    const r = specDiff(upstream, fixture("narrowed-enum.yml"));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        "# API changes: LinkedIn Marketing Audience Insights API 1.0.0 → 1.0.0",
        "",
        "`spec/linkedin-marketing-audience-insights.yml` → `test/fixtures/specs/narrowed-enum.yml` (both with the spec/overlays layer applied)",
        "",
        "**2 changes: 1 breaking, 1 other.**",
        "",
        "## Breaking changes",
        "",
        "### GET /adTargetingEntities (searchAdTargetingEntities)",
        "",
        '- **removed** `query param "queryVersion"`: enum value "QUERY_USES_URNS" removed (requests sending it are now invalid)',
        "",
        "## Other changes",
        "",
        "### GET /adTargetingEntities (searchAdTargetingEntities)",
        "",
        '- **added** `query param "queryVersion"`: enum value "QUERY_USES_IDS" added',
        "",
      ].join("\n"),
    );
    expect(r.stderr).toContain("1 breaking change(s)");
  });

  it("exit 2 with a clear message: not OpenAPI, unreadable, invalid YAML, wrong arguments", () => {
    const notOpenApi = specDiff(upstream, fixture("not-openapi.yml"));
    expect(notOpenApi.status).toBe(2);
    expect(notOpenApi.stderr).toContain("test/fixtures/specs/not-openapi.yml: not an OpenAPI 3.x document");
    expect(notOpenApi.stdout).toBe("");

    const missing = specDiff(join(tmp, "nope.yml"), upstream);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yml: cannot read the file \(no such file\)/);

    const swagger = join(tmp, "swagger.yml");
    writeFileSync(swagger, 'swagger: "2.0"\ninfo: { title: x, version: "1" }\npaths: {}\n');
    expect(specDiff(upstream, swagger).stderr).toContain("not an OpenAPI 3.x document");

    const broken = join(tmp, "broken.yml");
    writeFileSync(broken, "openapi: 3.1.0\ninfo: [unclosed\n");
    const bad = specDiff(upstream, broken);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("not valid YAML/JSON");

    const usage = specDiff(upstream);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("expected two spec files");
    expect(usage.stderr).toContain("usage: npm run spec:diff");
    expect(specDiff(upstream, upstream, "--jsn").stderr).toContain("unknown option --jsn");
  });
});
