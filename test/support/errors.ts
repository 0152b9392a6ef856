// Shared assertions about errors.
import { inspect } from "node:util";
import { expect } from "vitest";

/** How long a prefix of a secret may show: 8 characters or more count as a leak (issue 15). */
export const LEAK_PREFIX = 8;

/** The needles a secret leaks through: the whole secret, and its first 8 characters (any longer prefix has them). */
function needles(secret: string): string[] {
  return secret.length > LEAK_PREFIX ? [secret, secret.slice(0, LEAK_PREFIX)] : [secret];
}

/** `value` and its causes (and an AggregateError's `errors`), depth-first, each once. */
function chain(value: unknown): unknown[] {
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (v === undefined || v === null || seen.has(v) || depth > 10) return;
    seen.add(v);
    if (typeof v !== "object") return;
    walk((v as { cause?: unknown }).cause, depth + 1);
    const errors = (v as { errors?: unknown }).errors;
    if (Array.isArray(errors)) for (const e of errors) walk(e, depth + 1);
  };
  walk(value, 0);
  return [...seen];
}

/** Every way one error (or value) can be shown. */
function renderings(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [String(value)];
  const e = value as Error;
  let json: string;
  try {
    json = JSON.stringify(e) ?? "";
  } catch (error) {
    json = `JSON.stringify threw ${String(error)}`;
  }
  return [
    String(e.message),
    String(e),
    String(e.stack ?? ""),
    json,
    inspect(e, { depth: 10, showHidden: true }),
    inspect(e, { depth: 10 }),
  ];
}

/** Fails when `text` shows a secret or an 8+ character prefix of one. */
export function expectNoSecretIn(text: string, ...secrets: string[]): void {
  for (const secret of secrets) {
    for (const needle of needles(secret)) {
      expect(text.includes(needle), `leaks ${JSON.stringify(needle)} in: ${text.slice(0, 2_000)}`).toBe(false);
    }
  }
}

/**
 * Every way an error can be shown — message, String, stack, JSON, util.inspect (showHidden, depth 10) — of the
 * error and of every cause in its chain: none may show a secret, nor any 8+ character prefix of one.
 */
export function expectNoSecret(value: unknown, ...secrets: string[]): void {
  for (const link of chain(value)) for (const form of renderings(link)) expectNoSecretIn(form, ...secrets);
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(p: Promise<unknown> | unknown): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** The error a function throws; fails when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}
