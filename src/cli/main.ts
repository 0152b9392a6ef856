#!/usr/bin/env node
/**
 * The `li-audience` executable (package.json `bin`). Node only; everything else is in run.ts.
 */
import { main } from "./run.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
