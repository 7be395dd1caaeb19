"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { chooseSideAction } from "@/lib/debate/actions";
import type { Side } from "@/lib/debate/sides";
import type { SideNames } from "@/lib/debate/wording";

export function SideForm({
  debateId,
  sides,
  current,
  sideNames,
}: {
  debateId: string;
  sides: readonly Side[];
  current: Side | null;
  sideNames: SideNames;
}) {
  const t = useTranslations("debate");
  const { onSubmit, pending, formError } = useFormAction(chooseSideAction);
  return (
    <form method="post" onSubmit={onSubmit} className="button-row" aria-label={t("chooseSide")}>
      <input type="hidden" name="debateId" value={debateId} />
      <span>{t("chooseSide")}</span>
      {sides.map((side) => (
        <button
          key={side}
          type="submit"
          name="side"
          value={side}
          className="button small"
          aria-pressed={current === side}
          aria-disabled={pending}
        >
          {sideNames[side]}
        </button>
      ))}
      <FormStatus error={formError} />
    </form>
  );
}
