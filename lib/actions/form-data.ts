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
