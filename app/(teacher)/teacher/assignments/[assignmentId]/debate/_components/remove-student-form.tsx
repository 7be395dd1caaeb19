"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { removeBoardStudentAction } from "@/lib/debate/teacher-actions";
import { REASON_MAX } from "@/lib/debate/teacher-schema";
import { PendingButton } from "./pending-button";

/** Takes a student off the board (they can still read it); the reason is optional and goes in the audit trail. */
export function RemoveStudentForm({
  assignmentId,
  studentId,
  studentName,
}: {
  assignmentId: string;
  studentId: string;
  studentName: string;
}) {
  const t = useTranslations("debateTeacher.students");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(removeBoardStudentAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("removeForm", { name: studentName })} className="row-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      <label htmlFor={`${id}-reason`} className="small-label">
        {t("removeReason")}
      </label>
      <input id={`${id}-reason`} name="reason" maxLength={REASON_MAX} className="text-input" />
      <PendingButton label={t("remove")} pendingLabel={t("saving")} pending={pending} />
      <FormStatus error={fieldErrors?.reason?.[0] ?? formError} />
    </form>
  );
}
