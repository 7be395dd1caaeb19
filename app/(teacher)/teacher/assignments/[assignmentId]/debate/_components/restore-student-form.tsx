"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { restoreBoardStudentAction } from "@/lib/debate/teacher-actions";
import { PendingButton } from "./pending-button";

/** Lets a removed student take part again. */
export function RestoreStudentForm({
  assignmentId,
  studentId,
  studentName,
}: {
  assignmentId: string;
  studentId: string;
  studentName: string;
}) {
  const t = useTranslations("debateTeacher.students");
  const { onSubmit, pending, formError } = useFormAction(restoreBoardStudentAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("restoreForm", { name: studentName })} className="row-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      <PendingButton label={t("restore")} pendingLabel={t("saving")} pending={pending} />
      <FormStatus error={formError} />
    </form>
  );
}
