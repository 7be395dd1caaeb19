"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import type { Side } from "@/lib/debate/sides";
import { assignSideAction } from "@/lib/debate/teacher-actions";
import { PendingButton } from "./pending-button";

type Props = {
  assignmentId: string;
  studentId: string;
  studentName: string;
  current: Side | null;
  sides: { side: Side; label: string }[];
};

/** Puts one student on a side (the board's active sides only); a select and a button fit a table cell. */
export function AssignSideForm({ assignmentId, studentId, studentName, current, sides }: Props) {
  const t = useTranslations("debateTeacher.students");
  const tErrors = useTranslations("errors");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(assignSideAction);
  const error = fieldErrors?.side?.map((key) => tErrors(key)).join(" ");
  const known = sides.some((s) => s.side === current);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("sideForm", { name: studentName })} className="row-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      <label htmlFor={`${id}-side`} className="visually-hidden">
        {t("sideSelect")}
      </label>
      <select
        id={`${id}-side`}
        name="side"
        defaultValue={known && current ? current : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {/* No side yet: an empty choice that the server refuses with "sideInvalid" if sent. */}
        {!known && <option value="">{t("sideNone")}</option>}
        {sides.map((s) => (
          <option key={s.side} value={s.side}>
            {s.label}
          </option>
        ))}
      </select>
      <PendingButton label={t("sideSubmit")} pendingLabel={t("saving")} pending={pending} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <FormStatus error={error ? undefined : formError} success={state?.ok ? t("saved") : undefined} />
    </form>
  );
}
