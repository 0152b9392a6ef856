// JSON Schemas of `li-audience … --json`, one per command: what scripts may rely on.
import { Ajv, type ValidateFunction } from "ajv";

const meta = {
  type: "object",
  required: ["tool", "version", "apiVersion", "generatedAt", "requests", "requestIds"],
  additionalProperties: false,
  properties: {
    tool: { const: "li-audience" },
    version: { type: "string" },
    apiVersion: { type: "string", pattern: "^\\d{6}(\\.\\d{2})?$" },
    generatedAt: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T" },
    requests: { type: "integer", minimum: 0 }, // 0 when the cache answered everything
    requestIds: { type: "array", items: { type: "string", minLength: 1 } },
  },
};
const urn = { type: "string", pattern: "^urn:li:" };
const term = {
  type: "object",
  required: ["facet", "text", "name", "urn"],
  additionalProperties: false,
  properties: { facet: { type: "string" }, text: { type: "string" }, name: { type: "string" }, urn },
};
const persona = {
  type: "object",
  required: ["description", "include", "exclude", "targetingCriteria"],
  properties: {
    description: { type: "string", pattern: "^Members whose " },
    include: { type: "array", minItems: 1, items: term },
    exclude: { type: "array", items: term },
    targetingCriteria: {
      type: "object",
      required: ["include"],
      properties: { include: { type: "object" }, exclude: { type: "object" } },
    },
    totalAudienceCount: { type: "integer", minimum: 0 },
    derived: { type: "boolean" },
  },
};
const segment = {
  type: "object",
  required: ["urn", "members", "share"],
  additionalProperties: false,
  properties: {
    urn,
    name: { type: "string" },
    members: { type: "integer", minimum: 0 },
    share: { type: "number", minimum: 0, maximum: 100 },
  },
};
const affinity = {
  type: "object",
  required: ["urn", "members", "share", "indexIsLowerBound"],
  additionalProperties: false,
  properties: {
    urn,
    name: { type: "string" },
    members: { type: "integer", minimum: 0 },
    share: { type: "number", minimum: 0, maximum: 100 },
    baselineMembers: { type: "integer", minimum: 0 },
    baselineShare: { type: "number", minimum: 0, maximum: 100 },
    index: { type: "number", minimum: 0 },
    indexIsLowerBound: { type: "boolean" },
  },
};
const breakdowns = {
  type: "array",
  minItems: 1,
  items: {
    type: "object",
    required: ["groupBy", "groupedBy", "segments"],
    additionalProperties: false,
    properties: {
      groupBy: { type: "string" },
      groupedBy: { type: "string", pattern: "^urn:li:adTargetingFacet:" },
      segments: { type: "array", items: segment },
    },
  },
};

export const schemas = {
  facets: {
    type: "object",
    required: ["command", "facets", "meta"],
    additionalProperties: false,
    properties: {
      command: { const: "facets" },
      meta,
      facets: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["facetName", "urn", "entityTypes", "availableEntityFinders"],
          additionalProperties: false,
          properties: {
            facetName: { type: "string" },
            urn: { type: "string", pattern: "^urn:li:adTargetingFacet:" },
            entityTypes: { type: "array", items: { type: "string" } },
            availableEntityFinders: { type: "array", items: { type: "string" } },
          },
        },
      },
    },
  },
  search: {
    type: "object",
    required: ["command", "facet", "text", "finder", "entities", "meta"],
    additionalProperties: false,
    properties: {
      command: { const: "search" },
      meta,
      facet: { type: "string", pattern: "^urn:li:adTargetingFacet:" },
      text: { type: "string" },
      finder: { enum: ["typeahead", "list"] },
      entities: {
        type: "array",
        items: {
          type: "object",
          required: ["name", "urn"],
          additionalProperties: false,
          properties: { name: { type: "string" }, urn },
        },
      },
    },
  },
  insights: {
    type: "object",
    required: ["command", "persona", "totalAudienceCount", "breakdowns", "meta"],
    additionalProperties: false,
    properties: {
      command: { enum: ["insights", "profile"] },
      meta,
      persona,
      totalAudienceCount: { type: "integer", minimum: 0 },
      breakdowns,
    },
  },
  compare: {
    type: "object",
    required: ["command", "persona", "baseline", "groupBy", "groupedBy", "minimum", "segments", "belowMinimum", "meta"],
    additionalProperties: false,
    properties: {
      command: { const: "compare" },
      meta,
      persona: { ...persona, required: [...persona.required, "totalAudienceCount"] },
      baseline: { ...persona, required: [...persona.required, "totalAudienceCount", "derived"] },
      groupBy: { type: "string" },
      groupedBy: { type: "string" },
      minimum: {
        type: "object",
        required: ["share", "members"],
        additionalProperties: false,
        properties: { share: { type: "number" }, members: { type: "number" } },
      },
      segments: { type: "array", items: affinity },
      belowMinimum: { type: "array", items: affinity },
    },
  },
  versions: {
    type: "object",
    required: ["command", "oldest", "newest", "skipped", "probedAt", "defaultVersion", "sent", "meta"],
    additionalProperties: false,
    properties: {
      command: { const: "versions" },
      meta,
      oldest: { type: "string", pattern: "^\\d{6}$" },
      newest: { type: "string", pattern: "^\\d{6}$" },
      skipped: { type: "array", items: { type: "string", pattern: "^\\d{6}$" } },
      probedAt: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T" },
      defaultVersion: {
        type: "object",
        required: ["version", "served", "estimatedSunset"],
        additionalProperties: false,
        properties: {
          version: { type: "string", pattern: "^\\d{6}(\\.\\d{2})?$" },
          served: { type: "boolean" },
          estimatedSunset: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
        },
      },
      sent: { type: "string", pattern: "^\\d{6}(\\.\\d{2})?$" },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
const compiled = new Map<string, ValidateFunction>();

/** Parses `--json` output and checks it against the command's schema; returns the parsed value. */
export function validJson<T = Record<string, unknown>>(kind: keyof typeof schemas, text: string): T {
  const validate = compiled.get(kind) ?? ajv.compile(schemas[kind]);
  compiled.set(kind, validate);
  const value = JSON.parse(text) as unknown;
  if (!validate(value)) throw new Error(`--json of ${kind} breaks its schema: ${ajv.errorsText(validate.errors)}`);
  return value as T;
}
