"use client";

import { useTranslations } from "next-intl";
import type { ErrorKey } from "@/lib/actions/result";

/** The form's live region: screen readers hear the outcome of a submit without moving focus. */
export function FormStatus({ error, success }: { error?: ErrorKey; success?: string }) {
  const t = useTranslations("errors");
  return (
    <div aria-live="polite" role="status" className="form-status">
      {error && <p className="form-error">{t(error)}</p>}
      {success && <p className="form-success">{success}</p>}
    </div>
  );
}
