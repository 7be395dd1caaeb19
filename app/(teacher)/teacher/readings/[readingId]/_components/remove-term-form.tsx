"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { removeTermAction } from "@/lib/readings/authoring-actions";

/** Takes a term out of the glossary: the reader stops marking it at once; nothing students wrote depends on it. */
export function RemoveTermForm({ readingId, termId, term }: { readingId: string; termId: string; term: string }) {
  const t = useTranslations("library.glossary");
  const { onSubmit, pending, formError } = useFormAction(removeTermAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("removeForm", { term })}>
      <input type="hidden" name="readingId" value={readingId} />
      <input type="hidden" name="termId" value={termId} />
      <FormStatus error={formError} />
      <SubmitButton label={t("remove", { term })} pendingLabel={t("removing")} pending={pending} />
    </form>
  );
}
