"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { reportPostAction } from "@/lib/debate/actions";

/** Tells the teacher about a post (off-topic, unkind…); the teacher's queue lists it. */
export function ReportForm({ debateId, postId, label }: { debateId: string; postId: string; label: string }) {
  const t = useTranslations("debate");
  const id = useId();
  const [open, setOpen] = useState(false);
  const { onSubmit, pending, formError, state } = useFormAction(reportPostAction);
  // Opened from its button: focus goes to the reason.
  const reason = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) reason.current?.focus();
  }, [open]);
  if (state?.ok)
    return (
      <p className="form-success" role="status">
        {t("reported")}
      </p>
    );
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={label}>
        {t("report")}
      </button>
    );
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={label}>
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="postId" value={postId} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("reportReason")}</label>
        <input ref={reason} id={`${id}-reason`} name="reason" maxLength={1000} />
      </div>
      <FormStatus error={formError} />
      <SubmitButton label={t("sendReport")} pendingLabel={t("posting")} pending={pending} />
    </form>
  );
}
