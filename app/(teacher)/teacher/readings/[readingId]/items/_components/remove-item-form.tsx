"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { removeBankItemAction } from "@/lib/quiz/bank-actions";

/** Takes an item out of the bank: deleted before any quiz on the reading began, archived after (kept for grades). */
export function RemoveItemForm({ readingId, itemId, n }: { readingId: string; itemId: string; n: number }) {
  const t = useTranslations("bank");
  const { onSubmit, pending, formError } = useFormAction(removeBankItemAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("removeForm", { n })}>
      <input type="hidden" name="readingId" value={readingId} />
      <input type="hidden" name="itemId" value={itemId} />
      <p className="hint">{t("removeHint")}</p>
      <FormStatus error={formError} />
      <SubmitButton label={t("remove", { n })} pendingLabel={t("removing")} pending={pending} />
    </form>
  );
}
