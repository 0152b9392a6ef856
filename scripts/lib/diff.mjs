// The comparison engine behind `npm run spec:diff` and `npm run spec:bump`: walks two parsed OpenAPI 3.x
// documents (overlay layer already applied) and lists what changed for a client of the API.
//
// Every change is { kind, breaking, noteworthy, operation, operationId, location, message }:
//   kind        "added" | "removed" | "changed"
//   breaking    true when SDK code or requests that worked against the old document can fail against the new
//   noteworthy  non-breaking, but worth a look (e.g. a response enum that grows: a client's switch may miss it)
//   operation   "GET /adTargetingEntities", or null for document-level changes (info, servers, overlay layer)
//   location    "GET /adTargetingEntities › query param \"count\"", "POST /x › request body › request.groupBy"
//               Field paths: `a.b` nested property, `[]` array items, `{*}` additionalProperties values.
//
// Which way a schema change breaks depends on the direction: a request schema (parameters, request body) is
// written by the client, so narrowing it (new required field, removed enum value, stricter bounds) breaks;
// a response schema is read by the client, so taking something away (removed field, required → optional,
// newly nullable) breaks, and growth (new enum value) is noteworthy only. Any type change breaks.

import { HTTP_METHODS } from "../../src/internal/http-methods.mjs";

const MAX_DEPTH = 64;

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v) => JSON.stringify(v);
const REQUEST = "request";
const RESPONSE = "response";

/** Follows local `#/a/b` JSON pointers; returns undefined for a pointer that does not resolve. */
function pointer(doc, ref) {
  if (typeof ref !== "string" || !ref.startsWith("#")) return undefined;
  if (ref === "#" || ref === "#/") return doc;
  let node = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Resolves a node's $ref chain (sibling keys of a $ref, allowed in 3.1, override the target's). Returns the
 * resolved node and the last ref followed (the identity used for cycle protection), or `unresolved` for a ref
 * that points nowhere (external files are not followed: they are compared by their ref string).
 */
function deref(doc, node) {
  let ref;
  const siblings = [];
  for (let hops = 0; isObject(node) && typeof node.$ref === "string"; hops++) {
    const target = hops < 32 ? pointer(doc, node.$ref) : undefined;
    if (target === undefined) return { node, ref: node.$ref, unresolved: true };
    ref = node.$ref;
    const { $ref: _ignored, ...rest } = node;
    if (Object.keys(rest).length > 0) siblings.unshift(rest);
    node = target;
  }
  if (siblings.length > 0 && isObject(node)) node = Object.assign({}, node, ...siblings);
  return { node, ref };
}

/** Resolves $refs and folds allOf members into one schema (properties and required lists merged). */
function normalize(doc, schema, seen = new Set()) {
  const { node, ref, unresolved } = deref(doc, schema);
  if (unresolved || !isObject(node)) return { schema: node, ref, unresolved };
  if (!Array.isArray(node.allOf)) return { schema: node, ref };
  const { allOf, ...base } = node;
  const merged = { ...base, properties: { ...(base.properties ?? {}) }, required: [...(base.required ?? [])] };
  for (const member of allOf) {
    const key = isObject(member) && typeof member.$ref === "string" ? member.$ref : member;
    if (seen.has(key)) continue;
    const part = normalize(doc, member, new Set([...seen, key])).schema;
    if (!isObject(part)) continue;
    for (const [k, v] of Object.entries(part)) {
      if (k === "properties") Object.assign(merged.properties, v);
      else if (k === "required") merged.required.push(...(Array.isArray(v) ? v : []));
      else if (!(k in merged)) merged[k] = v;
    }
  }
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  if (merged.required.length === 0) delete merged.required;
  else merged.required = [...new Set(merged.required)];
  return { schema: merged, ref };
}

/** The schema's types as a sorted list ("null" included for 3.0 `nullable: true`); [] means any. */
function typesOf(s) {
  if (!isObject(s)) return [];
  let list = s.type === undefined ? [] : Array.isArray(s.type) ? [...s.type] : [s.type];
  if (list.length === 0) {
    if (s.properties || s.additionalProperties !== undefined) list = ["object"];
    else if (s.items) list = ["array"];
  }
  if (s.nullable === true && list.length > 0 && !list.includes("null")) list.push("null");
  return [...new Set(list)].sort();
}

