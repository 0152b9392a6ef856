// npm run lint:spec [-- path/to/spec.yml]: Redocly lint (redocly.yaml, recommended-strict and stricter)
// of the spec as the pipeline processes it: upstream file + spec/overlays. Exit 1 on any problem.
import { resolve } from "node:path";
import { lint, prepareSpec, rel, upstreamSpecPath } from "./lib/pipeline.mjs";

const input = process.argv[2] ? resolve(process.argv[2]) : upstreamSpecPath;
try {
  const { path } = prepareSpec(input, "lint");
  console.log(`lint:spec: ${rel(input)} + spec/overlays → ${rel(path)}`);
  process.exit(lint(path) ? 0 : 1);
} catch (err) {
  console.error(`lint:spec: ${err.message}`);
  process.exit(1);
}
