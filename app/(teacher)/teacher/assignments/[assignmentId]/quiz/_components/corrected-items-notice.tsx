"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { regradeWithCurrentItemsAction } from "@/lib/quiz/teacher-actions";

/** `items` names the corrected items as people see them ("第 1 題"). */
type Props = { assignmentId: string; attempts: number; items: string[] };

/**
 * Shown when items were corrected after students handed in (decision 0023): which items, how many attempts
 * still count their earlier versions, and the one button that grades those attempts again. Always mounted,
 * so the outcome stays on screen after the page re-renders without the notice.
 */
export function CorrectedItemsNotice({ assignmentId, attempts, items }: Props) {
  const t = useTranslations("quizResults");
  const [state, formAction, pending] = useActionState(regradeWithCurrentItemsAction, null);
  if (attempts === 0 && !state) return null;
  return (
    <section className="notice" aria-labelledby="corrected-items">
      <h2 id="corrected-items">{t("correctedTitle")}</h2>
      {attempts > 0 && <p>{t("correctedNotice", { count: attempts, keys: items.join(t("listSeparator")) })}</p>}
      <form action={formAction} aria-label={t("regradeSubmit")}>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        {attempts > 0 && (
          <SubmitButton label={t("regradeSubmit")} pendingLabel={t("regradePending")} pending={pending} />
        )}
        <FormStatus
          error={state && !state.ok ? (state.formError ?? "unexpected") : undefined}
          success={state?.ok ? t("regraded", { count: state.value.regraded }) : undefined}
        />
      </form>
    </section>
  );
}