/** A short type label for messages: `string`, `array<string>`, `integer | null`, `any`. */
function typeLabel(doc, schema, depth = 0) {
  const { schema: s } = normalize(doc, schema);
  const list = typesOf(s);
  if (list.length === 0) return Array.isArray(s?.oneOf) ? "oneOf" : Array.isArray(s?.anyOf) ? "anyOf" : "any";
  return list
    .map((t) => (t === "array" && depth < 3 && s.items ? `array<${typeLabel(doc, s.items, depth + 1)}>` : t))
    .join(" | ");
}

function enumOf(s) {
  if (!isObject(s)) return undefined;
  if (Array.isArray(s.enum)) return s.enum;
  if (s.const !== undefined) return [s.const];
  return undefined;
}

function additionalOf(s) {
  const ap = s?.additionalProperties;
  if (ap === false) return "none";
  if (ap === undefined) return "unspecified";
  if (ap === true || (isObject(ap) && Object.keys(ap).length === 0)) return "any";
  return "schema";
}

/** Collects changes; `at` builds the location strings of one operation. */
class Collector {
  changes = [];
  constructor(oldDoc, newDoc) {
    this.oldDoc = oldDoc;
    this.newDoc = newDoc;
  }
  add(change) {
    this.changes.push({
      kind: change.kind,
      breaking: Boolean(change.breaking),
      noteworthy: Boolean(change.noteworthy) && !change.breaking,
      operation: change.operation ?? null,
      operationId: change.operationId ?? null,
      location: change.location,
      message: change.message,
    });
  }
}

/** One place in an operation: the operation, the section (`query param "q"`, `request body`), a field path. */
function place(op, section, field = "") {
  return [op.label, section, field].filter(Boolean).join(" › ");
}

