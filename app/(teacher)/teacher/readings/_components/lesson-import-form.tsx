"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { ErrorKey } from "@/lib/actions/result";

type Problem = { path: string; key: ErrorKey };
type Reply = { ok: true; readingId: string } | { ok: false; errors?: Problem[]; formError?: ErrorKey };

/**
 * A lesson file from another installation (docs/decisions/0036) becomes one of the teacher's own readings,
 * with its glossary, items and debate. A file with problems is refused whole, each problem listed with
 * where it is in the file.
 */
export function LessonImportForm() {
  const t = useTranslations("library.lesson");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [formError, setFormError] = useState<ErrorKey | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setFormError("required");
      return;
    }
    setPending(true);
    setProblems([]);
    setFormError(undefined);
    try {
      const response = await fetch("/teacher/readings/import-lesson", { method: "POST", body: await file.text() });
      const reply = (await response.json()) as Reply;
      if (reply.ok) router.push(`/teacher/readings/${reply.readingId}`);
      else if (reply.errors?.length) {
        setProblems(reply.errors);
        setFormError("formHasErrors");
      } else setFormError(reply.formError ?? "unexpected");
    } catch {
      setFormError("network");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-label={t("form")}>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("file")}</label>
        <p id={`${id}-hint`} className="hint">
          {t("hint")}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          name="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
        />
      </div>
      <FormStatus error={formError} />
      {problems.length > 0 && (
        <ul className="form-error" aria-label={t("problems")}>
          {problems.slice(0, 20).map((p) => (
            <li key={`${p.path}:${p.key}`}>
              {p.path ? `${p.path}：` : ""}
              {tErrors(p.key)}
            </li>
          ))}
        </ul>
      )}
      <SubmitButton label={t("import")} pendingLabel={t("importing")} pending={pending} />
    </form>
  );
}
