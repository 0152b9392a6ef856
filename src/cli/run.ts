/**
 * `li-audience`: argv and environment in, text out, an exit code back. Exit codes: 0 ok, 1 API error, 2 usage
 * error, 3 authentication or permission. Errors are one or two plain lines (what went wrong, what to do); a stack
 * only with `--debug`. The access token is never written anywhere.
 */
import { writeFileSync } from "node:fs";
import {
  AmbiguousEntityError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  createLinkedInClient,
  EntityNotFoundError,
  LinkedInApiError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  SDK_VERSION,
  TargetingCriteriaError,
  VersionError,
  type LinkedInClientOptions,
} from "../index.js";
import { help, parse, UsageError, type Invocation } from "./args.js";
import { defaultCacheDir, fileStore } from "./file-store.js";
import { run as runCommand, type Progress } from "./commands.js";
import { html } from "./html.js";
import { colored, csv, json, plain, table, type Meta } from "./output.js";

/** Exit codes, as documented in `li-audience --help`. */
export const EXIT = { ok: 0, api: 1, usage: 2, auth: 3 } as const;

/** Where the tool writes, and what it knows of its surroundings (tests pass their own). */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean | undefined };
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined };
  env: Readonly<Record<string, string | undefined>>;
}

/** No token anywhere: exit 3. */
class MissingTokenError extends Error {
  override name = "MissingTokenError";
}

type Middleware = NonNullable<LinkedInClientOptions["middleware"]>[number];