function join(path, segment) {
  if (segment === "[]" || segment === "{*}") return `${path}${segment}`;
  return path ? `${path}.${segment}` : segment;
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas

/**
 * Compares two schemas at one location. ctx: { c, op, section, direction, stack, depth }.
 * `field` is the path inside the section's schema ("" for its root).
 */
function diffSchema(ctx, oldRaw, newRaw, field) {
  const { c, op, section, direction } = ctx;
  if (ctx.depth > MAX_DEPTH) return;
  const o = normalize(c.oldDoc, oldRaw);
  const n = normalize(c.newDoc, newRaw);
  const loc = place(op, section, field);
  const emit = (kind, breaking, message, noteworthy = false) =>
    c.add({ kind, breaking, noteworthy, operation: op.label, operationId: op.operationId, location: loc, message });

  if (o.unresolved || n.unresolved) {
    if (o.ref !== n.ref || o.unresolved !== n.unresolved) {
      emit(
        "changed",
        true,
        `schema changed from ${o.ref ?? typeLabel(c.oldDoc, oldRaw)} to ${n.ref ?? typeLabel(c.newDoc, newRaw)} (unresolved $ref, not compared further)`,
      );
    }
    return;
  }
  const a = o.schema;
  const b = n.schema;
  if (!isObject(a) || !isObject(b)) return;

  // Cycle protection: a pair of $refs already being compared further up this branch is not walked again.
  const key = o.ref || n.ref ? `${o.ref ?? ""}→${n.ref ?? ""}` : undefined;
  if (key && ctx.stack.has(key)) return;
  const inner = { ...ctx, depth: ctx.depth + 1, stack: key ? new Set([...ctx.stack, key]) : ctx.stack };

  const req = direction === REQUEST;

  // Types
  const ta = typesOf(a);
  const tb = typesOf(b);
  const typeChanged = show(ta) !== show(tb);
  if (typeChanged) {
    const withoutNull = (l) => l.filter((t) => t !== "null");
    const from = typeLabel(c.oldDoc, oldRaw);
    const to = typeLabel(c.newDoc, newRaw);
    if (ta.length > 0 && tb.length > 0 && show(withoutNull(ta)) === show(withoutNull(tb))) {
      const nowNullable = tb.includes("null");
      // Newly nullable: fine to send, a surprise to read. No longer nullable: the reverse.
      const breaking = nowNullable ? !req : req;
      emit("changed", breaking, `${nowNullable ? "may now be null" : "can no longer be null"} (type ${from} → ${to})`);
    } else if (ta.length === 0) {
      emit("changed", req, `now typed as ${to} (was any)`);
    } else if (tb.length === 0) {
      emit("changed", !req, `no longer typed (was ${from}, now any)`);
    } else {
      emit("changed", true, `type changed from ${from} to ${to}`);
    }
  }

  // format (int32 → int64, date-time → date): a changed format is a changed type.
  if (a.format !== b.format) {
    if (a.format !== undefined && b.format !== undefined) {
      emit("changed", true, `format changed from ${show(a.format)} to ${show(b.format)}`);
    } else if (b.format !== undefined) {
      emit("changed", false, `format ${show(b.format)} added`);
    } else {
      emit("changed", false, `format ${show(a.format)} removed`);
    }
  }

  diffEnum(emit, req, a, b, ctx);
  diffBounds(emit, req, a, b);

  if (a.default !== undefined || b.default !== undefined) {
    if (show(a.default) !== show(b.default)) {
      emit("changed", false, `default changed from ${show(a.default) ?? "none"} to ${show(b.default) ?? "none"}`, true);
    }
  }
  if (!a.deprecated && b.deprecated) emit("changed", false, "deprecated", true);

  // Objects: properties, required-ness, additionalProperties.
  if (ta.includes("object") && tb.includes("object")) diffObject(inner, a, b, field);
  if (ta.includes("array") && tb.includes("array") && (a.items || b.items)) {
    if (a.items && b.items) diffSchema(inner, a.items, b.items, join(field, "[]"));
    // Typed items narrow what a request may send; untyped items widen what a response may hold.
    else
      emit(
        "changed",
        b.items ? req : !req,
        `array items ${b.items ? `now typed as ${typeLabel(c.newDoc, b.items)}` : "no longer typed"}`,
      );
  }

  // oneOf / anyOf: compared variant by variant, by position.
  for (const combiner of ["oneOf", "anyOf"]) {
    const va = Array.isArray(a[combiner]) ? a[combiner] : [];
    const vb = Array.isArray(b[combiner]) ? b[combiner] : [];
    if (va.length === 0 && vb.length === 0) continue;
    const shared = Math.min(va.length, vb.length);
    for (let i = 0; i < shared; i++) diffSchema(inner, va[i], vb[i], join(field, `<${combiner} #${i + 1}>`));
    for (let i = shared; i < vb.length; i++) {
      emit("added", false, `${combiner} variant #${i + 1} added (${typeLabel(c.newDoc, vb[i])})`, !req);
    }
    for (let i = shared; i < va.length; i++) {
      emit("removed", req, `${combiner} variant #${i + 1} removed (${typeLabel(c.oldDoc, va[i])})`);
    }
  }
}

function diffEnum(emit, req, a, b, ctx) {
  const ea = enumOf(a);
  const eb = enumOf(b);
  if (!ea && !eb) return;
  const finder = ctx.finderParam; // "q" (Rest.li finder) or "action" (Rest.li action) query parameter
  if (ea && eb) {
    const sa = new Set(ea.map(show));
    const sb = new Set(eb.map(show));
    for (const v of eb) {
      if (sa.has(show(v))) continue;
      if (finder) emit("added", false, `Rest.li ${finder === "q" ? "finder" : "action"} ${finder}=${v} added`);
      else if (req) emit("added", false, `enum value ${show(v)} added`);
      else emit("added", false, `enum value ${show(v)} added; clients that switch on this value must handle it`, true);
    }
    for (const v of ea) {
      if (sb.has(show(v))) continue;
      if (finder) emit("removed", true, `Rest.li ${finder === "q" ? "finder" : "action"} ${finder}=${v} removed`);
      else if (req) emit("removed", true, `enum value ${show(v)} removed (requests sending it are now invalid)`);
      else emit("removed", false, `enum value ${show(v)} removed (no longer returned)`);
    }
  } else if (eb) {
    emit("changed", req, `now restricted to enum ${show(eb)}`);
  } else {
    emit("changed", false, `no longer restricted to enum ${show(ea)}`, !req);
  }
}

// lower: a bigger new value narrows; upper: a smaller new value narrows.
const BOUNDS = [
  ["minimum", "lower"],
  ["exclusiveMinimum", "lower"],
  ["minLength", "lower"],
  ["minItems", "lower"],
  ["minProperties", "lower"],
  ["maximum", "upper"],
  ["exclusiveMaximum", "upper"],
  ["maxLength", "upper"],
  ["maxItems", "upper"],
  ["maxProperties", "upper"],
];

function diffBounds(emit, req, a, b) {
  for (const [name, side] of BOUNDS) {
    const x = a[name];
    const y = b[name];
    if (show(x) === show(y)) continue;
    let narrowed;
    if (typeof y === "boolean" || typeof x === "boolean") narrowed = y === true;
    else if (y === undefined) narrowed = false;
    else if (x === undefined) narrowed = true;
    else narrowed = side === "lower" ? y > x : y < x;
    const message =
      y === undefined
        ? `${name} ${show(x)} removed`
        : x === undefined
          ? `${name} ${show(y)} added`
          : `${name} changed from ${show(x)} to ${show(y)}`;
    emit(
      "changed",
      req && narrowed,
      `${message}${req && narrowed ? " (narrower: requests valid before may be rejected)" : ""}`,
    );
  }
  if (a.pattern !== b.pattern) {
    const message =
      b.pattern === undefined
        ? `pattern removed`
        : a.pattern === undefined
          ? `pattern ${show(b.pattern)} added`
          : `pattern changed from ${show(a.pattern)} to ${show(b.pattern)}`;
    emit("changed", req && b.pattern !== undefined, message);
  }
}

function diffObject(ctx, a, b, field) {
  const { c, op, section, direction } = ctx;
  const req = direction === REQUEST;
  const pa = isObject(a.properties) ? a.properties : {};
  const pb = isObject(b.properties) ? b.properties : {};
  const ra = new Set(Array.isArray(a.required) ? a.required : []);
  const rb = new Set(Array.isArray(b.required) ? b.required : []);
  const names = [...new Set([...Object.keys(pa), ...Object.keys(pb)])];
  for (const name of names) {
    const path = join(field, name);
    const loc = place(op, section, path);
    const emit = (kind, breaking, message, noteworthy = false) =>
      c.add({ kind, breaking, noteworthy, operation: op.label, operationId: op.operationId, location: loc, message });
    if (!(name in pa)) {
      const type = typeLabel(c.newDoc, pb[name]);
      if (req && rb.has(name)) emit("added", true, `new required request field (${type})`);
      else if (req) emit("added", false, `new optional request field (${type})`);
      else emit("added", false, `new response field (${type})`);
      continue;
    }
    if (!(name in pb)) {
      if (req) emit("removed", true, "request field removed (requests sending it may be rejected)");
      else emit("removed", true, "response field removed");
      continue;
    }
    if (ra.has(name) !== rb.has(name)) {
      const nowRequired = rb.has(name);
      if (req) {
        emit(
          "changed",
          nowRequired,
          `request field is now ${nowRequired ? "required (was optional)" : "optional (was required)"}`,
        );
      } else {
        emit(
          "changed",
          !nowRequired,
          `response field is now ${nowRequired ? "always present (was optional)" : "optional (was required): it may be absent"}`,
        );
      }
    }
    diffSchema(ctx, pa[name], pb[name], path);
  }
  // Required names without a property schema.
  for (const name of rb) {
    if (name in pa || name in pb || ra.has(name)) continue;
    if (req) {
      const loc = place(op, section, join(field, name));
      c.add({
        kind: "changed",
        breaking: true,
        operation: op.label,
        operationId: op.operationId,
        location: loc,
        message: "request field is now required",
      });
    }
  }

  // additionalProperties
  const xa = additionalOf(a);
  const xb = additionalOf(b);
  const loc = place(op, section, join(field, "{*}"));
  const emit = (kind, breaking, message, noteworthy = false) =>
    c.add({ kind, breaking, noteworthy, operation: op.label, operationId: op.operationId, location: loc, message });
  const label = { none: "not allowed", unspecified: "not specified", any: "any values" };
  if (xa === "schema" && xb === "schema") {
    diffSchema(ctx, a.additionalProperties, b.additionalProperties, join(field, "{*}"));
  } else if (xa !== xb && !(xa !== "schema" && xb !== "schema" && xa !== "none" && xb !== "none")) {
    const from = xa === "schema" ? `${typeLabel(c.oldDoc, a.additionalProperties)} values` : label[xa];
    const to = xb === "schema" ? `${typeLabel(c.newDoc, b.additionalProperties)} values` : label[xb];
    // Fewer extra keys accepted narrows a request; a looser or new map widens what a response can hold.
    const rank = { none: 0, schema: 1, unspecified: 2, any: 2 };
    const narrower = rank[xb] < rank[xa];
    const breaking = req ? narrower : !narrower && xa !== "none";
    emit("changed", breaking, `additionalProperties changed from ${from} to ${to}`, !breaking && !req && !narrower);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

function operationsOf(doc) {
  const ops = new Map();
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = deref(doc, rawItem).node;
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      if (!isObject(item[method])) continue;
      const label = `${method.toUpperCase()} ${path}`;
      ops.set(label, { label, method, path, item, op: item[method], operationId: item[method].operationId });
    }
  }
  return ops;
}

function paramKey(p) {
  return `${p.in}:${p.in === "header" ? String(p.name).toLowerCase() : p.name}`;
}

/** Path-level parameters overridden by the operation's, keyed by location + name. */
function parametersOf(doc, entry) {
  const params = new Map();
  for (const list of [entry.item.parameters, entry.op.parameters]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const p = deref(doc, raw).node;
      if (isObject(p) && typeof p.name === "string" && typeof p.in === "string") params.set(paramKey(p), p);
    }
  }
  return params;
}

