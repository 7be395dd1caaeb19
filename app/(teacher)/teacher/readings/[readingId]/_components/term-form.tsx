"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { addTermAction, updateTermAction } from "@/lib/readings/authoring-actions";
import { EXPLANATION_MAX, TERM_MAX } from "@/lib/readings/glossary-schema";

export type TermValues = {
  id: string;
  term: string;
  aliases: string[];
  explanationZhHant: string;
  explanationEn: string;
};

/** Adds a glossary term (no `term` given) or edits one. After adding, the form is empty for the next term. */
export function TermForm({ readingId, term, language }: { readingId: string; term?: TermValues; language: string }) {
  const t = useTranslations("library.glossary");
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(term ? updateTermAction : addTermAction);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && !term) form.current?.reset();
  }, [state, term]);
  return (
    <form
      ref={form}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="stack"
      aria-label={term ? t("editForm", { term: term.term }) : t("addForm")}
    >
      <input type="hidden" name="readingId" value={readingId} />
      {term && <input type="hidden" name="termId" value={term.id} />}
      <FormField
        name="term"
        label={t("term")}
        hint={t("termHint")}
        defaultValue={term?.term}
        maxLength={TERM_MAX}
        lang={language}
        errors={fieldErrors?.term}
      />
      <FormField
        name="aliases"
        label={t("aliases")}
        hint={t("aliasesHint")}
        defaultValue={term?.aliases.join("、")}
        lang={language}
        errors={fieldErrors?.aliases}
      />
      <FormField
        name="explanationZhHant"
        label={t("explanationZhHant")}
        rows={3}
        defaultValue={term?.explanationZhHant}
        maxLength={EXPLANATION_MAX}
        lang="zh-Hant"
        errors={fieldErrors?.explanationZhHant}
      />
      <FormField
        name="explanationEn"
        label={t("explanationEn")}
        hint={t("explanationHint")}
        rows={3}
        defaultValue={term?.explanationEn}
        maxLength={EXPLANATION_MAX}
        lang="en"
        errors={fieldErrors?.explanationEn}
      />
      <FormStatus error={formError} success={state?.ok ? t(term ? "saved" : "added") : undefined} />
      <SubmitButton label={t(term ? "save" : "add")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
