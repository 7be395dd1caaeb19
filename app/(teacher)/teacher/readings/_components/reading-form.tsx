"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { createReadingAction, updateReadingAction } from "@/lib/readings/authoring-actions";
import type { ReadingDraft } from "@/lib/readings/import/draft";
import { READING_LANGUAGES } from "@/lib/readings/reading-languages";
import { draftText, joinParagraphs, parseDraft, READING_MAX_CHARS } from "@/lib/readings/split";

/** Editing a saved reading: which, the version shown (a stale tab's save is refused), its language. */
export type ReadingEdit = { readingId: string; version: number; language: string; assigned: boolean };

/**
 * A new reading from pasted or imported text, or an edit of a saved one. The paragraphs are shown as the server will split them (the
 * same function, parseDraft), as the teacher types, so what they see before saving is what is saved. Each
 * paragraph in the preview can be made a heading or merged with the next; splitting one is a new line in
 * the text.
 */
export function ReadingForm({ initial, editing }: { initial: ReadingDraft; editing?: ReadingEdit }) {
  const t = useTranslations("library");
  const tErrors = useTranslations("errors");
  const id = useId();
  const [text, setText] = useState(initial.text);
  const shownText = useDeferredValue(text);
  const paragraphs = parseDraft(shownText);
  // The tools work on what the preview shows, and write the text back in the form's one format.
  const toggleHeading = (i: number) =>
    setText(draftText(paragraphs.map((p, j) => (j === i ? { ...p, heading: !p.heading } : p))));
  const mergeWithNext = (i: number) =>
    setText(
      draftText([
        ...paragraphs.slice(0, i),
        { text: joinParagraphs(paragraphs[i]!.text, paragraphs[i + 1]!.text), heading: paragraphs[i]!.heading },
        ...paragraphs.slice(i + 2),
      ]),
    );
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(
    editing ? updateReadingAction : createReadingAction,
  );
  const textError = fieldErrors?.text?.map((key) => tErrors(key)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label={t(editing ? "editForm" : "form")}>
      {editing && (
        <>
          <input type="hidden" name="readingId" value={editing.readingId} />
          <input type="hidden" name="version" value={editing.version} />
          {editing.assigned && <p className="notice">{t("editAssignedNotice")}</p>}
        </>
      )}
      <FormField
        name="title"
        label={t("fieldTitle")}
        maxLength={200}
        defaultValue={initial.title}
        errors={fieldErrors?.title}
      />
      <FormField
        name="author"
        label={t("fieldAuthor")}
        maxLength={200}
        defaultValue={initial.author}
        errors={fieldErrors?.author}
      />
      <FormField
        name="source"
        label={t("fieldSource")}
        hint={t("fieldSourceHint")}
        maxLength={500}
        defaultValue={initial.source}
        errors={fieldErrors?.source}
      />
      <FormField
        name="publishedOn"
        label={t("fieldPublishedOn")}
        type="date"
        defaultValue={initial.publishedOn}
        errors={fieldErrors?.publishedOn}
      />
      <div className="field">
        <label htmlFor={`${id}-language`}>{t("fieldLanguage")}</label>
        <p id={`${id}-language-hint`} className="hint">
          {t("fieldLanguageHint")}
        </p>
        <select
          id={`${id}-language`}
          name="language"
          defaultValue={editing?.language ?? "auto"}
          aria-describedby={`${id}-language-hint`}
        >
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
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: the preview is the text's own order, rebuilt as it is typed
                key={i}
                className="preview-item"
                aria-label={t(p.heading ? "previewHeading" : "previewParagraph", { n: i + 1 })}
              >
                <p className={p.heading ? "para-heading" : undefined}>{p.text}</p>
                <span className="button-row">
                  <button
                    type="button"
                    className="button small"
                    aria-pressed={p.heading}
                    aria-label={t("markHeading", { n: i + 1 })}
                    onClick={() => toggleHeading(i)}
                  >
                    {t("heading")}
                  </button>
                  {i < paragraphs.length - 1 && (
                    <button
                      type="button"
                      className="button small"
                      aria-label={t("mergeNext", { n: i + 1 })}
                      onClick={() => mergeWithNext(i)}
                    >
                      {t("merge")}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <FormStatus error={formError} />
      <SubmitButton label={t(editing ? "saveEdit" : "save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