function paramSchema(p) {
  if (p.schema !== undefined) return p.schema;
  if (isObject(p.content)) return Object.values(p.content)[0]?.schema;
  return undefined;
}

const isRequired = (p) => p.required === true || p.in === "path";
const paramLabel = (p) => `${p.in} param "${p.name}"`;

function diffParameters(c, op, oldEntry, newEntry) {
  const pa = parametersOf(c.oldDoc, oldEntry);
  const pb = parametersOf(c.newDoc, newEntry);
  const emit = (kind, breaking, location, message, noteworthy = false) =>
    c.add({ kind, breaking, noteworthy, operation: op.label, operationId: op.operationId, location, message });

  const removed = [...pa.keys()].filter((k) => !pb.has(k));
  const added = [...pb.keys()].filter((k) => !pa.has(k));
  // A parameter that changed location (query → header) is one change, not a removal and an addition.
  const moved = new Map();
  for (const k of removed) {
    const p = pa.get(k);
    const to = added.find((n) => !moved.has(n) && pb.get(n).name.toLowerCase() === p.name.toLowerCase());
    if (to) moved.set(to, k);
  }
  for (const [to, from] of moved) {
    const p = pa.get(from);
    const q = pb.get(to);
    emit("changed", true, place(op, paramLabel(p)), `moved from ${p.in} to ${q.in} (${paramLabel(q)})`);
  }
  for (const k of added) {
    if (moved.has(k)) continue;
    const p = pb.get(k);
    const type = typeLabel(c.newDoc, paramSchema(p));
    if (isRequired(p)) emit("added", true, place(op, paramLabel(p)), `new required ${p.in} parameter (${type})`);
    else emit("added", false, place(op, paramLabel(p)), `new optional ${p.in} parameter (${type})`);
  }
  for (const k of removed) {
    if ([...moved.values()].includes(k)) continue;
    const p = pa.get(k);
    emit("removed", true, place(op, paramLabel(p)), `${p.in} parameter removed (requests sending it may be rejected)`);
  }
  for (const [k, p] of pa) {
    const q = pb.get(k);
    if (!q) continue;
    const loc = place(op, paramLabel(q));
    if (isRequired(p) !== isRequired(q)) {
      emit(
        "changed",
        isRequired(q),
        loc,
        `${q.in} parameter is now ${isRequired(q) ? "required (was optional)" : "optional (was required)"}`,
      );
    }
    for (const attr of ["style", "explode", "allowReserved"]) {
      if (show(p[attr]) !== show(q[attr])) {
        emit(
          "changed",
          true,
          loc,
          `${attr} changed from ${show(p[attr]) ?? "default"} to ${show(q[attr]) ?? "default"} (serialization changes)`,
        );
      }
    }
    if (!p.deprecated && q.deprecated) emit("changed", false, loc, `${q.in} parameter deprecated`, true);
    const finderParam = q.in === "query" && (q.name === "q" || q.name === "action") ? q.name : undefined;
    diffSchema(
      { c, op, section: paramLabel(q), direction: REQUEST, stack: new Set(), depth: 0, finderParam },
      paramSchema(p) ?? {},
      paramSchema(q) ?? {},
      "",
    );
  }
}

