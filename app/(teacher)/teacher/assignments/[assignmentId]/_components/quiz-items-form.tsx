"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { ITEM_SELECTIONS, type ItemSelection } from "@/lib/quiz/selection-modes";
import { saveQuizItemsAction } from "@/lib/quiz/settings-actions";

export type SelectableItem = { key: string; n: number; label: string; lang: string };

type Props = {
  assignmentId: string;
  items: SelectableItem[];
  selection: { itemSelection: ItemSelection; chosenKeys: string[]; randomCount: number; orderByParagraph: boolean };
};

/** Which of the reading's items the quiz asks: all, the ones chosen here, or a random draw per student. */
export function QuizItemsForm({ assignmentId, items, selection }: Props) {
  const t = useTranslations("quizSettings.items");
  const tErrors = useTranslations("errors");
  const [mode, setMode] = useState<ItemSelection>(selection.itemSelection);
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(saveQuizItemsAction);
  const chosenError = fieldErrors?.chosen?.map((k) => tErrors(k)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={t("title")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <p className="hint">{t("hint")}</p>
      <fieldset>
        <legend>{t("selection")}</legend>
        {ITEM_SELECTIONS.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="itemSelection"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{" "}
            {t(value, { count: items.length })}
          </label>
        ))}
      </fieldset>
      {mode === "random" && (
        <FormField
          name="randomCount"
          type="number"
          min={1}
          max={items.length}
          label={t("randomCount", { count: items.length })}
          defaultValue={selection.randomCount ? String(selection.randomCount) : ""}
          errors={fieldErrors?.randomCount}
        />
      )}
      {mode === "chosen" && (
        <fieldset aria-describedby={chosenError ? "chosen-error" : undefined}>
          <legend>{t("chosenLegend")}</legend>
          {items.map((item) => (
            <label key={item.key} className="choice">
              <input
                type="checkbox"
                name={`chosen:${item.key}`}
                defaultChecked={selection.chosenKeys.includes(item.key)}
              />
              <span>
                {item.n}. <span lang={item.lang}>{item.label}</span>
              </span>
            </label>
          ))}
          {chosenError && (
            <p id="chosen-error" className="field-error">
              {chosenError}
            </p>
          )}
        </fieldset>
      )}
      <label className="checkbox">
        <input type="checkbox" name="orderByParagraph" defaultChecked={selection.orderByParagraph} />{" "}
        {t("orderByParagraph")}
      </label>
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
