"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { PHASES, type Phase } from "@/lib/debate/phases";
import { setPhaseAction } from "@/lib/debate/teacher-actions";
import { PendingButton } from "./pending-button";

/**
 * One button per phase; the pressed one is the phase in force now (deadlines applied), so the teacher
 * sees what students see. The buttons' labels never change while sending: aria-pressed carries the state.
 */
export function PhaseForm({ assignmentId, current }: { assignmentId: string; current: Phase }) {
  const t = useTranslations("debateTeacher.controls");
  const { onSubmit, pending, formError, state } = useFormAction(setPhaseAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("phaseForm")} aria-describedby="phase-hint">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="button-row">
        {PHASES.map((phase) => (
          <PendingButton
            key={phase}
            name="phase"
            value={phase}
            label={t(`phaseButton.${phase}`)}
            pendingLabel={t(`phaseButton.${phase}`)}
            pending={pending}
            pressed={current === phase}
          />
        ))}
      </div>
      <p id="phase-hint" className="hint">
        {t("phaseHint")}
      </p>
      <FormStatus error={formError} success={state?.ok ? t("phaseChanged") : undefined} />
    </form>
  );
}
