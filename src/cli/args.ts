/**
 * The command line's grammar: commands, flags, help texts, and turning argv into a checked invocation with
 * Node's `util.parseArgs` (no CLI library). A problem here is a usage error (exit 2), found before any request.
 */
import { parseArgs } from "node:util";

/** The commands, in help order. */
export const COMMANDS = ["facets", "search", "insights", "compare", "profile", "versions"] as const;
export type Command = (typeof COMMANDS)[number];

/** A mistake in how the tool was called: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  /** The command whose help the user should read, if any. */
  readonly command: Command | undefined;
  constructor(message: string, command?: Command) {
    super(message);
    this.command = command;
  }
}

type OptionSpec = { type: "string" | "boolean"; multiple?: boolean; short?: string };

const GLOBAL = {
  token: { type: "string" },
  "api-version": { type: "string" },
  "base-url": { type: "string" },
  "test-server": { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-cache": { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const satisfies Record<string, OptionSpec>;
const OUTPUT = {
  json: { type: "boolean" },
  csv: { type: "boolean" },
  html: { type: "string" },
} as const satisfies Record<string, OptionSpec>;
const CRITERIA = {
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "group-by": { type: "string" },
  top: { type: "string" },
} as const satisfies Record<string, OptionSpec>;
const ALL = {
  ...GLOBAL,
  ...OUTPUT,
  ...CRITERIA,
  limit: { type: "string" },
  baseline: { type: "string", multiple: true },
  "min-share": { type: "string" },
  "min-members": { type: "string" },
} as const satisfies Record<string, OptionSpec>;
type OptionName = keyof typeof ALL;

/** Flags each command takes besides the global ones. */
const COMMAND_OPTIONS: Record<Command, readonly OptionName[]> = {
  facets: ["json", "csv", "html"],
  search: ["json", "csv", "html", "limit"],
  insights: ["json", "csv", "html", "include", "exclude", "group-by", "top"],
  compare: ["json", "csv", "html", "include", "exclude", "group-by", "top", "baseline", "min-share", "min-members"],
  profile: ["json", "csv", "html", "include", "exclude", "group-by", "top"],
  versions: ["json", "csv", "html"],
};

/** How the command's result is written. */
export type OutputFormat = "table" | "json" | "csv";

/** A parsed, checked invocation. */
export interface Invocation {
  command: Command | undefined;
  positionals: string[];
  help: boolean;
  version: boolean;
  token: string | undefined;
  apiVersion: string | undefined;
  baseUrl: string | undefined;
  testServer: boolean;
  noColor: boolean;
  /** `--no-cache`: no file store; every answer comes from LinkedIn. */
  noCache: boolean;
  debug: boolean;
  format: OutputFormat;
  html: string | undefined;
  include: string[];
  exclude: string[];
  baseline: string[];
  groupBy: string[];
  top: number | undefined;
  limit: number;
  minShare: number | undefined;
  minMembers: number | undefined;
}

/** Default `--limit` of `search`. */
export const SEARCH_LIMIT = 20;

function whole(
  value: string | undefined,
  flag: string,
  min: number,
  max: number,
  command: Command,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(
      `--${flag} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)}).`,
      command,
    );
  }
  return Number(value);
}

function decimal(value: string | undefined, flag: string, max: number, command: Command): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > max) {
    throw new UsageError(`--${flag} must be a number from 0 to ${max} (got ${JSON.stringify(value)}).`, command);
  }
  return n;
}

