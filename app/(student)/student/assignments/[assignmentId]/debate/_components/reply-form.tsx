"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { postReplyAction } from "@/lib/debate/actions";
import { REPLY_MAX } from "@/lib/debate/limits";
import { REPLY_KINDS } from "@/lib/debate/phases";
import { type Evidence, EvidencePicker } from "./evidence-picker";

type Props = {
  debateId: string;
  parentId: string;
  label: string;
  highlights: Evidence[];
  script: "trad" | "simp";
  articleId: string;
  /** The steelman rule keeps this student from rebutting here until they argue for this side: said up front. */
  rebutNeedsSteelman: boolean;
};

/** A reply (support, rebut or question), opened from the post it answers; it may quote the text too. */
export function ReplyForm(props: Props) {
  const t = useTranslations("debate");
  const [open, setOpen] = useState(false);
  const [posted, setPosted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const closedByUser = useRef(false);
  // Keyboard users: closing the form (sent or cancelled) puts focus back on the button that opened it.
  useEffect(() => {
    if (!open && closedByUser.current) button.current?.focus();
    closedByUser.current = false;
  }, [open]);
  if (!open) {
    return (
      <p>
        {posted && (
          <span className="form-success" role="status">
            {t("posted")}{" "}
          </span>
        )}
        <button
          ref={button}
          type="button"
          className="button small"
          aria-expanded={false}
          onClick={() => setOpen(true)}
          aria-label={props.label}
        >
          {t("reply")}
        </button>
      </p>
    );
  }
  const close = (sent: boolean) => {
    closedByUser.current = true;
    setOpen(false);
    setPosted(sent);
  };
  return <ReplyFormBody {...props} onClose={close} />;
}

function ReplyFormBody({
  debateId,
  parentId,
  label,
  highlights,
  script,
  articleId,
  rebutNeedsSteelman,
  onClose,
}: Props & { onClose: (posted: boolean) => void }) {
  const t = useTranslations("debate");
  const tErrors = useTranslations("errors");
  const id = useId();
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const { onSubmit, pending, formError, fieldErrors, state } = useFormAction(postReplyAction, { clientKey: true });
  // Opened from its button: focus goes to what the student writes.
  const body = useRef<HTMLTextAreaElement>(null);
  useEffect(() => body.current?.focus(), []);
  useEffect(() => {
    if (state?.ok) onClose(true);
  }, [state, onClose]);
  const errorOf = (field: string) => fieldErrors?.[field]?.map((k) => tErrors(k)).join(" ");
  const bodyError = errorOf("body");
  // Refusals the server ties to a field are shown beside it; "please correct the marked fields" only when one is marked.
  const otherErrors = Object.keys(fieldErrors ?? {})
    .filter((field) => field !== "body")
    .map(errorOf)
    .filter(Boolean);
  return (
    <form method="post" onSubmit={onSubmit} className="stack reply-form" aria-label={label}>
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="quotes" value={JSON.stringify(evidence.map(({ position: _, ...q }) => q))} />
      <fieldset>
        <legend>{t("replyKind")}</legend>
        <div className="button-row">
          {REPLY_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={kind === (rebutNeedsSteelman ? "support" : "rebut")}
                disabled={kind === "rebut" && rebutNeedsSteelman}
                aria-describedby={kind === "rebut" && rebutNeedsSteelman ? `${id}-steelman` : undefined}
              />{" "}
              {t(`kind.${kind}`)}
            </label>
          ))}
        </div>
        {rebutNeedsSteelman && (
          <p id={`${id}-steelman`} className="hint">
            {tErrors("steelmanFirst")}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t("replyBody")}</label>
        <textarea
          ref={body}
          id={`${id}-body`}
          name="body"
          rows={3}
          maxLength={REPLY_MAX}
          required
          aria-invalid={Boolean(bodyError) || undefined}
        />
        {bodyError && <p className="field-error">{bodyError}</p>}
      </div>
      <EvidencePicker
        highlights={highlights}
        script={script}
        articleId={articleId}
        value={evidence}
        onChange={setEvidence}
      />
      {otherErrors.map((message) => (
        <p key={message} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <FormStatus error={formError === "formHasErrors" && !bodyError ? undefined : formError} />
      <div className="button-row">
        <SubmitButton label={t("postReply")} pendingLabel={t("posting")} pending={pending} />
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
