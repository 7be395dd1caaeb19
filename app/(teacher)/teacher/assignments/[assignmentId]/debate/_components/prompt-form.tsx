"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { postPromptAction, removePromptAction } from "@/lib/debate/teacher-actions";
import { PROMPT_MAX } from "@/lib/debate/teacher-schema";
import { PendingButton } from "./pending-button";

/** A prompt or question to the whole class, shown above the board's columns; emptied once posted. */
export function PromptForm({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("debateTeacher.prompts");
  const tErrors = useTranslations("errors");
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  // A resend of the same prompt (its reply lost) finds the first instead of posting it twice.
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(postPromptAction, { clientKey: true });
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const error = fieldErrors?.body?.map((key) => tErrors(key)).join(" ");
  return (
    <form ref={form} method="post" onSubmit={onSubmit} noValidate className="stack" aria-label={t("form")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="field">
        <label htmlFor={`${id}-body`}>{t("body")}</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={3}
          maxLength={PROMPT_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <FormStatus error={formError} success={state?.ok ? t("posted") : undefined} />
      <SubmitButton label={t("submit")} pendingLabel={t("posting")} pending={pending} />
    </form>
  );
}

export function RemovePromptForm({
  assignmentId,
  postId,
  label,
}: {
  assignmentId: string;
  postId: string;
  label: string;
}) {
  const t = useTranslations("debateTeacher");
  const { onSubmit, pending, formError } = useFormAction(removePromptAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={label} className="row-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="postId" value={postId} />
      <PendingButton label={t("prompts.remove")} pendingLabel={t("board.working")} pending={pending} />
      <FormStatus error={formError} />
    </form>
  );
}