/** The two lines (at most) saying what went wrong and what to do, and the exit code. */
export function explain(error: unknown, inv: Invocation | undefined): { code: number; lines: string[] } {
  const command = inv?.command;
  const helpLine = `See: li-audience ${command ? `${command} ` : ""}--help`;
  if (error instanceof UsageError)
    return {
      code: EXIT.usage,
      lines: [error.message, `See: li-audience ${error.command ? `${error.command} ` : ""}--help`],
    };
  if (error instanceof MissingTokenError) {
    return {
      code: EXIT.auth,
      lines: [
        error.message,
        "Set LINKEDIN_ACCESS_TOKEN (or pass --token), or try the embedded test server with --test-server.",
      ],
    };
  }
  if (error instanceof AmbiguousEntityError) {
    return {
      code: EXIT.usage,
      lines: [
        error.message,
        `li-audience search ${error.facet.split(":").pop()} '${error.query}' lists the candidates.`,
      ],
    };
  }
  if (error instanceof EntityNotFoundError) {
    return {
      code: EXIT.usage,
      lines: [
        error.message,
        `Check the spelling, or find it with: li-audience search ${error.facet.split(":").pop()} <text>`,
      ],
    };
  }
  if (error instanceof TargetingCriteriaError) {
    return {
      code: EXIT.usage,
      lines: [
        `the criteria cannot be sent: ${error.problems.map((p) => p.message.replace(/\.+$/, "")).join("; ")}.`,
        helpLine,
      ],
    };
  }
  if (error instanceof ConfigurationError) return { code: EXIT.usage, lines: [error.message, helpLine] };
  if (error instanceof AuthenticationError) {
    return {
      code: EXIT.auth,
      lines: [
        `LinkedIn refused the access token (${error.status}${error.code ? ` ${error.code}` : ""}${error.requestId ? `, request id ${error.requestId}` : ""}).`,
        "Set LINKEDIN_ACCESS_TOKEN (or --token) to a valid, unexpired 3-legged member token.",
      ],
    };
  }
  if (error instanceof PermissionError) {
    return {
      code: EXIT.auth,
      lines: [
        `LinkedIn denied access (${error.status}${error.requestId ? `, request id ${error.requestId}` : ""}): the app lacks the Audience Insights permission.`,
        "Use a token of an app LinkedIn approved for Audience Insights.",
      ],
    };
  }
  if (error instanceof VersionError) {
    return {
      code: EXIT.api,
      lines: [
        error.message,
        "Pass --api-version YYYYMM with a version LinkedIn still serves (li-audience versions lists them), or --api-version latest.",
      ],
    };
  }
  if (error instanceof QuotaExceededError) {
    return {
      code: EXIT.api,
      lines: [
        error.message,
        `Try again after ${error.resetsAt.toISOString()} (midnight UTC)${error.failedFast ? "; --no-cache asks LinkedIn anyway" : ""}.`,
      ],
    };
  }
  if (error instanceof RateLimitError) {
    return {
      code: EXIT.api,
      lines: [error.message, "LinkedIn's daily quota resets at midnight UTC; try again later."],
    };
  }
  if (error instanceof LinkedInApiError) {
    return { code: EXIT.api, lines: [error.message, "Quote the request id to LinkedIn support; --debug shows more."] };
  }
  if (error instanceof ConnectionError) {
    return { code: EXIT.api, lines: [error.message, "Check the network and --base-url."] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT.api, lines: [`unexpected error: ${message}`, "Run again with --debug for details."] };
}

/** Runs the tool; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let inv: Invocation | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  let progressShown = false;
  try {
    inv = parse(argv);
    if (inv.version) {
      io.stdout.write(`li-audience ${SDK_VERSION}\n`);
      return EXIT.ok;
    }
    if (inv.help) {
      io.stdout.write(`${help(inv.command)}\n`);
      return EXIT.ok;
    }
    if (!inv.command) {
      io.stderr.write(`${help(undefined)}\n`);
      return EXIT.usage;
    }

    let token = inv.token ?? (inv.testServer ? undefined : io.env.LINKEDIN_ACCESS_TOKEN);
    let baseUrl = inv.baseUrl;
    if (inv.testServer) {
      const testing = await import("../testing/index.js");
      const server = await testing.startTestServer({ port: 0 });
      closeServer = () => server.close();
      baseUrl = server.url;
      token ??= testing.TEST_ACCESS_TOKEN;
    }
    if (!token || token.trim() === "") throw new MissingTokenError("No LinkedIn access token.");

    const requestIds: string[] = [];
    let requests = 0;
    const recorder: Middleware = {
      onResponse({ response }) {
        requests++;
        const id = response.headers.get("x-li-uuid") ?? response.headers.get("x-li-request-id");
        if (id) requestIds.push(id);
        return undefined;
      },
    };
    // What one run learns saves the next its requests: a file store in the user's cache directory. Not for the
    // test server (a new one each run) nor with --no-cache.
    const cacheDir = inv.testServer || inv.noCache ? undefined : defaultCacheDir(io.env);
    const li = createLinkedInClient({
      accessToken: token,
      version: inv.apiVersion,
      baseUrl,
      middleware: [recorder],
      ...(cacheDir ? { store: fileStore(cacheDir) } : {}),
      onWarning: (w) => void io.stderr.write(`li-audience: warning: ${w.message}\n`),
    });

    const progress: Progress = io.stderr.isTTY
      ? (done, total, label) => {
          progressShown = true;
          io.stderr.write(`\r\u001b[2K${done}/${total} breakdowns${label ? ` (${label} done)` : ""}…`);
        }
      : () => undefined;
    const report = await runCommand(li, inv, progress);
    if (progressShown) {
      io.stderr.write("\r\u001b[2K");
      progressShown = false;
    }

    const meta: Meta = {
      tool: "li-audience",
      version: SDK_VERSION,
      apiVersion: li.version,
      generatedAt: new Date().toISOString(),
      requests,
      requestIds,
    };
    if (inv.html !== undefined) {
      try {
        writeFileSync(inv.html, html(report, meta));
      } catch (error) {
        throw new UsageError(`cannot write ${inv.html}: ${(error as Error).message}.`, inv.command);
      }
    }
    if (inv.format === "json") io.stdout.write(json(report, meta));
    else if (inv.format === "csv") io.stdout.write(csv(report));
    else {
      const color = Boolean(io.stdout.isTTY) && !inv.noColor && !io.env.NO_COLOR;
      io.stdout.write(table(report, meta, color ? colored : plain));
    }
    if (inv.html !== undefined) io.stderr.write(`Report written to ${inv.html}\n`);
    return EXIT.ok;
  } catch (error) {
    if (progressShown) io.stderr.write("\r\u001b[2K");
    const { code, lines } = explain(error, inv);
    io.stderr.write(`li-audience: ${lines[0]}\n${lines.slice(1).join("\n")}${lines.length > 1 ? "\n" : ""}`);
    if (inv?.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return code;
  } finally {
    await closeServer?.();
  }
}