/** argv (without node and the script) → an invocation; throws UsageError. */
export function parse(argv: readonly string[]): Invocation {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof ALL; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: ALL, allowPositionals: true, strict: true });
  } catch (error) {
    const command = argv.find((a): a is Command => (COMMANDS as readonly string[]).includes(a));
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, ".") : String(error);
    throw new UsageError(message.replace(/^Unknown option '(.+?)'.*$/s, "unknown option $1."), command);
  }
  const { values, positionals } = parsed;
  const [word, ...rest] = positionals;
  let command: Command | undefined;
  if (word !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(word)) {
      throw new UsageError(`unknown command ${JSON.stringify(word)} (commands: ${COMMANDS.join(", ")}).`);
    }
    command = word as Command;
  }
  const invocation: Invocation = {
    command,
    positionals: rest,
    help: values.help ?? false,
    version: values.version ?? false,
    token: values.token,
    apiVersion: values["api-version"],
    baseUrl: values["base-url"],
    testServer: values["test-server"] ?? false,
    noColor: values["no-color"] ?? false,
    noCache: values["no-cache"] ?? false,
    debug: values.debug ?? false,
    format: "table",
    html: values.html,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    baseline: values.baseline ?? [],
    groupBy: [],
    top: undefined,
    limit: SEARCH_LIMIT,
    minShare: undefined,
    minMembers: undefined,
  };
  if (invocation.help || invocation.version || command === undefined) return invocation;

  const allowed = new Set<string>([...Object.keys(GLOBAL), ...COMMAND_OPTIONS[command]]);
  for (const name of Object.keys(values)) {
    if (!allowed.has(name)) throw new UsageError(`${command} takes no --${name}.`, command);
  }
  if (values.json && values.csv) throw new UsageError("--json and --csv write to stdout: pick one.", command);
  invocation.format = values.json ? "json" : values.csv ? "csv" : "table";
  if (values.html !== undefined && values.html.trim() === "")
    throw new UsageError("--html needs a file name.", command);
  if (invocation.testServer && invocation.baseUrl !== undefined) {
    throw new UsageError("--test-server and --base-url both say where to send requests: pick one.", command);
  }

  if ((command === "facets" || command === "versions") && rest.length > 0) {
    throw new UsageError(`${command} takes no arguments (got ${JSON.stringify(rest.join(" "))}).`, command);
  }
  if (command === "search") {
    if (rest.length < 2)
      throw new UsageError("search needs a facet and a text, e.g. search locations 'new york'.", command);
    invocation.positionals = [rest[0]!, rest.slice(1).join(" ")];
    invocation.limit = whole(values.limit, "limit", 1, 10_000, command) ?? SEARCH_LIMIT;
  }
  if (command === "insights" || command === "compare" || command === "profile") {
    if (rest.length > 0) {
      throw new UsageError(
        `${command} takes its criteria as flags (--include 'facet=Name'), not ${JSON.stringify(rest.join(" "))}.`,
        command,
      );
    }
    if (invocation.include.length === 0) {
      throw new UsageError(
        `${command} needs at least one --include 'facet=Name', e.g. --include 'locations=United States'.`,
        command,
      );
    }
    const groupBy = (values["group-by"] ?? "")
      .split(",")
      .map((g) => g.trim())
      .filter(Boolean);
    if (groupBy.length === 0) throw new UsageError(`${command} needs --group-by, e.g. --group-by interests.`, command);
    if (command !== "profile" && groupBy.length > 1) {
      throw new UsageError(`${command} takes one --group-by facet; profile takes several.`, command);
    }
    if (new Set(groupBy).size !== groupBy.length) throw new UsageError("--group-by names a facet twice.", command);
    invocation.groupBy = groupBy;
    invocation.top = whole(values.top, "top", 1, 100, command);
  }
  if (command === "compare") {
    invocation.minShare = decimal(values["min-share"], "min-share", 100, command);
    const members = decimal(values["min-members"], "min-members", Number.MAX_SAFE_INTEGER, command);
    invocation.minMembers = members === undefined ? undefined : Math.floor(members);
  }
  return invocation;
}

const GLOBAL_HELP = `Global options:
  --token TOKEN         LinkedIn member access token (default: $LINKEDIN_ACCESS_TOKEN). Never printed.
  --api-version YYYYMM  LinkedIn-Version to send (default: the version this release was built for); latest:
                        the newest LinkedIn serves (li-audience versions shows them)
  --base-url URL        API base URL (default: https://api.linkedin.com/rest)
  --test-server         start the embedded test server and use it (no token, no network, no cache)
  --no-cache            ask LinkedIn for everything; by default facet lists, names and listings (24 h or
                        7 days), the version window (1 day) and a spent daily quota (until midnight UTC) are
                        kept in $XDG_CACHE_HOME/linkedin-audience-insights (else ~/.cache/…), never the token
  --no-color            no colours (also: NO_COLOR=1)
  --debug               show stack traces of errors
  -h, --help            help; li-audience <command> --help for a command's
  --version             the version of li-audience`;

const OUTPUT_HELP = `Output (a table by default):
  --json                JSON on stdout
  --csv                 CSV on stdout (one header row)
  --html FILE           also write a self-contained HTML report to FILE (no network needed to view or print it)`;

const CRITERIA_HELP = `Criteria:
  --include 'facet=Name'   members matching Name (or a URN) in facet; repeat it. The same facet given twice is
                           OR'ed in one group (seniorities=Director + seniorities=VP: either); different facets
                           are AND'ed (locations=... and jobFunctions=...: both)
  --exclude 'facet=Name'   leave members matching Name out; repeat it (all exclusions are OR'ed)
  Names are matched ignoring case and accents through the facet's own finder; a name that fits several
  entities is an error listing them with their URNs; a URN (urn:li:function:10) is taken as is.`;

