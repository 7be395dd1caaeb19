"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ItemInput } from "@/components/quiz/item-input";
import { contentLanguage } from "@/i18n/locales";
import { OPTION_ROWS } from "@/lib/quiz/item-form";
import { type ItemType, localized } from "@/lib/quiz/items";
import { PARAGRAPH_EXCERPT_CHARS } from "@/lib/quiz/quiz-page-props";
import { sentenceExcerpt } from "@/lib/text/excerpt";
import type { EditorParagraph } from "./paragraph-picker";

type Props = { fields: Record<string, string>; type: ItemType; paragraphs: EditorParagraph[] };

/**
 * The item as a student will see it, drawn by the quiz's own controls from what the form holds now (not yet
 * saved). Answering here changes nothing. Students see the options in their own shuffled order.
 */
export function ItemPreview({ fields, type, paragraphs }: Props) {
  const t = useTranslations("bank.editor");
  const tQuiz = useTranslations("quiz");
  const language = contentLanguage(useLocale());
  const [value, setValue] = useState<unknown>(undefined);
  const text = (name: string) =>
    localized({ zhHant: fields[`${name}ZhHant`] ?? "", en: fields[`${name}En`] ?? "" }, language);
  const options = Array.from({ length: OPTION_ROWS }, (_, i) => ({
    key: String(i + 1),
    label: text(`option${i + 1}`),
  })).filter((o) => o.label);
  const item = {
    id: "preview",
    type,
    prompt: text("prompt"),
    points: Number(fields.points) || 1,
    options: type === "single" || type === "multiple" ? options : undefined,
  };
  // A paragraph pick shows each paragraph's opening, as the quiz does.
  const excerpts = paragraphs.map((p) => ({ ...p, text: sentenceExcerpt(p.text, PARAGRAPH_EXCERPT_CHARS) }));
  return (
    <section aria-labelledby="preview-heading" className="panel stack quiz-item item-preview">
      <h2 id="preview-heading">{t("preview")}</h2>
      <p className="hint">{t("previewHint")}</p>
      <h3>{tQuiz("itemHeading", { n: 1, points: item.points })}</h3>
      <fieldset>
        <legend className="prompt">{item.prompt || t("previewNoPrompt")}</legend>
        <ItemInput item={item} value={value} paragraphs={excerpts} onChange={(v) => setValue(v)} onLeave={() => {}} />
      </fieldset>
    </section>
  );
}