function mediaSection(base, media) {
  return media === "application/json" ? base : `${base} (${media})`;
}

function diffContent(c, op, base, direction, a, b, mediaBreaking) {
  const ca = isObject(a?.content) ? a.content : {};
  const cb = isObject(b?.content) ? b.content : {};
  for (const media of Object.keys(cb)) {
    if (media in ca) continue;
    c.add({
      kind: "added",
      breaking: false,
      operation: op.label,
      operationId: op.operationId,
      location: place(op, mediaSection(base, media)),
      message: `media type ${media} added`,
    });
  }
  for (const media of Object.keys(ca)) {
    if (media in cb) continue;
    c.add({
      kind: "removed",
      breaking: mediaBreaking,
      operation: op.label,
      operationId: op.operationId,
      location: place(op, mediaSection(base, media)),
      message: `media type ${media} removed`,
    });
  }
  for (const media of Object.keys(ca)) {
    if (!(media in cb)) continue;
    const sa = ca[media]?.schema;
    const sb = cb[media]?.schema;
    if (sa === undefined && sb === undefined) continue;
    diffSchema(
      { c, op, section: mediaSection(base, media), direction, stack: new Set(), depth: 0 },
      sa ?? {},
      sb ?? {},
      "",
    );
  }
}

function diffRequestBody(c, op, oldEntry, newEntry) {
  const a = oldEntry.op.requestBody === undefined ? undefined : deref(c.oldDoc, oldEntry.op.requestBody).node;
  const b = newEntry.op.requestBody === undefined ? undefined : deref(c.newDoc, newEntry.op.requestBody).node;
  const loc = place(op, "request body");
  const emit = (kind, breaking, message) =>
    c.add({ kind, breaking, operation: op.label, operationId: op.operationId, location: loc, message });
  if (!a && !b) return;
  if (!a)
    return emit("added", b.required === true, `request body added (${b.required === true ? "required" : "optional"})`);
  if (!b) return emit("removed", true, "request body removed (requests sending one may be rejected)");
  if (Boolean(a.required) !== Boolean(b.required)) {
    emit(
      "changed",
      b.required === true,
      `request body is now ${b.required ? "required (was optional)" : "optional (was required)"}`,
    );
  }
  diffContent(c, op, "request body", REQUEST, a, b, true);
}