export const EXIT_CODES_HELP = `Exit codes: 0 ok, 1 API error, 2 usage error, 3 authentication or permission.`;

const HELP: Record<Command, string> = {
  facets: `Usage: li-audience facets [options]

The ad-targeting facets LinkedIn offers: name, URN, entity types, and the finders that search them.

${OUTPUT_HELP}

${GLOBAL_HELP}`,
  search: `Usage: li-audience search <facet> <text> [--limit N] [options]

Entities of a facet whose names match the text: LinkedIn's typeahead where the facet offers it (paged under
the hood), else the facet's list filtered by the text.

  --limit N             at most N entities (default ${SEARCH_LIMIT})

Example: li-audience search locations 'new york' --limit 5

${OUTPUT_HELP}

${GLOBAL_HELP}`,
  insights: `Usage: li-audience insights --include 'facet=Name' ... --group-by FACET [--top N] [options]

The audience size of a persona and its top segments of one facet, with names, shares and bars.

${CRITERIA_HELP}
  --group-by FACET         the breakdown: interests, skills, industries, seniorities, jobFunctions, titles,
                           bingCity, … (li-audience facets lists the facets)
  --top N                  segments to ask for, 1–100 (sent as maxReturnCount; default: LinkedIn's)

Example: li-audience insights --include 'locations=United States' --include 'jobFunctions=Finance' \\
           --exclude 'seniorities=Entry' --group-by interests --top 20

${OUTPUT_HELP}

${GLOBAL_HELP}`,
  compare: `Usage: li-audience compare --include 'facet=Name' ... [--baseline 'facet=Name' ...] --group-by FACET [options]

The persona against a baseline, segment by segment: the persona's share, the baseline's share, and the
affinity index (persona share ÷ baseline share × 100; 100 = typical, 150 = 1.5× over-represented),
over-indexing first. Segments under --min-share percent or --min-members members are not ranked.

${CRITERIA_HELP}
  --baseline 'facet=Name'  the audience to compare with, built like --include (default: the persona's
                           locations only)
  --group-by FACET         the facet to compare (one)
  --top N                  segments to ask for in each breakdown, 1–100 (maxReturnCount)
  --min-share P            smallest persona share in percent to rank (default 1)
  --min-members N          fewest persona members to rank (default 1000)

Example: li-audience compare --include 'locations=United States' --include 'jobFunctions=Finance' \\
           --group-by interests

${OUTPUT_HELP}

${GLOBAL_HELP}`,
  profile: `Usage: li-audience profile --include 'facet=Name' ... --group-by FACET,FACET,... [--top N] [options]

Several breakdowns of one persona in one run. Costs one insights request per breakdown (at most 4 in
flight) plus one name look-up for all of them. A progress line shows on stderr when it is a terminal.

${CRITERIA_HELP}
  --group-by LIST          comma-separated facets, e.g. interests,seniorities,industries,jobFunctions,bingCity
  --top N                  segments to ask for in each breakdown, 1–100 (maxReturnCount)

${OUTPUT_HELP}

${GLOBAL_HELP}`,
  versions: `Usage: li-audience versions [options]

The LinkedIn-Versions LinkedIn serves now (oldest to newest), found with a few GET /adTargetingFacets requests
(about 4: versions are monthly and each is served about a year) and kept for a day; and the version this
release sends by default, and whether LinkedIn still serves it. A version past its sunset answers 426.

Example: li-audience versions --json

${OUTPUT_HELP}

${GLOBAL_HELP}`,
};

export const TOOL_HELP = `Usage: li-audience <command> [options]

Explore LinkedIn audiences (Audience Insights API) from a terminal: who a persona is, what they care about,
and how they differ from everyone else. Against the real API (a token in LINKEDIN_ACCESS_TOKEN) or the
embedded test server (--test-server).

Commands:
  facets      the ad-targeting facets, their URNs, entity types and finders
  search      entities of a facet matching a text
  insights    audience size and top segments of one breakdown
  compare     affinity indexes of a persona against a baseline
  profile     several breakdowns of a persona in one run
  versions    the LinkedIn-Versions served now, and the one this release sends

Example: li-audience insights --include 'locations=United States' --include 'jobFunctions=Finance' \\
           --group-by interests --test-server

${GLOBAL_HELP}

${EXIT_CODES_HELP}`;

/** The help text of a command, or of the tool. */
export function help(command: Command | undefined): string {
  return command ? `${HELP[command]}\n\n${EXIT_CODES_HELP}` : TOOL_HELP;
}
