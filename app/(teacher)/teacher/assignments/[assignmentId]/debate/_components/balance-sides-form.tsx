"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import type { Side } from "@/lib/debate/sides";
import { balanceSidesAction } from "@/lib/debate/teacher-actions";
import { PendingButton } from "./pending-button";

/** Gives every student without a side one, evenly; says how many got one and how the sides now stand. */
export function BalanceSidesForm({
  assignmentId,
  sides,
}: {
  assignmentId: string;
  sides: { side: Side; label: string }[];
}) {
  const t = useTranslations("debateTeacher.controls");
  const { onSubmit, pending, formError, state } = useFormAction(balanceSidesAction);
  const result = state?.ok ? state.value : undefined;
  const summary =
    result &&
    t("balanced", {
      assigned: result.assigned,
      counts: sides
        .map((s) => t("sideCount", { side: s.label, count: result.counts[s.side] }))
        .join(t("countSeparator")),
    });
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("balanceForm")} aria-describedby="balance-hint">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <PendingButton label={t("balance")} pendingLabel={t("working")} pending={pending} />
      <p id="balance-hint" className="hint">
        {t("balanceHint")}
      </p>
      <FormStatus error={formError} success={summary} />
    </form>
  );
}
