// Applies OpenAPI Overlay 1.0.0 documents (https://spec.openapis.org/overlay/v1.0.0) to a parsed spec.
// Supported targets: the JSONPath subset a correction layer needs — `$`, `.name`, `['name']`, `[n]` and the
// equality filter `[?(@.key == 'value')]`, which must select exactly one array element (so a parameter is
// found by its name, not by a position that could silently shift). Every target names exactly one node. A target that does not exist is an
// error naming the action: when LinkedIn's next file moves or drops a node, the correction must be
// revisited, not silently dropped.

export class OverlayError extends Error {
  name = "OverlayError";
}

/** Splits `$.a['b/c'][0][?(@.name=='q')]` into ["a", "b/c", 0, { key: "name", value: "q" }]. */
export function parseTarget(target) {
  if (typeof target !== "string" || !target.startsWith("$")) {
    throw new OverlayError(`target ${JSON.stringify(target)} must be a JSONPath starting with "$"`);
  }
  const segments = [];
  let i = 1;
  while (i < target.length) {
    const ch = target[i];
    if (ch === ".") {
      const m = /^[A-Za-z0-9_$-]+/.exec(target.slice(i + 1));
      if (!m) throw new OverlayError(`target ${target}: expected a name after "." at position ${i}`);
      segments.push(m[0]);
      i += 1 + m[0].length;
    } else if (ch === "[") {
      const rest = target.slice(i);
      const quoted = /^\[(['"])((?:(?!\1).)*)\1\]/.exec(rest);
      const index = /^\[(\d+)\]/.exec(rest);
      const filter = /^\[\?\(@\.([A-Za-z0-9_$-]+)\s*==\s*(['"])((?:(?!\2).)*)\2\)\]/.exec(rest);
      if (filter) {
        segments.push({ key: filter[1], value: filter[3] });
        i += filter[0].length;
      } else if (quoted) {
        segments.push(quoted[2]);
        i += quoted[0].length;
      } else if (index) {
        segments.push(Number(index[1]));
        i += index[0].length;
      } else {
        throw new OverlayError(
          `target ${target}: unsupported selector at position ${i} (names, indexes and [?(@.key == 'value')] only)`,
        );
      }
    } else {
      throw new OverlayError(`target ${target}: unexpected ${JSON.stringify(ch)} at position ${i}`);
    }
  }
  return segments;
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Overlay merge: objects merge recursively, arrays append, anything else is replaced. */
function merge(target, update) {
  if (Array.isArray(target)) return [...target, ...(Array.isArray(update) ? update : [update])];
  if (isObject(target) && isObject(update)) {
    const out = { ...target };
    for (const [key, value] of Object.entries(update)) {
      out[key] = key in target ? merge(target[key], value) : structuredClone(value);
    }
    return out;
  }
  return structuredClone(update);
}

/**
 * Returns a new document with every action of every overlay applied, in order.
 * @param {object} doc the parsed OpenAPI document (not modified)
 * @param {{ name: string, overlay: any }[]} overlays
 */
export function applyOverlays(doc, overlays) {
  let result = structuredClone(doc);
  for (const { name, overlay } of overlays) {
    if (!isObject(overlay) || typeof overlay.overlay !== "string" || !overlay.overlay.startsWith("1.")) {
      throw new OverlayError(`${name}: not an OpenAPI Overlay 1.x document (missing "overlay: 1.0.0")`);
    }
    if (!Array.isArray(overlay.actions) || overlay.actions.length === 0) {
      throw new OverlayError(`${name}: "actions" must be a non-empty list`);
    }
    overlay.actions.forEach((action, index) => {
      const label = `${name} action #${index + 1}${action.description ? ` (${action.description})` : ""}`;
      result = applyAction(result, action, label);
    });
  }
  return result;
}

function applyAction(doc, action, label) {
  const path = parseTarget(action.target);
  const parents = [doc];
  let node = doc;
  const resolved = [];
  for (const [depth, segment] of path.entries()) {
    let key = segment;
    if (typeof segment === "object") {
      const matches = Array.isArray(node)
        ? node.flatMap((el, i) => (el?.[segment.key] === segment.value ? [i] : []))
        : [];
      if (matches.length > 1) {
        throw new OverlayError(
          `${label}: target ${action.target} matches ${matches.length} elements; it must match one.`,
        );
      }
      key = matches.length === 1 ? matches[0] : `[?(@.${segment.key}=='${segment.value}')]`;
    }
    resolved.push(key);
    const next = node !== null && typeof node === "object" ? node[key] : undefined;
    if (next === undefined) {
      const where = path
        .slice(0, depth + 1)
        .map(String)
        .join(" › ");
      throw new OverlayError(
        `${label}: target ${action.target} no longer exists in the spec (missing at ${where}). ` +
          `Update or remove this correction in spec/overlays/.`,
      );
    }
    parents.push(next);
    node = next;
  }
  if (action.remove === true) {
    if (path.length === 0) throw new OverlayError(`${label}: cannot remove the whole document`);
    const parent = parents[parents.length - 2];
    const key = resolved[resolved.length - 1];
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return doc;
  }
  if (action.update === undefined) throw new OverlayError(`${label}: needs "update" or "remove: true"`);
  const merged = merge(node, action.update);
  if (path.length === 0) return merged;
  parents[parents.length - 2][resolved[resolved.length - 1]] = merged;
  return doc;
}
