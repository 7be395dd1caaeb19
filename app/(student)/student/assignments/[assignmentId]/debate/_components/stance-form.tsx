"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { setStanceAction } from "@/lib/debate/actions";

/** Where the student stands on the motion, 1 (the first side) to 5 (the second): before the debate and after it. */
export function StanceForm({
  debateId,
  which,
  labels,
}: {
  debateId: string;
  which: "before" | "after";
  /** The five points of the scale, named after the board's sides (lib/debate/wording-words.ts stanceLabels). */
  labels: string[];
}) {
  const t = useTranslations("debate");
  const { onSubmit, pending, formError, fieldErrors } = useFormAction(setStanceAction);
  return (
    <form method="post" onSubmit={onSubmit} className="stack panel">
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="which" value={which} />
      <fieldset>
        <legend>{which === "before" ? t("stanceBeforeLegend") : t("stanceAfterLegend")}</legend>
        <div className="stance-scale">
          {labels.map((label, i) => (
            <label key={label} className="choice">
              <input type="radio" name="value" value={i + 1} required /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormStatus error={fieldErrors?.value?.[0] ?? formError} />
      <SubmitButton label={t("stanceSubmit")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
