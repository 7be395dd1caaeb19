"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { issueResetCodeAction } from "@/lib/accounts/actions";
import { RESET_CODE_HOURS } from "@/lib/accounts/reset-code-hours";

type Props = { classroomId: string; studentId: string; name: string; resetUrl: string };

/** Makes a one-time reset code for a student who forgot their password, and shows it (this once) with what to do. */
export function ResetCodeForm({ classroomId, studentId, name, resetUrl }: Props) {
  const t = useTranslations("classPage");
  const { state, onSubmit, pending, formError } = useFormAction(issueResetCodeAction);
  const issued = state?.ok ? state.value : null;
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={t("resetCodeFor", { name })}>
      <input type="hidden" name="classroomId" value={classroomId} />
      <input type="hidden" name="studentId" value={studentId} />
      <p className="hint">{t("resetHint", { hours: RESET_CODE_HOURS })}</p>
      {issued && (
        <div className="notice">
          <p>
            {t("resetCodeFor", { name })}： <strong className="reset-code">{issued.code}</strong>
          </p>
          <p>{t("resetInstructions", { name, loginName: issued.loginName, url: resetUrl })}</p>
        </div>
      )}
      <FormStatus error={formError} />
      <SubmitButton label={t("resetIssue")} pendingLabel={t("resetIssuing")} pending={pending} />
    </form>
  );
}
