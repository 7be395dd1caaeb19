import type zhHant from "@/messages/zh-Hant.json";

/** A key of the "errors" message namespace: what a refusal says, in the user's language. */
export type ErrorKey = keyof (typeof zhHant)["errors"];

/**
 * What every server action returns. Errors are keys of the "errors" message namespace, so the form shows
 * them in the user's language; expected failures never throw.
 */
export type FieldErrors = Record<string, ErrorKey[] | undefined>;
export type ActionResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; formError?: ErrorKey; fieldErrors?: FieldErrors };

/**
 * The refusal for a write the database could not take (disk full, server unreachable: lib/db/database-faults.ts).
 * Route handlers send it with 503, so a client that queues writes (the quiz's answers) keeps them and retries.
 */
export const SERVER_CANNOT_SAVE = "serverCannotSave" satisfies ErrorKey;