const isSuccess = (code) => /^2(\d\d|XX)$/i.test(code);

function diffResponses(c, op, oldEntry, newEntry) {
  const ra = isObject(oldEntry.op.responses) ? oldEntry.op.responses : {};
  const rb = isObject(newEntry.op.responses) ? newEntry.op.responses : {};
  for (const code of Object.keys(rb)) {
    if (code in ra) continue;
    const success = isSuccess(code);
    c.add({
      kind: "added",
      breaking: false,
      noteworthy: success,
      operation: op.label,
      operationId: op.operationId,
      location: place(op, `response ${code}`),
      message: success ? `new success status ${code}: clients must handle it` : `new response status ${code}`,
    });
  }
  for (const code of Object.keys(ra)) {
    if (code in rb) continue;
    const success = isSuccess(code);
    c.add({
      kind: "removed",
      breaking: success,
      operation: op.label,
      operationId: op.operationId,
      location: place(op, `response ${code}`),
      message: success ? `success status ${code} removed` : `response status ${code} no longer documented`,
    });
  }
  for (const code of Object.keys(ra)) {
    if (!(code in rb)) continue;
    const a = deref(c.oldDoc, ra[code]).node;
    const b = deref(c.newDoc, rb[code]).node;
    diffContent(c, op, `response ${code}`, RESPONSE, a, b, isSuccess(code));
  }
}

/** `x-restli-finders` (finder name → required query parameters), when either side has it. */
function diffFinders(c, op, oldEntry, newEntry) {
  const fa = oldEntry.op["x-restli-finders"];
  const fb = newEntry.op["x-restli-finders"];
  if (fa === undefined && fb === undefined) return;
  const loc = place(op, "x-restli-finders");
  const emit = (kind, breaking, message) =>
    c.add({ kind, breaking, operation: op.label, operationId: op.operationId, location: loc, message });
  if (!isObject(fa) || !isObject(fb)) {
    if (show(fa) !== show(fb))
      emit("changed", false, `x-restli-finders changed from ${show(fa) ?? "none"} to ${show(fb) ?? "none"}`);
    return;
  }
  for (const name of Object.keys(fb))
    if (!(name in fa)) emit("added", false, `finder "${name}" added (requires ${show(fb[name])})`);
  for (const name of Object.keys(fa)) if (!(name in fb)) emit("removed", true, `finder "${name}" removed`);
  for (const name of Object.keys(fa)) {
    if (!(name in fb)) continue;
    const before = new Set(Array.isArray(fa[name]) ? fa[name] : []);
    const after = new Set(Array.isArray(fb[name]) ? fb[name] : []);
    for (const p of after) if (!before.has(p)) emit("changed", true, `finder "${name}" now requires "${p}"`);
    for (const p of before) if (!after.has(p)) emit("changed", false, `finder "${name}" no longer requires "${p}"`);
  }
}

