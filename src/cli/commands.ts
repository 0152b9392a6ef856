/**
 * The five commands, each turning an invocation into a {@link Report} through the SDK's public API only. How a
 * report is shown (table, JSON, CSV, HTML) is output.ts's and html.ts's business.
 */
import {
  defaultLinkedInVersion,
  facetInfo,
  facetName,
  facetUrn,
  TargetingCriteriaError,
  type AdTargetingEntity,
  type AffinitySegment,
  type InsightSegment,
  type LinkedInClient,
  versionLifecycle,
} from "../index.js";
import { matchesAllWords, words } from "../internal/text.js";
import { UsageError, type Command, type Invocation } from "./args.js";
import { nameTerms, parseTerms, persona, resolveTerms, termUrns, type Persona } from "./criteria.js";

/** One facet as `facets` lists it. */
export interface FacetRow {
  facetName: string;
  urn: string;
  entityTypes: string[];
  availableEntityFinders: string[];
}

/** One segment of a breakdown. */
export interface SegmentRow {
  urn: string;
  name: string | undefined;
  members: number;
  /** Percent of the audience, from the counts. */
  share: number;
}

/** One breakdown of a persona. */
export interface Breakdown {
  /** The facet name, e.g. `interests`. */
  groupBy: string;
  /** The facet URN LinkedIn grouped by. */
  groupedBy: string;
  segments: SegmentRow[];
}

/** What a command found; every renderer takes it. */
export type Report =
  | { command: "facets"; facets: FacetRow[] }
  | { command: "search"; facet: string; text: string; finder: "typeahead" | "list"; entities: AdTargetingEntity[] }
  | { command: "insights" | "profile"; persona: Persona; totalAudienceCount: number; breakdowns: Breakdown[] }
  | {
      command: "compare";
      persona: Persona & { totalAudienceCount: number };
      baseline: Persona & { totalAudienceCount: number; derived: boolean };
      groupBy: string;
      groupedBy: string;
      segments: AffinitySegment[];
      belowMinimum: AffinitySegment[];
      minimum: { share: number; members: number };
    }
  | {
      command: "versions";
      /** The served range, "YYYYMM". */
      oldest: string;
      newest: string;
      /** Months inside it the probe found refused. */
      skipped: string[];
      /** When LinkedIn was asked (ISO); the answer is kept a day. */
      probedAt: string;
      /** The version this release sends by default, whether LinkedIn serves it, and its estimated sunset. */
      defaultVersion: { version: string; served: boolean; estimatedSunset: string };
      /** The version this run sends (--api-version, or the default). */
      sent: string;
    };

/** Reports progress (profile's breakdowns); a no-op when stderr is not a terminal. */
export type Progress = (done: number, total: number, label: string) => void;

/** Breakdowns of one profile run in flight at once. */
export const PROFILE_CONCURRENCY = 4;

/** Runs `task` over `items`, at most `limit` at once, results in order. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A `--group-by` value → the facet URN, or a usage error (before any request). */
function groupByUrn(value: string, command: Command): string {
  let result: string;
  try {
    result = facetUrn(value);
  } catch (error) {
    if (error instanceof TargetingCriteriaError) {
      throw new UsageError(`--group-by ${value}: ${error.problems[0]?.message ?? error.message}.`, command);
    }
    throw error;
  }
  if (facetInfo(result)?.groupable === false) {
    throw new UsageError(
      `--group-by ${value}: not an Audience Insights breakdown; try interests, skills, industries, seniorities, jobFunctions or bingCity.`,
      command,
    );
  }
  return result;
}

/** A segment's share of the audience in percent, from the counts (finer than LinkedIn's whole-number percentage). */
const share = (s: InsightSegment, total: number) => (total > 0 ? (100 * s.count) / total : s.percentage);

