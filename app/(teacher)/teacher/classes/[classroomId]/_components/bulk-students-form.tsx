"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { addStudentsFromListAction } from "@/lib/classes/actions";

/**
 * Paste names, get accounts: the login names and one-time codes come back once, as a table to print (the
 * page prints only the handout) and as CSV. Sending the same list again after a lost reply (the client key)
 * gives the same accounts new codes, not a second set.
 */
export function BulkStudentsForm({ classroomId }: { classroomId: string }) {
  const t = useTranslations("classPage");
  const id = useId();
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(addStudentsFromListAction, {
    clientKey: true,
  });
  const added = state?.ok ? state.value : null;
  return (
    <div className="stack">
      <form method="post" onSubmit={onSubmit} noValidate className="stack">
        <input type="hidden" name="classroomId" value={classroomId} />
        <FormField name="names" rows={6} label={t("bulkNames")} hint={t("bulkHint")} errors={fieldErrors?.names} />
        <FormStatus error={formError} />
        <SubmitButton label={t("bulkSubmit")} pendingLabel={t("bulkSubmitting")} pending={pending} />
      </form>
      {added && (
        <section className="handout stack" aria-labelledby={`${id}-caption`}>
          <p role="status">{t("bulkDone", { count: added.students.length, days: added.days })}</p>
          <div className="table-wrap">
            <table>
              <caption id={`${id}-caption`}>{t("bulkTableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("bulkName")}</th>
                  <th scope="col">{t("bulkLoginName")}</th>
                  <th scope="col">{t("bulkCode")}</th>
                </tr>
              </thead>
              <tbody>
                {added.students.map((s) => (
                  <tr key={s.loginName}>
                    <th scope="row">{s.name}</th>
                    <td>{s.loginName}</td>
                    <td className="reset-code">{s.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{t("bulkHowTo", { url: added.url })}</p>
          <div className="button-row no-print">
            <button type="button" className="button" onClick={printHandout}>
              {t("bulkPrint")}
            </button>
            <a
              className="button"
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(added.csv)}`}
              download="students.csv"
            >
              {t("bulkCsv")}
            </a>
          </div>
        </section>
      )}
    </div>
  );
}

/** Prints the handout alone: the rest of the page is hidden while the print dialog is open (globals.css). */
function printHandout() {
  document.body.classList.add("print-handout");
  window.addEventListener("afterprint", () => document.body.classList.remove("print-handout"), { once: true });
  window.print();
}
