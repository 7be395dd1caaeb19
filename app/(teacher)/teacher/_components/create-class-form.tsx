"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { createClassroomAction } from "@/lib/classes/actions";

export function CreateClassForm() {
  const t = useTranslations("teacherHome");
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(createClassroomAction);
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="inline-form"
      key={state?.ok ? JSON.stringify(state.value) : "form"}
    >
      <FormField name="name" label={t("newClassName")} errors={fieldErrors?.name} />
      <FormStatus error={formError} success={state?.ok ? t("created", { code: state.value.joinCode }) : undefined} />
      <SubmitButton label={t("createClass")} pendingLabel={t("creating")} pending={pending} />
    </form>
  );
}
