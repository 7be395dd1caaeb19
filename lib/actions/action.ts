import "server-only";
import { z } from "zod";
import { isErrorKey } from "@/i18n/messages";
import { type CurrentUser, getCurrentUser } from "@/lib/auth";
import type { Role } from "@/lib/auth/roles";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { ExpectedError } from "@/lib/errors";
import { cleanInput, formToObject } from "./form-data";
import { type ActionResult, type FieldErrors, SERVER_CANNOT_SAVE } from "./result";

export type { ActionResult };

function toResult(error: unknown, what: string): ActionResult<never> {
  if (error instanceof ExpectedError) {
    return error.field
      ? { ok: false, fieldErrors: { [error.field]: [error.key] } }
      : { ok: false, formError: error.key };
  }
  if (isDatabaseFault(error)) {
    // The disk is full, the file read-only, or the database server unreachable: nothing was saved, and the
    // person can try again in a moment. Logged for whoever runs the server; the message never reaches the page.
    console.error(`[${new Date().toISOString()}] ${what}: the database refused the write:`, error);
    return { ok: false, formError: SERVER_CANNOT_SAVE };
  }
  throw error;
}

/**
 * zod's messages as catalog keys: every schema names a key in its `error`; zod's own English, from a schema
 * that forgot to, reads as "unexpected" rather than reaching the page.
 */
function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: Record<string, string[] | undefined> = z.flattenError(error).fieldErrors;
  return Object.fromEntries(
    Object.entries(fields).map(([field, keys]) => [field, keys?.map((key) => (isErrorKey(key) ? key : "unexpected"))]),
  );
}

/**
 * The one way to declare a write: parse with zod → load the user → check the role → run. Every action is
 * a public endpoint, so none may skip a step. `run` scopes its queries to `me` itself (lib/access.ts).
 * Called with a plain object: the writes that route handlers serve (lib/http/routes.ts). Forms use
 * formAction or buttonAction below, declared once each in a domain's `actions.ts` ("use server").
 */
export function action<S extends z.ZodType, R>(
  schema: S,
  allowed: readonly Role[],
  run: (input: z.infer<S>, me: CurrentUser) => Promise<R>,
) {
  return async (input: unknown): Promise<ActionResult<R>> => {
    let me: CurrentUser | null;
    try {
      // The session check reads the database too: with the database down, the write gets "cannot save right
      // now" (and the form keeps what was typed), not the error page.
      me = await getCurrentUser();
    } catch (error) {
      return toResult(error, "a write (the session check)");
    }
    if (!me || !allowed.includes(me.role)) return { ok: false, formError: "notAllowed" };
    const parsed = schema.safeParse(cleanInput(input));
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, value: await run(parsed.data, me) };
    } catch (error) {
      return toResult(error, `a write by user ${me.id}`);
    }
  };
}

/** For the few actions open to visitors (sign-up, join). */
export function publicAction<S extends z.ZodType, R>(schema: S, run: (input: z.infer<S>) => Promise<R>) {
  return async (input: unknown): Promise<ActionResult<R>> => {
    const parsed = schema.safeParse(cleanInput(input));
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (error) {
      return toResult(error, "a visitor's write");
    }
  };
}

/**
 * A server action for a form with useActionState or useFormAction: (previous result, form data). The form
 * also posts before the page's JavaScript has loaded.
 */
export function formAction<S extends z.ZodType, R>(
  schema: S,
  allowed: readonly Role[],
  run: (input: z.infer<S>, me: CurrentUser) => Promise<R>,
) {
  const write = action(schema, allowed, run);
  return async (_previous: unknown, form: unknown) => write(formToObject(form));
}

/** formAction for a visitor (sign-up, join). */
export function publicFormAction<S extends z.ZodType, R>(schema: S, run: (input: z.infer<S>) => Promise<R>) {
  const write = publicAction(schema, run);
  return async (_previous: unknown, form: unknown) => write(formToObject(form));
}

/**
 * A server action for a one-button form (`<form action={…}>`): it works without JavaScript and shows its
 * effect by the page's re-render; a refusal changes nothing, so there is nothing to show.
 */
export function buttonAction<S extends z.ZodType, R>(
  schema: S,
  allowed: readonly Role[],
  run: (input: z.infer<S>, me: CurrentUser) => Promise<R>,
) {
  const write = action(schema, allowed, run);
  return async (form: FormData): Promise<void> => {
    await write(formToObject(form));
  };
}
