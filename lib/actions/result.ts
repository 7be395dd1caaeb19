/**
 * What every server action returns. Error strings are keys of the "errors" message namespace, so the
 * form shows them in the user's language; expected failures never throw.
 */
export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };

/**
 * The refusal for a write the database could not take (disk full, server unreachable: lib/db/database-faults.ts).
 * Route handlers send it with 503, so a client that queues writes (the quiz's answers) keeps them and retries.
 */
export const SERVER_CANNOT_SAVE = "serverCannotSave";
