/** Duck typing for what callers pass in (a store, a Redis client, a LinkedInOAuth): the methods the SDK will call. */

/** True when `value` is an object (not null) with a function under every one of `methods`. */
export function hasMethods<M extends string>(
  value: unknown,
  ...methods: M[]
): value is Record<M, (...args: never[]) => unknown> {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return methods.every((m) => typeof record[m] === "function");
}
