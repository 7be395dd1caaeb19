"use client";

import { useTranslations } from "next-intl";

/** Unexpected failures land here: a plain message and the digest that matches the server log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section className="narrow" role="alert">
      <h1>{t("unexpected")}</h1>
      {error.digest && <p className="muted">{t("errorId", { id: error.digest })}</p>}
      <button type="button" className="button" onClick={reset}>
        {t("tryAgain")}
      </button>
    </section>
  );
}
