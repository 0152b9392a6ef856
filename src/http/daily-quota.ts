/**
 * LinkedIn's daily limits, as its 429 answers name them ("Resource level throttle APPLICATION DAY limit for calls
 * to this resource is reached."; also MEMBER DAY and APPLICATION_AND_MEMBER DAY): recognising one, when it resets
 * (midnight UTC) and what the error says to do. The transport never retries one; the quota gate records it.
 */
import type { QuotaScope } from "./errors.js";

const DAILY_LIMIT = /\b(APPLICATION_AND_MEMBER|APPLICATION|MEMBER) DAY limit\b/;
const SCOPES: Record<string, QuotaScope> = {
  APPLICATION: "application",
  MEMBER: "member",
  APPLICATION_AND_MEMBER: "application_and_member",
};

/** The scope of a daily limit named in LinkedIn's 429 message, or undefined for any other message. */
export function dailyQuotaScope(message: string): QuotaScope | undefined {
  const m = DAILY_LIMIT.exec(message);
  return m ? SCOPES[m[1]!] : undefined;
}

/** True for a 429 whose body (JSON `message`, else the text itself) says a daily limit is spent: never retried. */
export function isDailyQuotaAnswer(status: number, bodyText: string): boolean {
  if (status !== 429) return false;
  let message = bodyText;
  try {
    const body = JSON.parse(bodyText) as unknown;
    if (typeof body === "object" && body !== null && typeof (body as { message?: unknown }).message === "string") {
      message = (body as { message: string }).message;
    }
  } catch {
    // not JSON: the text is the message
  }
  return dailyQuotaScope(message) !== undefined;
}

/** The first 00:00 UTC strictly after `ms`. */
export function nextUtcMidnight(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
}

const SCOPE_WORDS: Record<QuotaScope, string> = {
  application: "application-wide",
  member: "per-member",
  application_and_member: "per-member-per-application",
};

/** The advice of a QuotaExceededError's message. */
export function quotaAdvice(scope: QuotaScope, resetsAt: Date): string {
  return (
    `LinkedIn's ${SCOPE_WORDS[scope]} daily limit for this resource is spent: not retried (a retry only spends ` +
    `other budgets). It resets at ${resetsAt.toISOString()} (midnight UTC); until then this resource fails fast ` +
    `without a request. Wait, or spread the calls over days (the developer portal shows your limits).`
  );
}
