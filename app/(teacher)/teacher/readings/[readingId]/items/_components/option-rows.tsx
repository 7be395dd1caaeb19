"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ErrorKey } from "@/lib/actions/result";
import { ITEM_TEXT_MAX, OPTION_ROWS } from "@/lib/quiz/item-form";

export type OptionValues = { key: string; zhHant: string; en: string; correct: boolean };

type Props = {
  kind: "single" | "multiple";
  initial: OptionValues[];
  textLang: string;
  fieldErrors?: Record<string, ErrorKey[] | undefined>;
};

/**
 * The options of a choice item, one row each: the text in zh-Hant and English, and whether it is right
 * (a radio for single choice, a checkbox for multiple). Empty rows are left out when saved. Each row keeps
 * the key it had, so a reworded option still means what answers to it chose.
 */
export function OptionRows({ kind, initial, textLang, fieldErrors }: Props) {
  const t = useTranslations("bank.editor");
  const tErrors = useTranslations("errors");
  const [count, setCount] = useState(Math.max(4, initial.length));
  const errorOf = (name: string) => fieldErrors?.[name]?.map((k) => tErrors(k)).join(" ");
  const listError = errorOf("options") ?? errorOf("correct");
  return (
    <fieldset className="stack option-rows" aria-describedby={listError ? "options-error" : undefined}>
      <legend>{t(kind === "single" ? "optionsSingle" : "optionsMultiple")}</legend>
      <p className="hint">{t("optionsHint")}</p>
      {Array.from({ length: count }, (_, i) => {
        const row = i + 1;
        const option = initial[i];
        const rowError = errorOf(`option${row}ZhHant`);
        return (
          <fieldset key={row} className="option-row">
            <legend className="visually-hidden">{t("option", { n: row })}</legend>
            {option && <input type="hidden" name={`option${row}Key`} value={option.key} />}
            <label className="choice option-correct">
              <input
                type={kind === "single" ? "radio" : "checkbox"}
                name={kind === "single" ? "correct" : `correct${row}`}
                value={kind === "single" ? String(row) : "on"}
                defaultChecked={option?.correct}
              />
              <span>{t("correctOption", { n: row })}</span>
            </label>
            <label>
              <span className="visually-hidden">{t("optionZhHant", { n: row })}</span>
              <input
                name={`option${row}ZhHant`}
                defaultValue={option?.zhHant}
                maxLength={ITEM_TEXT_MAX}
                lang={textLang === "en" ? "zh-Hant" : textLang}
                placeholder={t("optionZhHantPlaceholder")}
                aria-invalid={rowError ? true : undefined}
              />
            </label>
            <label>
              <span className="visually-hidden">{t("optionEn", { n: row })}</span>
              <input
                name={`option${row}En`}
                defaultValue={option?.en}
                maxLength={ITEM_TEXT_MAX}
                lang="en"
                placeholder={t("optionEnPlaceholder")}
              />
            </label>
            {rowError && <p className="field-error">{rowError}</p>}
          </fieldset>
        );
      })}
      {listError && (
        <p id="options-error" className="field-error">
          {listError}
        </p>
      )}
      {count < OPTION_ROWS && (
        <p>
          <button type="button" className="button" onClick={() => setCount(count + 1)}>
            {t("addOption")}
          </button>
        </p>
      )}
    </fieldset>
  );
}
