"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
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
  const { state, onSubmit, pending, formError } = useFormAction(rateArgumentAction);
  // Until the teacher reveals the ratings, the board's changes do not bring a rating back (lib/debate/posts.ts
  // rateArgument): the one the server acknowledged shows, until the page brings a value of its own that differs
  // from the one it had then (another tab's rating, a re-render).
  const [acked, setAcked] = useState<{ result: typeof state; value: number | null; over: number | null }>();
  if (state?.ok && acked?.result !== state) setAcked({ result: state, value: state.value.value, over: current });
  const shown = acked && acked.over === current ? acked.value : current;
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
            aria-pressed={shown === v}
            aria-disabled={pending}
            aria-label={t("rateValue", { value: v })}
          >
            {v}
          </button>
        ))}
        {shown !== null && (
          <button type="submit" name="value" value="" className="link-button" aria-disabled={pending}>
            {t("withdrawRating")}
          </button>
        )}
      </div>
      <FormStatus error={formError} />
    </form>
  );
}