function diffOperation(c, oldEntry, newEntry) {
  const op = { label: newEntry.label, operationId: newEntry.operationId ?? oldEntry.operationId ?? null };
  if (oldEntry.operationId !== newEntry.operationId) {
    c.add({
      kind: "changed",
      breaking: true,
      operation: op.label,
      operationId: op.operationId,
      location: place(op, "operationId"),
      message: `operationId changed from ${show(oldEntry.operationId) ?? "none"} to ${show(newEntry.operationId) ?? "none"} (the generated operations type is keyed by it)`,
    });
  }
  if (!oldEntry.op.deprecated && newEntry.op.deprecated) {
    c.add({
      kind: "changed",
      breaking: false,
      noteworthy: true,
      operation: op.label,
      operationId: op.operationId,
      location: op.label,
      message: "operation deprecated",
    });
  }
  diffFinders(c, op, oldEntry, newEntry);
  diffParameters(c, op, oldEntry, newEntry);
  diffRequestBody(c, op, oldEntry, newEntry);
  diffResponses(c, op, oldEntry, newEntry);
}

// ---------------------------------------------------------------------------------------------------------------
// Documents

function diffDocument(c) {
  const { oldDoc: a, newDoc: b } = c;
  const general = (kind, breaking, location, message, noteworthy = false) =>
    c.add({ kind, breaking, noteworthy, location, message });
  if (a.openapi !== b.openapi)
    general("changed", false, "openapi", `OpenAPI version changed from ${a.openapi} to ${b.openapi}`);
  if (a.info?.version !== b.info?.version) {
    general(
      "changed",
      false,
      "info.version",
      `info.version changed from ${show(a.info?.version)} to ${show(b.info?.version)}`,
    );
  }
  if (a.info?.title !== b.info?.title)
    general("changed", false, "info.title", `info.title changed from ${show(a.info?.title)} to ${show(b.info?.title)}`);
  const sa = (Array.isArray(a.servers) ? a.servers : []).map((s) => s?.url);
  const sb = (Array.isArray(b.servers) ? b.servers : []).map((s) => s?.url);
  for (const url of sb) if (!sa.includes(url)) general("added", false, "servers", `server ${url} added`);
  for (const url of sa)
    if (!sb.includes(url))
      general("removed", true, "servers", `server ${url} removed (clients pointed at it must move)`);
  if (sa[0] !== sb[0] && sa[0] !== undefined && sb[0] !== undefined) {
    general(
      "changed",
      false,
      "servers[0]",
      `default server (the SDK's default base URL) changed from ${sa[0]} to ${sb[0]}`,
      true,
    );
  }
}

/**
 * Compares two OpenAPI 3.x documents (overlay layer applied). Returns the list of changes, document-level first,
 * then by operation in the new document's path order (removed operations where they were).
 */
export function diffSpecs(oldDoc, newDoc) {
  const c = new Collector(oldDoc, newDoc);
  diffDocument(c);
  const oldOps = operationsOf(oldDoc);
  const newOps = operationsOf(newDoc);
  const order = [...new Set([...newOps.keys(), ...oldOps.keys()])];
  for (const label of order) {
    const before = oldOps.get(label);
    const after = newOps.get(label);
    if (!before) {
      c.add({
        kind: "added",
        breaking: false,
        operation: label,
        operationId: after.operationId,
        location: label,
        message: `operation ${label} added${after.operationId ? ` (${after.operationId})` : ""}`,
      });
    } else if (!after) {
      c.add({
        kind: "removed",
        breaking: true,
        operation: label,
        operationId: before.operationId,
        location: label,
        message: `operation ${label} removed${before.operationId ? ` (${before.operationId})` : ""}`,
      });
    } else {
      diffOperation(c, before, after);
    }
  }
  return c.changes;
}
