"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { deleteStudentAction } from "@/lib/admin/actions";

/** The second step of deleting a student (the first opens the details): says what goes and what stays. */
export function DeleteStudentForm({ studentId, name }: { studentId: string; name: string }) {
  const t = useTranslations("admin");
  const { state, onSubmit, pending, formError } = useFormAction(deleteStudentAction);
  if (state?.ok) return <p role="status">{t("studentDeleted", { name, posts: state.value.postsKept })}</p>;
  return (
    <form method="post" onSubmit={onSubmit} className="stack">
      <input type="hidden" name="studentId" value={studentId} />
      <p className="hint">{t("deleteHint")}</p>
      <FormStatus error={formError} />
      <SubmitButton label={t("deleteConfirm", { name })} pendingLabel={t("deleting")} pending={pending} tone="danger" />
    </form>
  );
}
