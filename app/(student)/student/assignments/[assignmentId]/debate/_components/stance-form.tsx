"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { setStanceAction } from "@/lib/debate/actions";

/** Where the student stands on the motion, 1 (retreat) to 5 (trap): before the debate and after it. */
export function StanceForm({ debateId, which }: { debateId: string; which: "before" | "after" }) {
  const t = useTranslations("debate");
  const { onSubmit, pending, formError, fieldErrors } = useFormAction(setStanceAction);
  return (
    <form method="post" onSubmit={onSubmit} className="stack panel">
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="which" value={which} />
      <fieldset>
        <legend>{which === "before" ? t("stanceBeforeLegend") : t("stanceAfterLegend")}</legend>
        <div className="stance-scale">
          {[1, 2, 3, 4, 5].map((v) => (
            <label key={v} className="choice">
              <input type="radio" name="value" value={v} required /> {t(`stance${v}` as "stance1")}
            </label>
          ))}
        </div>
      </fieldset>
      <FormStatus error={fieldErrors?.value?.[0] ?? formError} />
      <SubmitButton label={t("stanceSubmit")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
