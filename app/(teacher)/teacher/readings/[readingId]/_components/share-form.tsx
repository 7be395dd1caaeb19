"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { shareReadingAction } from "@/lib/readings/authoring-actions";

/** Shares the teacher's reading with the school, or keeps it to them: one button saying what it will do. */
export function ShareForm({ readingId, shared }: { readingId: string; shared: boolean }) {
  const t = useTranslations("library");
  const { onSubmit, pending, formError, state } = useFormAction(shareReadingAction);
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={t("shareForm")}>
      <input type="hidden" name="readingId" value={readingId} />
      <input type="hidden" name="shared" value={shared ? "off" : "on"} />
      <p className="hint">{shared ? t("shareHintOn") : t("shareHintOff")}</p>
      <FormStatus error={formError} success={state?.ok ? t("shared") : undefined} />
      <SubmitButton label={shared ? t("shareOff") : t("shareOn")} pendingLabel={t("sharing")} pending={pending} />
    </form>
  );
}
