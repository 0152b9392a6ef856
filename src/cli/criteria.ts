/**
 * `--include/--exclude 'facet=Name'` → targeting criteria. The facets and LinkedIn's combination rules are
 * checked first, with stand-in values, so a criteria LinkedIn would refuse costs no request at all; then names
 * become URNs through `li.entities.find` (the facet's own finder), and the real criteria are built.
 */
import {
  facetInfo,
  facetName,
  facetUrn,
  targeting,
  TargetingCriteriaError,
  urn,
  type LinkedInClient,
  type TargetingCriteria,
} from "../index.js";
import { UsageError, type Command } from "./args.js";

/** One `facet=Name` term as given, once its facet is known. */
export interface Term {
  /** The facet URN. */
  facet: string;
  /** The facet name, e.g. `jobFunctions`. */
  facetName: string;
  /** The text after `=`: a name or a URN. */
  text: string;
}

/** A term whose entity is known. */
export interface ResolvedTerm extends Term {
  urn: string;
  name: string;
}

/** A persona (or baseline) as the commands report it. */
export interface Persona {
  /** In words, e.g. "Members whose location is United States and whose job function is Finance". */
  description: string;
  include: ResolvedTerm[];
  exclude: ResolvedTerm[];
  targetingCriteria: TargetingCriteria;
}

/** `'facet=Name'` → a term; a usage error names the flag. */
export function parseTerm(raw: string, flag: string, command: Command): Term {
  const at = raw.indexOf("=");
  const facetText = at === -1 ? "" : raw.slice(0, at).trim();
  const text = at === -1 ? "" : raw.slice(at + 1).trim();
  if (!facetText || !text) {
    throw new UsageError(
      `--${flag} ${JSON.stringify(raw)} must look like 'facet=Name', e.g. 'locations=United States'.`,
      command,
    );
  }
  let facet: string;
  try {
    facet = facetUrn(facetText);
  } catch (error) {
    if (error instanceof TargetingCriteriaError) {
      throw new UsageError(
        `--${flag} ${JSON.stringify(raw)}: ${error.problems[0]?.message ?? error.message}.`,
        command,
      );
    }
    throw error;
  }
  const info = facetInfo(facet);
  if (info && !info.targetable) {
    throw new UsageError(
      `--${flag} ${JSON.stringify(raw)}: ${info.name} is a breakdown (--group-by), not a targeting facet.`,
      command,
    );
  }
  return { facet, facetName: facetName(facet), text };
}

/** Terms → criteria: the same facet OR'ed in one group, different facets AND'ed, exclusions OR'ed. */
function build(include: readonly { facet: string; urn: string }[], exclude: readonly { facet: string; urn: string }[]) {
  const groups = new Map<string, string[]>();
  for (const t of include) groups.set(t.facet, [...(groups.get(t.facet) ?? []), t.urn]);
  let builder = targeting();
  for (const [facet, urns] of groups) builder = builder.include(facet, urns);
  for (const t of exclude) builder = builder.exclude(t.facet, t.urn);
  return builder.build();
}

/** A stand-in URN of the facet's namespace, for checking the criteria's shape before any name is looked up. */
function standIn(term: Term, i: number): string {
  if (urn.isUrn(term.text)) return term.text;
  const namespace = facetInfo(term.facet)?.namespaces[0] ?? "entity";
  return `urn:li:${namespace}:${900_000_000 + i}`;
}

/**
 * Checks the terms' facets and LinkedIn's combination rules before any request: the criteria are built with
 * stand-in values for names. Throws a UsageError quoting the problem.
 */
export function checkTerms(include: readonly Term[], exclude: readonly Term[], flag: string, command: Command): void {
  try {
    build(
      include.map((t, i) => ({ facet: t.facet, urn: standIn(t, i) })),
      exclude.map((t, i) => ({ facet: t.facet, urn: standIn(t, include.length + i) })),
    );
  } catch (error) {
    if (error instanceof TargetingCriteriaError) {
      const problems = error.problems.map((p) => p.message.replace(/\.+$/, "")).join("; ");
      throw new UsageError(`the ${flag} criteria cannot be sent: ${problems}.`, command);
    }
    throw error;
  }
}

