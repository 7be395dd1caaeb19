/**
 * What every server action returns. Error strings are keys of the "errors" message namespace, so the
 * form shows them in the user's language; expected failures never throw.
 */
export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };
