"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  action: (previous: unknown, form: unknown) => Promise<ActionResult<void>>;
  fields: Record<string, string>;
  label: string;
  tone?: "primary" | "danger" | "plain";
};

/** One button that changes a teacher's account; a refusal (the last administrator…) is said beside it. */
export function AccountButton({ action, fields, label, tone = "plain" }: Props) {
  const t = useTranslations("admin");
  const { onSubmit, pending, formError } = useFormAction(action);
  return (
    <form method="post" onSubmit={onSubmit} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton label={label} pendingLabel={t("working")} pending={pending} tone={tone} />
      <FormStatus error={formError} />
    </form>
  );
}
