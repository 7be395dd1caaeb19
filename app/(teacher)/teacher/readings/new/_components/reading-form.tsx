"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { createReadingAction } from "@/lib/readings/authoring-actions";
import { READING_LANGUAGES } from "@/lib/readings/reading-languages";
import { READING_MAX_CHARS, splitParagraphs } from "@/lib/readings/split";

/**
 * A new reading from pasted text. The paragraphs are shown as the server will split them (the same
 * function), as the teacher types, so what they see before saving is what is saved.
 */
export function ReadingForm() {
  const t = useTranslations("library");
  const tErrors = useTranslations("errors");
  const id = useId();
  const [text, setText] = useState("");
  const paragraphs = splitParagraphs(useDeferredValue(text));
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(createReadingAction);
  const textError = fieldErrors?.text?.map((key) => tErrors(key)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label={t("form")}>
      <FormField name="title" label={t("fieldTitle")} maxLength={200} errors={fieldErrors?.title} />
      <FormField name="author" label={t("fieldAuthor")} maxLength={200} errors={fieldErrors?.author} />
      <FormField
        name="source"
        label={t("fieldSource")}
        hint={t("fieldSourceHint")}
        maxLength={500}
        errors={fieldErrors?.source}
      />
      <FormField name="publishedOn" label={t("fieldPublishedOn")} type="date" errors={fieldErrors?.publishedOn} />
      <div className="field">
        <label htmlFor={`${id}-language`}>{t("fieldLanguage")}</label>
        <p id={`${id}-language-hint`} className="hint">
          {t("fieldLanguageHint")}
        </p>
        <select id={`${id}-language`} name="language" defaultValue="auto" aria-describedby={`${id}-language-hint`}>
          {(["auto", ...READING_LANGUAGES] as const).map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("fieldText")}</label>
        <p id={`${id}-text-hint`} className="hint">
          {t("fieldTextHint")}
        </p>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={14}
          maxLength={READING_MAX_CHARS}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={textError ? true : undefined}
          aria-describedby={[`${id}-text-hint`, textError && `${id}-text-error`].filter(Boolean).join(" ")}
        />
        {textError && (
          <p id={`${id}-text-error`} className="field-error">
            {textError}
          </p>
        )}
      </div>
      <section aria-labelledby={`${id}-preview`} className="panel paragraph-preview">
        <h2 id={`${id}-preview`}>
          {t("preview")}{" "}
          <span className="hint" aria-live="polite">
            {paragraphs.length > 0 && t("previewCount", { count: paragraphs.length })}
          </span>
        </h2>
        {paragraphs.length === 0 ? (
          <p className="hint">{t("previewEmpty")}</p>
        ) : (
          <ol className="preview-paragraphs">
            {paragraphs.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the preview is the text's own order, rebuilt as it is typed
              <li key={i} aria-label={t("previewParagraph", { n: i + 1 })}>
                {p}
              </li>
            ))}
          </ol>
        )}
      </section>
      <FormStatus error={formError} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
