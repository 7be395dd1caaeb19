"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { createInviteAction } from "@/lib/admin/actions";

/** Makes an invite link for one new teacher and shows it this once, ready to copy. */
export function InviteForm() {
  const t = useTranslations("admin");
  const format = useFormatter();
  const id = useId();
  const { state, onSubmit, pending, formError } = useFormAction(createInviteAction);
  const invite = state?.ok ? state.value : null;
  return (
    <form method="post" onSubmit={onSubmit} className="inline-form">
      {invite && (
        <div className="notice stack">
          <label htmlFor={`${id}-link`}>{t("inviteLink")}</label>
          <input id={`${id}-link`} type="text" readOnly value={invite.link} onFocus={(e) => e.target.select()} />
          <p>
            {t("inviteExpires", {
              date: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        </div>
      )}
      <FormStatus error={formError} />
      <SubmitButton label={t("inviteCreate")} pendingLabel={t("inviteCreating")} pending={pending} />
    </form>
  );
}
