"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { ActionResult, ErrorKey } from "@/lib/actions/result";
import type { ReadingDraft } from "@/lib/readings/import/draft";

const ENDPOINT = "/teacher/readings/import";

/**
 * Fills the reading form from a file (.docx, .txt, .md) or a web page. Nothing is saved: the teacher sees
 * the text and its paragraphs in the form below and saves from there. Two small forms, each with its own
 * message, so a refused URL does not look like a refused file.
 */
export function ImportPanel({ onDraft }: { onDraft: (draft: ReadingDraft) => void }) {
  const t = useTranslations("library.import");
  return (
    <section aria-labelledby="import-heading" className="panel stack">
      <h2 id="import-heading">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      <ImportForm
        kind="file"
        label={t("fileForm")}
        onDraft={onDraft}
        body={(form) => form}
        field={(id, describedBy) => (
          <div className="field">
            <label htmlFor={id}>{t("file")}</label>
            <input
              id={id}
              type="file"
              name="file"
              accept=".docx,.txt,.md,.markdown,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              required
              aria-describedby={describedBy}
            />
          </div>
        )}
        hint={t("fileHint")}
        submit={t("importFile")}
      />
      <ImportForm
        kind="url"
        label={t("urlForm")}
        onDraft={onDraft}
        body={(form) => JSON.stringify({ url: form.get("url") })}
        field={(id, describedBy) => (
          <div className="field">
            <label htmlFor={id}>{t("url")}</label>
            <input id={id} type="url" name="url" inputMode="url" required aria-describedby={describedBy} />
          </div>
        )}
        hint={t("urlHint")}
        submit={t("importUrl")}
      />
    </section>
  );
}

function ImportForm({
  kind,
  label,
  hint,
  submit,
  field,
  body,
  onDraft,
}: {
  kind: "file" | "url";
  label: string;
  hint: string;
  submit: string;
  field: (id: string, describedBy: string) => React.ReactNode;
  body: (form: FormData) => BodyInit;
  onDraft: (draft: ReadingDraft) => void;
}) {
  const t = useTranslations("library.import");
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorKey | undefined>();
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setDone(false);
    try {
      const response = await fetch(ENDPOINT, { method: "POST", body: body(new FormData(event.currentTarget)) });
      const result = (await response.json()) as ActionResult<ReadingDraft>;
      if (result.ok) {
        onDraft(result.value);
        setDone(true);
      } else {
        setError(result.fieldErrors?.[kind]?.[0] ?? result.formError ?? "formHasErrors");
      }
    } catch {
      setError("network");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack import-form" aria-label={label} noValidate={false}>
      {field(`${id}-input`, `${id}-hint`)}
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <FormStatus error={error} success={done ? t("done") : undefined} />
      <SubmitButton label={submit} pendingLabel={t("importing")} pending={pending} tone="plain" />
    </form>
  );
}
