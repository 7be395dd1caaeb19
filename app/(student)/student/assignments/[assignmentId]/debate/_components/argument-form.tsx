"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { postArgumentAction } from "@/lib/debate/actions";
import { CLAIM_MAX, REASONING_MAX, SOURCE_TITLE_MAX, URL_MAX } from "@/lib/debate/limits";
import type { Side } from "@/lib/debate/sides";
import type { SideNames } from "@/lib/debate/wording";
import { type Evidence, EvidencePicker } from "./evidence-picker";

type Props = {
  debateId: string;
  sides: readonly Side[];
  mySide: Side;
  sideNames: SideNames;
  highlights: Evidence[];
  script: "trad" | "simp";
  articleId: string;
};

/** A new argument: side, a one-sentence claim, reasoning, at least one quote, optionally an outside source. */
export function ArgumentForm({ debateId, sides, mySide, sideNames, highlights, script, articleId }: Props) {
  const t = useTranslations("debate");
  const tErrors = useTranslations("errors");
  const id = useId();
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const { onSubmit, pending, formError, fieldErrors, state } = useFormAction(postArgumentAction, { clientKey: true });
  const form = useRef<HTMLFormElement>(null);
  // Posted: start a fresh draft (each result is a new object, so this runs once per post).
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      setEvidence([]);
    }
  }, [state]);
  const error = (field: string) => fieldErrors?.[field]?.map((k) => tErrors(k)).join(" ");
  const fieldError = (field: string) =>
    error(field) ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {error(field)}
      </p>
    ) : null;
  const described = (field: string) => (error(field) ? `${id}-${field}-error` : undefined);
  return (
    <form ref={form} method="post" onSubmit={onSubmit} className="stack panel" aria-label={t("newArgument")}>
      <h2>{t("newArgument")}</h2>
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="quotes" value={JSON.stringify(evidence.map(({ position: _, ...q }) => q))} />
      <div className="field">
        <label htmlFor={`${id}-side`}>{t("argumentSide")}</label>
        <select
          id={`${id}-side`}
          name="side"
          defaultValue={mySide}
          aria-invalid={Boolean(error("side")) || undefined}
          aria-describedby={described("side")}
        >
          {sides.map((s) => (
            <option key={s} value={s}>
              {sideNames[s]}
              {s !== mySide ? ` ${t("steelmanMark")}` : ""}
            </option>
          ))}
        </select>
        {fieldError("side")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-claim`}>{t("claim")}</label>
        <p className="hint" id={`${id}-claim-hint`}>
          {t("claimHint", { max: CLAIM_MAX })}
        </p>
        <input
          id={`${id}-claim`}
          name="claim"
          maxLength={CLAIM_MAX}
          required
          aria-invalid={Boolean(error("claim")) || undefined}
          aria-describedby={[`${id}-claim-hint`, described("claim")].filter(Boolean).join(" ")}
        />
        {fieldError("claim")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-reasoning`}>{t("reasoning")}</label>
        <textarea
          id={`${id}-reasoning`}
          name="reasoning"
          rows={5}
          maxLength={REASONING_MAX}
          required
          aria-invalid={Boolean(error("reasoning")) || undefined}
          aria-describedby={described("reasoning")}
        />
        {fieldError("reasoning")}
      </div>
      <EvidencePicker
        highlights={highlights}
        script={script}
        articleId={articleId}
        value={evidence}
        onChange={setEvidence}
      />
      {fieldError("quotes")}
      <details>
        <summary>{t("outsideSource")}</summary>
        <div className="field">
          <label htmlFor={`${id}-st`}>{t("sourceTitle")}</label>
          <input
            id={`${id}-st`}
            name="sourceTitle"
            maxLength={SOURCE_TITLE_MAX}
            aria-describedby={described("sourceTitle")}
          />
          {fieldError("sourceTitle")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-su`}>{t("sourceUrl")}</label>
          <input
            id={`${id}-su`}
            name="sourceUrl"
            type="url"
            maxLength={URL_MAX}
            aria-describedby={described("sourceUrl")}
          />
          {fieldError("sourceUrl")}
        </div>
      </details>
      <FormStatus
        error={formError === "formHasErrors" && (error("quotes") || error("side")) ? undefined : formError}
        success={state?.ok ? t("posted") : undefined}
      />
      <SubmitButton label={t("postArgument")} pendingLabel={t("posting")} pending={pending} />
    </form>
  );
}
