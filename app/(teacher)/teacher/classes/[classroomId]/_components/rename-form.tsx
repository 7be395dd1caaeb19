"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { renameClassroomAction } from "@/lib/classes/actions";

export function RenameForm({ classroomId, name }: { classroomId: string; name: string }) {
  const t = useTranslations("classPage");
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(renameClassroomAction);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="inline-form">
      <input type="hidden" name="classroomId" value={classroomId} />
      <FormField name="name" label={t("rename")} defaultValue={name} errors={fieldErrors?.name} />
      <FormStatus error={formError} success={state?.ok ? t("renamed") : undefined} />
      <SubmitButton label={t("renameSubmit")} pendingLabel={t("renaming")} pending={pending} />
    </form>
  );
}
