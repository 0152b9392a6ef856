// Conformance checks against the bundled spec (generated/openapi.json, OpenAPI 3.1 = JSON Schema 2020-12):
// requests and responses are validated with ajv and every problem is returned as a sentence.

import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

type Json = Record<string, unknown>;

const SPEC_PATH = new URL("../../generated/openapi.json", import.meta.url);
/** The bundled spec, parsed once. */
export const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as Json;
const DOC_ID = "openapi.json";

export interface ValidateOptions {
  /** Treat every object schema as closed (`additionalProperties: false`): unknown fields become problems. */
  closed?: boolean;
  /**
   * For a status the operation does not document (426, 429, 5xx …, or any error of an unknown path):
   * validate the body as the spec's `ErrorResponse` instead of reporting the status itself.
   */
  allowUndocumentedErrors?: boolean;
}

/** A request as a test sees it: decoded query values, headers in any case. */
export interface RequestToValidate {
  method: string;
  /** "/adTargetingEntities" or "/rest/adTargetingEntities" (a query string is ignored). */
  path: string;
  query?: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  body?: unknown;
}

interface Operation {
  pointer: string;
  op: Json;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Deep copy with `additionalProperties: false` on every object schema that has `properties` and no rule of its own. */
function closeSchemas(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closeSchemas);
  if (typeof value !== "object" || value === null) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) out[k] = closeSchemas(v);
  if (out.properties !== undefined && out.additionalProperties === undefined && typeof out.properties === "object") {
    out.additionalProperties = false;
  }
  return out;
}

const instances = new Map<boolean, { ajv: Ajv2020; cache: Map<string, ValidateFunction> }>();

function validator(pointer: string, closed: boolean): ValidateFunction {
  let instance = instances.get(closed);
  if (!instance) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
    const doc = closed ? { ...spec, components: closeSchemas(spec.components) } : spec;
    ajv.addSchema(doc as Json, DOC_ID);
    instance = { ajv, cache: new Map() };
    instances.set(closed, instance);
  }
  let fn = instance.cache.get(pointer);
  if (!fn) {
    fn = instance.ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
    instance.cache.set(pointer, fn);
  }
  return fn;
}

function schemaProblems(pointer: string, data: unknown, closed: boolean, where: string): string[] {
  const fn = validator(pointer, closed);
  if (fn(data)) return [];
  return (fn.errors ?? []).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : "";
    const allowed = e.keyword === "enum" ? ` ${JSON.stringify(e.params.allowedValues)}` : "";
    return `${where}${e.instancePath || ""} ${e.message ?? e.keyword}${allowed}${extra}`;
  });
}

function normalisePath(path: string): string {
  const bare = path.split("?")[0]!;
  return bare === "/rest" ? "/" : bare.startsWith("/rest/") ? bare.slice(5) : bare;
}

/** The spec's operation for a method and path, or undefined. */
export function findOperation(method: string, path: string): Operation | undefined {
  const p = normalisePath(path);
  const paths = spec.paths as Record<string, Json>;
  const item = Object.hasOwn(paths, p) ? paths[p] : undefined;
  const m = method.toLowerCase();
  const op = item?.[m] as Json | undefined;
  return op ? { pointer: `/paths/${escapePointer(p)}/${m}`, op } : undefined;
}

