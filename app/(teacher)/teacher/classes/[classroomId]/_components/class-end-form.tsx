"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { setClassEndAction } from "@/lib/classes/actions";

/** The class's last day, after which (plus the school's retention period) its student data is deleted. */
export function ClassEndForm({ classroomId, endsOn, hint }: { classroomId: string; endsOn: string; hint: string }) {
  const t = useTranslations("classPage");
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(setClassEndAction);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="inline-form">
      <input type="hidden" name="classroomId" value={classroomId} />
      <FormField
        name="endsOn"
        type="date"
        label={t("endsOn")}
        hint={hint}
        defaultValue={endsOn}
        errors={fieldErrors?.endsOn}
      />
      <FormStatus error={formError} success={state?.ok ? t("endsOnSaved") : undefined} />
      <SubmitButton label={t("endsOnSubmit")} pendingLabel={t("renaming")} pending={pending} />
    </form>
  );
}
