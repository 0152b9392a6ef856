import { LinkedInError } from "../errors.js";

/**
 * One problem (or warning) found in targeting criteria.
 *
 * `path` is a JSON path into the criteria object, e.g.
 * `$.include.and[2].or['urn:li:adTargetingFacet:jobFunctions'][0]`; `message` says what is wrong there.
 */
export interface TargetingProblem {
  /** JSON path of the offending part, rooted at `$` (the criteria object). */
  readonly path: string;
  /** What is wrong (or, for a warning, what may be wrong) at `path`. */
  readonly message: string;
}

/**
 * Receives each warning found while building or parsing targeting criteria: things that are accepted but
 * may be rejected by LinkedIn (an unknown facet URN, an unconfirmed combination rule). Called once per warning.
 */
export type TargetingWarningHandler = (warning: TargetingProblem) => void;

/** Options shared by `targeting()`, `parseTargetingCriteria`, `toRestli` and `fromRestli`. */
export interface TargetingOptions {
  /** Called once per warning. Without it, warnings are dropped silently. */
  readonly onWarning?: TargetingWarningHandler;
}

/** How many problems the error message lists before summarising the rest (`problems` always has them all). */
const MESSAGE_LIMIT = 50;

/**
 * Targeting criteria are invalid: an unknown facet name, a malformed URN, a value outside its facet's URN
 * namespace, an empty group, a forbidden facet combination, and so on. {@link TargetingCriteriaError.problems}
 * lists every problem found (not just the first), each with its JSON path; the message lists them too.
 */
export class TargetingCriteriaError extends LinkedInError {
  /** Always `"TargetingCriteriaError"`. */
  override name = "TargetingCriteriaError";
  /** The problems found, in document order (at most the first 100: see `totalProblems`). Never empty. */
  declare readonly problems: readonly TargetingProblem[];
  /** How many problems there are in all; more than `problems.length` when the list was capped. */
  declare readonly totalProblems: number;

  /**
   * @param problems - The problems found; must not be empty.
   * @param totalProblems - How many there are in all, when `problems` is only the first of them.
   */
  constructor(problems: readonly TargetingProblem[], totalProblems = problems.length) {
    const total = Math.max(totalProblems, problems.length);
    const list = problems.slice(0, MESSAGE_LIMIT).map((p) => `\n  - ${p.path}: ${p.message}`);
    const more = total > MESSAGE_LIMIT ? `\n  … and ${total - Math.min(MESSAGE_LIMIT, problems.length)} more` : "";
    super(`Invalid targeting criteria (${total} problem${total === 1 ? "" : "s"}):${list.join("")}${more}`, {
      problems: Object.freeze(problems.map((p) => Object.freeze({ path: p.path, message: p.message }))),
      totalProblems: total,
    });
  }
}