/** Problems with a response (status and JSON body) against the spec; empty when it conforms. */
export function validateResponse(
  method: string,
  path: string,
  status: number,
  body: unknown,
  options: ValidateOptions = {},
): string[] {
  const closed = options.closed ?? false;
  const where = `${method.toUpperCase()} ${normalisePath(path)} → ${status}: body`;
  const asError = (): string[] => {
    const problems = schemaProblems("/components/schemas/ErrorResponse", body, closed, where);
    const s = (body as Json | null)?.status;
    if (typeof body === "object" && body !== null && s !== undefined && s !== status) {
      problems.push(`${where}.status is ${JSON.stringify(s)} but the HTTP status is ${status}`);
    }
    return problems;
  };
  const found = findOperation(method, path);
  if (!found) {
    if (options.allowUndocumentedErrors && status >= 400) return asError();
    return [`${method.toUpperCase()} ${normalisePath(path)} is not an operation of the spec`];
  }
  const responses = (found.op.responses ?? {}) as Record<string, Json>;
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => Object.hasOwn(responses, k));
  if (key === undefined) {
    if (options.allowUndocumentedErrors && status >= 400) return asError();
    return [
      `${method.toUpperCase()} ${normalisePath(path)}: status ${status} is not documented (documented: ${Object.keys(responses).join(", ")})`,
    ];
  }
  const content = responses[key]!.content as Record<string, Json> | undefined;
  if (!content?.["application/json"]?.schema) return [];
  const pointer = `${found.pointer}/responses/${key}/content/application~1json/schema`;
  const problems = schemaProblems(pointer, body, closed, where);
  if (status >= 400) {
    const s = (body as Json | null)?.status;
    if (s !== undefined && s !== status)
      problems.push(`${where}.status is ${JSON.stringify(s)} but the HTTP status is ${status}`);
  }
  return problems;
}

/** Problems with a request against the spec (security, headers, query parameters, body); empty when it conforms. */
export function validateRequest(request: RequestToValidate, options: ValidateOptions = {}): string[] {
  const found = findOperation(request.method, request.path);
  const label = `${request.method.toUpperCase()} ${normalisePath(request.path)}`;
  if (!found) return [`${label} is not an operation of the spec`];
  const problems: string[] = [];
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = v;
  const query = request.query ?? {};

  if (spec.security !== undefined && !/^Bearer \S+$/i.test(headers["authorization"] ?? "")) {
    problems.push(`${label}: the spec requires OAuth2 (Authorization: Bearer <token>)`);
  }

  // Rest.li finders share one operation; `x-restli-finders` (spec/overlays) lists each finder's required params.
  const finders = (found.op["x-restli-finders"] ?? {}) as Record<string, string[]>;
  const finder = query.q;
  const finderRequires = finder !== undefined && Object.hasOwn(finders, finder) ? finders[finder]! : undefined;
  const otherFindersOnly = new Set(
    Object.entries(finders)
      .filter(([name]) => name !== finder)
      .flatMap(([, params]) => params)
      .filter((param) => !finderRequires?.includes(param)),
  );

  const params = ((found.op.parameters ?? []) as Json[]).map((p, i) => ({ p, i }));
  const declared = new Set<string>();
  for (const { p, i } of params) {
    const name = String(p.name);
    const location = String(p.in);
    if (location === "query") declared.add(name);
    const value = location === "header" ? headers[name.toLowerCase()] : location === "query" ? query[name] : undefined;
    const required = p.required === true || (location === "query" && finderRequires?.includes(name) === true);
    if (value === undefined) {
      if (required)
        problems.push(
          `${label}: required ${location} parameter ${name} is missing${finderRequires?.includes(name) ? ` (q=${finder})` : ""}`,
        );
      continue;
    }
    if (location === "query" && finderRequires && otherFindersOnly.has(name)) {
      problems.push(`${label}: query parameter ${name} is not used by the q=${finder} finder`);
    }
    const schema = p.schema as Json | undefined;
    if (!schema) continue;
    // Query text as the server reads it: integers and booleans are written as text.
    const typed =
      schema.type === "integer" && /^-?\d+$/.test(value)
        ? Number(value)
        : schema.type === "boolean" && (value === "true" || value === "false")
          ? value === "true"
          : value;
    problems.push(
      ...schemaProblems(
        `${found.pointer}/parameters/${i}/schema`,
        typed,
        false,
        `${label}: ${location} parameter ${name}`,
      ),
    );
  }
  for (const name of Object.keys(query)) {
    if (!declared.has(name)) problems.push(`${label}: query parameter ${name} is not in the spec`);
  }

  const requestBody = found.op.requestBody as Json | undefined;
  if (requestBody) {
    if (request.body === undefined) {
      if (requestBody.required === true) problems.push(`${label}: the request body is required`);
    } else {
      const pointer = `${found.pointer}/requestBody/content/application~1json/schema`;
      problems.push(...schemaProblems(pointer, request.body, options.closed ?? false, `${label}: body`));
    }
  }
  return problems;
}
