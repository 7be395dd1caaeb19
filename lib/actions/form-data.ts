/**
 * Turns the form into a plain object for zod. Actions can be called with anything, not only by our
 * forms, so a payload of another shape becomes an empty object and fails validation cleanly.
 */
export function formToObject(form: unknown): Record<string, unknown> {
  if (form instanceof FormData) {
    const out: Record<string, string> = {};
    for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = value;
    return out;
  }
  return typeof form === "object" && form !== null && !Array.isArray(form) ? (form as Record<string, unknown>) : {};
}

/**
 * The input with every NUL character taken out of its strings: no one types one, PostgreSQL refuses to store
 * one (SQLite keeps it), and a name or note carrying one would be a different text on the two databases.
 */
export function withoutNul(input: unknown): unknown {
  if (typeof input === "string") return input.includes("\u0000") ? input.replaceAll("\u0000", "") : input;
  if (Array.isArray(input)) return input.map(withoutNul);
  // Plain objects only: bytes (a file's Uint8Array), dates and the like are passed on as they are.
  const prototype = typeof input === "object" && input !== null ? Object.getPrototypeOf(input) : undefined;
  if (prototype === Object.prototype || prototype === null)
    return Object.fromEntries(Object.entries(input as object).map(([k, v]) => [k, withoutNul(v)]));
  return input;
}
