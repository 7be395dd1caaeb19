"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { type ActionResult, SERVER_CANNOT_SAVE } from "@/lib/actions/result";
import { newClientKey } from "./client-key";

/**
 * useActionState for forms that keep what the person typed: React resets a form after an `action={…}`
 * submit, which would wipe every field when the server says one of them is wrong. Submitting through
 * onSubmit avoids that. `submitted` holds the last data sent (e.g. to sign in after creating an account).
 *
 * With `clientKey`, a form that creates something sends a `clientKey` field: the same one until the server
 * answers, so sending again after a lost reply does not create it twice (lib/idempotency.ts).
 */
export function useFormAction<T>(
  serverAction: (previous: unknown, form: unknown) => Promise<ActionResult<T>>,
  options: { clientKey?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState(serverAction, null);
  const submitted = useRef<FormData | null>(null);
  const clientKey = useRef<string | null>(null);
  useEffect(() => {
    // Answered: the write is done, or it was refused and nothing of it stays (a list whose students have all
    // left since it was sent, too), so the next submit is a new write. Not after "the server cannot save": the
    // write may have been stored just before the fault, and sending it again must find it, not repeat it.
    if (state && (state.ok || state.formError !== SERVER_CANNOT_SAVE)) clientKey.current = null;
  }, [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The submitter too: a form with several submit buttons (name/value) says which was pressed.
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    if (options.clientKey) data.set("clientKey", (clientKey.current ??= newClientKey()));
    submitted.current = data;
    startTransition(() => dispatch(data));
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formError = state && !state.ok ? (state.formError ?? "formHasErrors") : undefined;
  return { state, onSubmit, pending, submitted, fieldErrors, formError };
}