const LABELS: Record<string, string> = {
  locations: "location",
  profileLocations: "profile location",
  jobFunctions: "job function",
  seniorities: "seniority",
  titles: "job title",
  titlesAll: "current or past job title",
  titlesPast: "past job title",
  skills: "skill",
  industries: "industry",
  interests: "interest",
  employers: "employer",
  employersAll: "current or past employer",
  employersPast: "past employer",
  staffCountRanges: "company size",
  yearsOfExperienceRanges: "years of experience",
  degrees: "degree",
  fieldsOfStudy: "field of study",
  schools: "school",
  interfaceLocales: "interface language",
  genders: "gender",
  ageRanges: "age",
  groups: "group",
  memberBehaviors: "member behavior",
  companyCategory: "company category",
  growthRate: "company growth rate",
  followedCompanies: "followed company",
};

/** A facet in words: `jobFunctions` → "job function". */
export function facetLabel(name: string): string {
  return LABELS[name] ?? name;
}

/** The persona in words. */
export function describe(include: readonly ResolvedTerm[], exclude: readonly ResolvedTerm[]): string {
  const byFacet = (terms: readonly ResolvedTerm[]) => {
    const m = new Map<string, string[]>();
    for (const t of terms) m.set(t.facetName, [...(m.get(t.facetName) ?? []), t.name]);
    return [...m];
  };
  const parts = byFacet(include).map(([facet, names]) => `whose ${facetLabel(facet)} is ${names.join(" or ")}`);
  let text = `Members ${parts.join(" and ")}`;
  const out = byFacet(exclude).map(([facet, names]) => `${facetLabel(facet)} ${names.join(" or ")}`);
  if (out.length > 0) text += `, excluding ${out.join(" and ")}`;
  return text;
}

/**
 * Looks the entities of name terms up through `li.entities.find`, in parallel. URN terms keep their URN; their
 * names come from {@link nameTerms} later, so a command can look them up in the same batch as its segments.
 */
export async function resolveTerms(li: LinkedInClient, terms: readonly Term[]): Promise<ResolvedTerm[]> {
  const found = await Promise.all(
    terms.map((t) => (urn.isUrn(t.text) ? undefined : li.entities.find({ facet: t.facet, name: t.text }))),
  );
  return terms.map((t, i) => {
    const entity = found[i];
    return entity
      ? { ...t, urn: entity.urn ?? t.text, name: entity.name ?? t.text }
      : { ...t, urn: t.text, name: t.text };
  });
}

/** URNs of terms given as URNs (whose names are still to be looked up). */
export function termUrns(terms: readonly ResolvedTerm[]): string[] {
  return terms.filter((t) => urn.isUrn(t.text)).map((t) => t.urn);
}

/** Gives URN terms the names found for them (a URN LinkedIn does not know keeps the URN as its name). */
export function nameTerms(
  terms: readonly ResolvedTerm[],
  names: ReadonlyMap<string, { name?: string }>,
): ResolvedTerm[] {
  return terms.map((t) => (urn.isUrn(t.text) ? { ...t, name: names.get(t.urn)?.name ?? t.urn } : t));
}

/** Parses, checks, resolves and builds one persona from `--include`/`--exclude` flags. */
export function parseTerms(include: readonly string[], exclude: readonly string[], flag: string, command: Command) {
  const inc = include.map((raw) => parseTerm(raw, flag, command));
  const exc = exclude.map((raw) => parseTerm(raw, "exclude", command));
  checkTerms(inc, exc, flag, command);
  return { include: inc, exclude: exc };
}

/** The persona of resolved terms, its criteria built and validated. */
export function persona(include: ResolvedTerm[], exclude: ResolvedTerm[]): Persona {
  return { description: describe(include, exclude), include, exclude, targetingCriteria: build(include, exclude) };
}
