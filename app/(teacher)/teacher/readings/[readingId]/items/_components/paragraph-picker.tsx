"use client";

import { useTranslations } from "next-intl";

export type EditorParagraph = { id: string; position: number; text: string; heading: boolean };

type Props = {
  paragraphs: EditorParagraph[];
  textLang: string;
  cited: readonly string[];
  /** For a find-the-paragraph item: which paragraphs count as right, chosen beside each paragraph. */
  answers?: readonly string[];
  answerError?: string;
};

/**
 * The reading's text, each paragraph a toggle: clicking (or Space on) a paragraph cites it as the item's
 * evidence; feedback links there. A native checkbox wraps each paragraph, so it is labelled by its own words
 * and works from the keyboard.
 */
export function ParagraphPicker({ paragraphs, textLang, cited, answers, answerError }: Props) {
  const t = useTranslations("bank.editor");
  return (
    <fieldset className="stack">
      <legend>{t("citedLegend")}</legend>
      <p className="hint">{t(answers ? "citedHintParagraph" : "citedHint")}</p>
      {answerError && <p className="field-error">{answerError}</p>}
      <ol className="cite-paragraphs" lang={textLang}>
        {paragraphs.map((p) => (
          <li key={p.id}>
            <label className={p.heading ? "choice cite-choice cite-heading" : "choice cite-choice"}>
              <input type="checkbox" name={`cite:${p.id}`} defaultChecked={cited.includes(p.id)} />
              <span>
                <b lang="en">¶{p.position}</b> {p.text}
              </span>
            </label>
            {answers && (
              <label className="choice cite-answer">
                <input type="checkbox" name={`answer:${p.id}`} defaultChecked={answers.includes(p.id)} />
                <span>{t("rightParagraph", { n: p.position })}</span>
              </label>
            )}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
