// TypeDoc plugin (typedoc.json "plugin"): the members of the generated types that the spec leaves without a
// description are not reported as undocumented.
//
// generated/schema.ts is openapi-typescript's output. Its top-level types carry a comment (scripts/generate.mjs),
// and every description the spec (with its overlays) gives reaches the matching member. The members the spec does
// not describe are OpenAPI's structure — `parameters.cookie?: never`, `responses.200.content`, `put?: never` —
// and prose for them would be invented, not LinkedIn's. Documentation for those belongs in the spec's overlays,
// where it can cite LinkedIn's pages. Everything written by hand in src/ is still required to be documented.
import { Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    const names = new Set(app.options.getValue("intentionallyNotDocumented"));
    const kinds = app.options.getValue("requiredToBeDocumented").reduce((all, kind) => all | ReflectionKind[kind], 0);
    for (const reflection of Object.values(project.reflections)) {
      // TypeDoc checks only the required kinds, and nothing inside a parameter; listing others is itself a warning.
      if (reflection.hasComment() || !reflection.kindOf(kinds) || insideParameter(reflection)) continue;
      const file = project.getSymbolIdFromReflection(reflection)?.fileName ?? "";
      if (/(^|\/)generated\/schema\.ts$/.test(file)) names.add(reflection.getFriendlyFullName());
    }
    app.options.setValue("intentionallyNotDocumented", [...names]);
  });
}

function insideParameter(reflection) {
  for (let r = reflection.parent; r; r = r.parent) if (r.kindOf(ReflectionKind.Parameter)) return true;
  return false;
}
