import { closeBidiControls } from "@/lib/text/bidi";

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
 * The input as every write takes it, before validation: in every string, however deep, NUL characters are
 * taken out (no one types one, PostgreSQL refuses to store one, SQLite keeps it: decision 0041) and
 * bidirectional controls are closed at each line's end, so a right-to-left override in a post or note cannot
 * run on into the page around it (lib/text/bidi.ts, decision 0043). Passwords are left as typed, since
 * next-auth checks them as typed; names and addresses have their own stricter rule in their schemas.
 */
export function cleanInput(input: unknown, key = ""): unknown {
  if (typeof input === "string") {
    const text = input.includes("\u0000") ? input.replaceAll("\u0000", "") : input;
    return /password/i.test(key) ? text : closeBidiControls(text);
  }
  if (Array.isArray(input)) return input.map((value) => cleanInput(value, key));
  // Plain objects only: bytes (a file's Uint8Array), dates and the like are passed on as they are.
  const prototype = typeof input === "object" && input !== null ? Object.getPrototypeOf(input) : undefined;
  if (prototype === Object.prototype || prototype === null)
    return Object.fromEntries(Object.entries(input as object).map(([k, v]) => [k, cleanInput(v, k)]));
  return input;
}
