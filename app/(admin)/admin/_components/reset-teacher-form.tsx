"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { RESET_CODE_HOURS } from "@/lib/accounts/reset-code-hours";
import { issueTeacherResetAction } from "@/lib/admin/actions";

/** A one-time code for a teacher who forgot their password, shown (this once) with what to do with it. */
export function ResetTeacherForm({ teacherId, name, resetUrl }: { teacherId: string; name: string; resetUrl: string }) {
  const t = useTranslations("admin");
  const { state, onSubmit, pending, formError } = useFormAction(issueTeacherResetAction);
  const issued = state?.ok ? state.value : null;
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={t("resetCodeFor", { name })}>
      <input type="hidden" name="teacherId" value={teacherId} />
      {issued && (
        <div className="notice">
          <p>
            {t("resetCodeFor", { name })}： <strong className="reset-code">{issued.code}</strong>
          </p>
          <p>{t("resetInstructions", { name, loginName: issued.loginName, url: resetUrl, hours: RESET_CODE_HOURS })}</p>
        </div>
      )}
      <FormStatus error={formError} />
      <SubmitButton label={t("resetIssue")} pendingLabel={t("resetIssuing")} pending={pending} tone="plain" />
    </form>
  );
}
