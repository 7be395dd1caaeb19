"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { rateArgumentAction } from "@/lib/debate/actions";

/** 1–5 for the strength of another's argument; the student can change it or take it back. */
export function RatingForm({
  debateId,
  postId,
  current,
  label,
}: {
  debateId: string;
  postId: string;
  current: number | null;
  label: string;
}) {
  const t = useTranslations("debate");
  const { onSubmit, pending, formError } = useFormAction(rateArgumentAction);
  return (
    <form method="post" onSubmit={onSubmit} className="rating-form" aria-label={label}>
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="postId" value={postId} />
      <span className="hint">{t("rateHint")}</span>
      <div className="button-row">
        {[1, 2, 3, 4, 5].map((v) => (
          <button
            key={v}
            type="submit"
            name="value"
            value={v}
            className="button small"
            aria-pressed={current === v}
            aria-disabled={pending}
            aria-label={t("rateValue", { value: v })}
          >
            {v}
          </button>
        ))}
        {current !== null && (
          <button type="submit" name="value" value="" className="link-button" aria-disabled={pending}>
            {t("withdrawRating")}
          </button>
        )}
      </div>
      <FormStatus error={formError} />
    </form>
  );
}
