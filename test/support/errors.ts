// Shared assertions about errors.
import { inspect } from "node:util";
import { expect } from "vitest";

/** Every way an error can be shown (message, String, stack, JSON, util.inspect): none may contain a secret. */
export function expectNoSecret(value: unknown, ...secrets: string[]): void {
  const e = value as Error;
  const forms = [e.message, String(e), e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })];
  for (const secret of secrets) for (const form of forms) expect(form).not.toContain(secret);
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
