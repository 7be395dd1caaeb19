"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { saveItemAction } from "@/lib/quiz/bank-actions";
import { ITEM_TEXT_MAX } from "@/lib/quiz/item-form";
import { CLAIM_TYPES, ITEM_TYPES, type ItemType, type QuizItem, VERDICTS } from "@/lib/quiz/items";
import { ItemPreview } from "./item-preview";
import { OptionRows } from "./option-rows";
import { type EditorParagraph, ParagraphPicker } from "./paragraph-picker";

type Props = {
  readingId: string;
  /** The lang of the reading's text, for the paragraphs and the zh-Hant fields. */
  textLang: string;
  paragraphs: EditorParagraph[];
  /** The current revision being edited; none for a new item. */
  editing?: { id: string; item: QuizItem };
  /** A student has started a quiz on this reading: saving an edit adds a new revision (decision 0023). */
  started: boolean;
};

/**
 * Writes or edits one item of a reading's question bank: every type, each text in zh-Hant and/or English,
 * evidence cited by clicking paragraphs of the text, and a preview drawn by the quiz's own controls.
 * The server checks it again (lib/quiz/item-form.ts, bank-edits.ts); on success it opens the bank page.
 */
export function ItemEditor({ readingId, textLang, paragraphs, editing, started }: Props) {
  const t = useTranslations("bank.editor");
  const tBank = useTranslations("bank");
  const tQuiz = useTranslations("quiz");
  const tErrors = useTranslations("errors");
  const item = editing?.item;
  const [type, setType] = useState<ItemType>(item?.type ?? "single");
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(saveItemAction);
  const form = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const snapshot = () => {
    if (!form.current) return;
    const data = new FormData(form.current);
    setFields(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)])));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: read the form again once the new type's fields are drawn.
  useEffect(snapshot, [type]);

  const errorText = (name: string) => fieldErrors?.[name]?.map((k) => tErrors(k)).join(" ");
  const pair = (name: string, label: string, rows: number, value?: { zhHant: string; en: string }, hint?: string) => (
    <div className="field-pair">
      <FormField
        name={`${name}ZhHant`}
        label={t("inZhHant", { field: label })}
        hint={hint}
        rows={rows}
        defaultValue={value?.zhHant}
        maxLength={ITEM_TEXT_MAX}
        lang={textLang === "en" ? "zh-Hant" : textLang}
        errors={fieldErrors?.[`${name}ZhHant`]}
      />
      <FormField
        name={`${name}En`}
        label={t("inEn", { field: label })}
        rows={rows}
        defaultValue={value?.en}
        maxLength={ITEM_TEXT_MAX}
        lang="en"
        errors={fieldErrors?.[`${name}En`]}
      />
    </div>
  );

  return (
    <div className="item-editor">
      <form
        ref={form}
        method="post"
        onSubmit={onSubmit}
        onChange={snapshot}
        noValidate
        className="stack"
        aria-label={editing ? t("editForm") : t("addForm")}
      >
        <input type="hidden" name="readingId" value={readingId} />
        {editing && <input type="hidden" name="itemId" value={editing.id} />}
        {editing && started && <p className="notice">{t("revisionNotice")}</p>}
        <div className="field-pair">
          <div className="field">
            <label htmlFor="item-type">{t("type")}</label>
            <select id="item-type" name="type" value={type} onChange={(e) => setType(e.target.value as ItemType)}>
              {ITEM_TYPES.map((k) => (
                <option key={k} value={k}>
                  {tBank(`type.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <FormField
            name="points"
            label={t("points")}
            type="number"
            min={1}
            max={10}
            defaultValue={String(item?.points ?? 1)}
            errors={fieldErrors?.points}
          />
        </div>
        {pair("prompt", t("prompt"), 3, item?.prompt, t("promptHint"))}

        {(type === "single" || type === "multiple") && (
          <OptionRows
            key={type}
            kind={type}
            textLang={textLang}
            fieldErrors={fieldErrors}
            initial={
              item?.type === "single" || item?.type === "multiple"
                ? item.options.map((o) => ({
                    ...o,
                    correct: item.type === "single" ? item.answer === o.key : item.answer.includes(o.key),
                  }))
                : []
            }
          />
        )}
        {type === "true_false" && (
          <fieldset className="choices">
            <legend>{t("truthLegend")}</legend>
            {(["true", "false"] as const).map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name="truth"
                  value={v}
                  defaultChecked={item?.type === "true_false" && String(item.answer) === v}
                />
                <span>{tQuiz(v)}</span>
              </label>
            ))}
            {errorText("truth") && <p className="field-error">{errorText("truth")}</p>}
          </fieldset>
        )}
        {type === "classify" && (
          <div className="field-pair">
            <AnswerSelect
              name="claimType"
              label={t("rightAnswer", { field: tQuiz("claimTypeLegend") })}
              choose={t("choose")}
              values={CLAIM_TYPES.map((v) => [v, tQuiz(`claimType.${v}`)])}
              initial={item?.type === "classify" ? item.answer.type : ""}
              error={errorText("claimType")}
            />
            <AnswerSelect
              name="verdict"
              label={t("rightAnswer", { field: tQuiz("verdictLegend") })}
              choose={t("choose")}
              values={VERDICTS.map((v) => [v, tQuiz(`verdict.${v}`)])}
              initial={item?.type === "classify" ? item.answer.verdict : ""}
              error={errorText("verdict")}
            />
          </div>
        )}
        {type === "short" &&
          pair("rubric", t("rubric"), 4, item?.type === "short" ? item.rubric : undefined, t("rubricHint"))}

        <ParagraphPicker
          paragraphs={paragraphs}
          textLang={textLang}
          cited={item?.paragraphs ?? []}
          answers={type === "paragraph" ? (item?.type === "paragraph" ? item.answer : []) : undefined}
          answerError={errorText("answerParagraphs")}
        />
        {pair("explanation", t("explanation"), 3, item?.explanation, t("explanationHint"))}
        <FormStatus error={formError} />
        <SubmitButton label={t(editing ? "save" : "add")} pendingLabel={t("saving")} pending={pending} />
      </form>
      <ItemPreview fields={fields} type={type} paragraphs={paragraphs} />
    </div>
  );
}

type AnswerSelectProps = {
  name: string;
  label: string;
  choose: string;
  values: [string, string][];
  initial: string;
  error?: string;
};

/** One half of a claim classification's right answer. */
function AnswerSelect({ name, label, choose, values, initial, error }: AnswerSelectProps) {
  return (
    <div className="field">
      <label htmlFor={`item-${name}`}>{label}</label>
      <select
        id={`item-${name}`}
        name={name}
        defaultValue={initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `item-${name}-error` : undefined}
      >
        <option value="">{choose}</option>
        {values.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
      {error && (
        <p id={`item-${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
