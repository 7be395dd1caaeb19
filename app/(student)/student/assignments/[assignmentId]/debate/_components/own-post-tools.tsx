"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { editPostAction, withdrawPostAction } from "@/lib/debate/actions";
import { CLAIM_MAX, REASONING_MAX, SOURCE_TITLE_MAX, URL_MAX } from "@/lib/debate/limits";

type Props = {
  debateId: string;
  post: {
    id: string;
    isArgument: boolean;
    claim: string;
    body: string;
    source: { title: string; url: string } | null;
  };
  /** Allowed while nobody has replied or rated (an edit also after the teacher hid the post). */
  canEdit: boolean;
  /** Allowed while nobody has replied or rated and the teacher is not looking at the post. */
  canWithdraw: boolean;
  /** Names the post, for screen readers: "your argument “…”". */
  label: string;
};

/**
 * The author's own tools on a post: edit its words (the quotes stay; everyone sees it was edited, and the
 * teacher sees the earlier words) or withdraw it. Opened one at a time from two small buttons; focus moves
 * into what opened and back to its button on cancel. A form stays open when the post stops allowing its
 * change while it is open (someone answered it meanwhile, and the page re-rendered): it says so and offers
 * no submit, and the words being typed stay there to copy.
 */
export function OwnPostTools({ debateId, post, canEdit, canWithdraw, label }: Props) {
  const t = useTranslations("debate.ownPost");
  const [mode, setMode] = useState<"closed" | "edit" | "withdraw">("closed");
  const editButton = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  // Back to the button that opened the form, or, when the change is no longer offered, to the page's main region.
  const close = () => {
    const opener = mode === "withdraw" ? withdrawButton : editButton;
    setMode("closed");
    requestAnimationFrame(() => (opener.current ?? document.getElementById("main"))?.focus());
  };
  if (mode === "edit")
    return <EditForm debateId={debateId} post={post} label={label} allowed={canEdit} onClose={close} />;
  if (mode === "withdraw")
    return <WithdrawForm debateId={debateId} postId={post.id} label={label} allowed={canWithdraw} onClose={close} />;
  if (!canEdit && !canWithdraw) return null;
  return (
    <p className="button-row own-post-tools">
      {canEdit && (
        <button
          ref={editButton}
          type="button"
          className="link-button"
          onClick={() => setMode("edit")}
          aria-label={t("editLabel", { name: label })}
        >
          {t("edit")}
        </button>
      )}
      {canWithdraw && (
        <button
          ref={withdrawButton}
          type="button"
          className="link-button"
          onClick={() => setMode("withdraw")}
          aria-label={t("withdrawLabel", { name: label })}
        >
          {t("withdraw")}
        </button>
      )}
    </p>
  );
}

function EditForm({
  debateId,
  post,
  label,
  allowed,
  onClose,
}: Omit<Props, "canEdit" | "canWithdraw"> & { allowed: boolean; onClose: () => void }) {
  const t = useTranslations("debate");
  const tErrors = useTranslations("errors");
  const id = useId();
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(editPostAction);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea")?.focus(), []);
  useEffect(() => {
    if (!state?.ok) return;
    router.refresh();
    onClose();
  }, [state, router, onClose]);
  const bodyError = fieldErrors?.body?.map((key) => tErrors(key)).join(" ");
  return (
    <form
      ref={form}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="stack own-post-form"
      aria-label={t("ownPost.editLabel", { name: label })}
      aria-describedby={`${id}-hint`}
    >
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="postId" value={post.id} />
      <p id={`${id}-hint`} className="hint">
        {t("ownPost.editHint")}
      </p>
      {post.isArgument && (
        <FormField
          name="claim"
          label={t("claim")}
          defaultValue={post.claim}
          maxLength={CLAIM_MAX}
          errors={fieldErrors?.claim}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-body`}>{post.isArgument ? t("reasoning") : t("replyBody")}</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={5}
          maxLength={REASONING_MAX}
          defaultValue={post.body}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? `${id}-body-error` : undefined}
        />
        {bodyError && (
          <p id={`${id}-body-error`} className="field-error">
            {bodyError}
          </p>
        )}
      </div>
      {post.isArgument && (
        <>
          <FormField
            name="sourceTitle"
            label={t("sourceTitle")}
            defaultValue={post.source?.title ?? ""}
            maxLength={SOURCE_TITLE_MAX}
            errors={fieldErrors?.sourceTitle}
          />
          <FormField
            name="sourceUrl"
            label={t("sourceUrl")}
            defaultValue={post.source?.url ?? ""}
            maxLength={URL_MAX}
            errors={fieldErrors?.sourceUrl}
          />
        </>
      )}
      <FormStatus error={formError} />
      <NoLonger allowed={allowed} message={t("ownPost.noLongerEditable")} />
      <div className="button-row">
        {allowed && <SubmitButton label={t("ownPost.save")} pendingLabel={t("posting")} pending={pending} />}
        <button type="button" className="button" onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function WithdrawForm({
  debateId,
  postId,
  label,
  allowed,
  onClose,
}: {
  debateId: string;
  postId: string;
  label: string;
  allowed: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("debate");
  const router = useRouter();
  const { onSubmit, pending, formError, state } = useFormAction(withdrawPostAction);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  // The post and this form go with the refresh: focus moves to the page's main region rather than to nothing.
  useEffect(() => {
    if (!state?.ok) return;
    document.getElementById("main")?.focus();
    router.refresh();
  }, [state, router]);
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      className="stack own-post-form"
      aria-label={t("ownPost.withdrawLabel", { name: label })}
    >
      <input type="hidden" name="debateId" value={debateId} />
      <input type="hidden" name="postId" value={postId} />
      <p ref={question} tabIndex={-1}>
        {t("ownPost.withdrawConfirm")}
      </p>
      <FormStatus error={formError} />
      <NoLonger allowed={allowed} message={t("ownPost.noLongerWithdrawable")} />
      <div className="button-row">
        {allowed && (
          <SubmitButton
            label={t("ownPost.withdrawSubmit")}
            pendingLabel={t("posting")}
            pending={pending}
            tone="danger"
          />
        )}
        <button type="button" className="button" onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

/** A live region, there from the form's first render so that screen readers hear when the change stops being allowed. */
function NoLonger({ allowed, message }: { allowed: boolean; message: string }) {
  return (
    <div aria-live="polite" role="status">
      {!allowed && <p className="form-error">{message}</p>}
    </div>
  );
}
