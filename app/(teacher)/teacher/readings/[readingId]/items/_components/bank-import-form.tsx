"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { ErrorKey } from "@/lib/actions/result";

type Problem = { line: number; reason: ErrorKey; detail?: string };
type Reply = { ok: true; added: number } | { ok: false; errors?: Problem[]; formError?: ErrorKey };

/** A GIFT, Aiken or CSV file into the bank: all of it, or, with any error, none, each error by line. */
export function BankImportForm({ readingId }: { readingId: string }) {
  const t = useTranslations("bank");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [formError, setFormError] = useState<ErrorKey | undefined>();
  const [added, setAdded] = useState<number | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setProblems([]);
    setFormError(undefined);
    setAdded(null);
    try {
      const response = await fetch(`/teacher/readings/${readingId}/items/import`, {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const reply = (await response.json()) as Reply;
      if (reply.ok) {
        setAdded(reply.added);
        router.refresh();
      } else if (reply.errors?.length) {
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
    <form onSubmit={onSubmit} className="stack" aria-label={t("importForm")}>
      <p className="hint">{t("importHint")}</p>
      <div className="field">
        <label htmlFor={`${id}-format`}>{t("format")}</label>
        <select id={`${id}-format`} name="format" defaultValue="gift">
          {(["gift", "aiken", "csv"] as const).map((f) => (
            <option key={f} value={f}>
              {t(`formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t("language")}</label>
        <p id={`${id}-language-hint`} className="hint">
          {t("languageHint")}
        </p>
        <select id={`${id}-language`} name="language" defaultValue="zhHant" aria-describedby={`${id}-language-hint`}>
          {(["zhHant", "en"] as const).map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("file")}</label>
        <input id={`${id}-file`} type="file" name="file" accept=".txt,.gift,.csv,text/plain,text/csv" required />
      </div>
      <FormStatus error={formError} success={added !== null ? t("imported", { count: added }) : undefined} />
      {problems.length > 0 && (
        <ul className="form-error" aria-label={t("problems")}>
          {problems.slice(0, 50).map((p) => (
            <li key={`${p.line}:${p.reason}:${p.detail ?? ""}`}>
              {t("problem", { line: p.line, reason: tErrors(p.reason) })}
              {p.detail && <> （{p.detail}）</>}
            </li>
          ))}
        </ul>
      )}
      <SubmitButton label={t("import")} pendingLabel={t("importing")} pending={pending} />
    </form>
  );
}
