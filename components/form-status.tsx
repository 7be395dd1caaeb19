"use client";

import { useTranslations } from "next-intl";

/** The form's live region: screen readers hear the outcome of a submit without moving focus. */
export function FormStatus({ error, success }: { error?: string; success?: string }) {
  const t = useTranslations("errors");
  return (
    <div aria-live="polite" role="status" className="form-status">
      {error && <p className="form-error">{t(error as never)}</p>}
      {success && <p className="form-success">{success}</p>}
    </div>
  );
}