export async function run(li: LinkedInClient, inv: Invocation, progress: Progress): Promise<Report> {
  const command = inv.command!;
  switch (command) {
    case "facets": {
      const facets = await li.facets.list();
      return {
        command,
        facets: facets.map((f) => ({
          facetName: f.facetName ?? facetName(f.urn),
          urn: f.urn,
          entityTypes: [...f.entityTypes],
          availableEntityFinders: [...f.availableEntityFinders],
        })),
      };
    }
    case "search": {
      const [facetText, text] = inv.positionals as [string, string];
      let facet: string;
      try {
        facet = facetUrn(facetText);
      } catch (error) {
        if (error instanceof TargetingCriteriaError) throw new UsageError(`${error.problems[0]?.message}.`, command);
        throw error;
      }
      const offered = (await li.facets.list()).find((f) => f.urn === facet)?.availableEntityFinders ?? [];
      if (offered.includes("TYPEAHEAD")) {
        const entities = await li.entities
          .typeahead({ facet, query: text, pageSize: Math.min(100, inv.limit), maxItems: inv.limit })
          .toArray();
        return { command, facet, text, finder: "typeahead", entities };
      }
      if (offered.includes("AD_TARGETING_FACET")) {
        const query = words(text);
        const all = await li.entities.list({ facet, pageSize: 100 }).toArray();
        const entities = all.filter((e) => matchesAllWords(query, words(e.name ?? ""))).slice(0, inv.limit);
        return { command, facet, text, finder: "list", entities };
      }
      throw new UsageError(
        `${facetName(facet)} offers no finder to search by name (its finders: ${offered.join(", ") || "none"}).`,
        command,
      );
    }
    case "insights":
    case "profile": {
      const groupBys = inv.groupBy.map((g) => groupByUrn(g, command));
      const terms = parseTerms(inv.include, inv.exclude, "--include", command);
      const [include, exclude] = await Promise.all([resolveTerms(li, terms.include), resolveTerms(li, terms.exclude)]);
      const criteria = persona(include, exclude).targetingCriteria;
      let done = 0;
      if (command === "profile") progress(0, groupBys.length, "");
      const answers = await pool(groupBys, PROFILE_CONCURRENCY, async (groupBy) => {
        const answer = await li.insights.get({
          targetingCriteria: criteria,
          groupBy,
          maxReturnCount: inv.top,
        });
        if (command === "profile") progress(++done, groupBys.length, facetName(groupBy));
        return answer;
      });
      // One name look-up for every breakdown's segments, and the criteria given as URNs.
      const urns = answers.flatMap((a) => a.segments.map((s) => s.urn));
      const names = await li.entities.resolve([...urns, ...termUrns(include), ...termUrns(exclude)]);
      const who = persona(nameTerms(include, names), nameTerms(exclude, names));
      const total = answers[0]?.totalAudienceCount ?? 0;
      return {
        command,
        persona: who,
        totalAudienceCount: total,
        breakdowns: answers.map((a, i) => ({
          groupBy: facetName(groupBys[i]!),
          groupedBy: a.groupedBy,
          segments: a.segments.map((s) => ({
            urn: s.urn,
            name: names.get(s.urn)?.name,
            members: s.count,
            share: share(s, a.totalAudienceCount),
          })),
        })),
      };
    }
    case "versions": {
      const window = await li.versions.probe();
      const served = (v: string) =>
        v.slice(0, 6) >= window.oldest && v.slice(0, 6) <= window.newest && !window.skipped.includes(v.slice(0, 6));
      return {
        command,
        oldest: window.oldest,
        newest: window.newest,
        skipped: window.skipped,
        probedAt: window.probedAt.toISOString(),
        defaultVersion: {
          version: defaultLinkedInVersion,
          served: served(defaultLinkedInVersion),
          estimatedSunset: versionLifecycle(defaultLinkedInVersion).sunsetOn.toISOString().slice(0, 10),
        },
        sent: li.version === "latest" ? window.newest : li.version,
      };
    }
    case "compare": {
      const groupBy = groupByUrn(inv.groupBy[0]!, command);
      const terms = parseTerms(inv.include, inv.exclude, "--include", command);
      const base = inv.baseline.length > 0 ? parseTerms(inv.baseline, [], "--baseline", command) : undefined;
      if (!base && !terms.include.some((t) => t.facetName === "locations")) {
        throw new UsageError(
          "compare needs a baseline: the persona has no locations to compare with. Add --baseline 'locations=United States' (or another audience).",
          command,
        );
      }
      const [include, exclude, baseInclude] = await Promise.all([
        resolveTerms(li, terms.include),
        resolveTerms(li, terms.exclude),
        base ? resolveTerms(li, base.include) : Promise.resolve(undefined),
      ]);
      const named = await li.entities.resolve([
        ...termUrns(include),
        ...termUrns(exclude),
        ...termUrns(baseInclude ?? []),
      ]);
      const who = persona(nameTerms(include, named), nameTerms(exclude, named));
      const comparison = await li.insights.compare({
        targetingCriteria: who.targetingCriteria,
        baseline: baseInclude ? persona(nameTerms(baseInclude, named), []).targetingCriteria : undefined,
        groupBy,
        maxReturnCount: inv.top,
        minShare: inv.minShare, // undefined: compare's defaults
        minMembers: inv.minMembers,
      });
      const baseTerms = nameTerms(baseInclude ?? include.filter((t) => t.facetName === "locations"), named);
      return {
        command,
        persona: { ...who, totalAudienceCount: comparison.persona.totalAudienceCount },
        baseline: {
          ...persona(baseTerms, []),
          targetingCriteria: comparison.baseline.targetingCriteria,
          totalAudienceCount: comparison.baseline.totalAudienceCount,
          derived: comparison.baseline.derived,
        },
        groupBy: facetName(groupBy),
        groupedBy: comparison.groupedBy,
        segments: comparison.segments,
        belowMinimum: comparison.belowMinimum,
        minimum: comparison.minimum,
      };
    }
  }
}
