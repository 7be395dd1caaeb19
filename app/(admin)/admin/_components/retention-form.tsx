"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { setRetentionAction } from "@/lib/admin/actions";
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from "@/lib/admin/retention-limits";

export function RetentionForm({ retentionDays }: { retentionDays: number }) {
  const t = useTranslations("admin");
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(setRetentionAction);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="inline-form">
      <FormField
        name="retentionDays"
        type="number"
        min={RETENTION_DAYS_MIN}
        max={RETENTION_DAYS_MAX}
        label={t("retentionDays")}
        hint={t("retentionHint")}
        defaultValue={String(retentionDays)}
        errors={fieldErrors?.retentionDays}
      />
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
