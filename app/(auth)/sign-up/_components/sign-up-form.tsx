"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { useSignInAfter } from "@/components/use-sign-in-after";
import { signUpTeacherAction } from "@/lib/accounts/actions";

/** `invite`: the code from an administrator's invite link, sent along in a hidden field. */
export function SignUpForm({ invite }: { invite?: string }) {
  const t = useTranslations("signUp");
  const { state, onSubmit, pending, submitted, fieldErrors, formError } = useFormAction(signUpTeacherAction);
  // An account that waits for an administrator's approval cannot sign in yet: the form says so instead.
  const waiting = state?.ok === true && state.value.status === "pending";
  const signingIn = useSignInAfter(state?.ok === true && !waiting, submitted, "email");
  if (waiting)
    return (
      <div aria-live="polite" role="status" className="form-status">
        <p className="form-success">{t("pending")}</p>
      </div>
    );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      {invite && (
        <>
          <input type="hidden" name="invite" value={invite} />
          <p className="notice">{t("invited")}</p>
        </>
      )}
      <FormField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        errors={fieldErrors?.email}
        maxLength={254}
      />
      <FormField
        name="displayName"
        label={t("displayName")}
        hint={t("displayNameHint")}
        autoComplete="name"
        errors={fieldErrors?.displayName}
      />
      <FormField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        errors={fieldErrors?.password}
      />
      <FormStatus error={formError} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} pending={pending || signingIn} />
    </form>
  );
}
