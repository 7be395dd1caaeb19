"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { changePasswordAction } from "@/lib/accounts/actions";

/** The change ends every session, this one included; signing in again with the new password keeps this one. */
export function ChangePasswordForm({ loginName }: { loginName: string }) {
  const t = useTranslations("account");
  const { state, onSubmit, pending, submitted, fieldErrors, formError } = useFormAction(changePasswordAction);
  const succeeded = state?.ok === true;
  useEffect(() => {
    const data = submitted.current;
    if (succeeded && data)
      void signIn("credentials", { login: loginName, password: data.get("newPassword"), redirect: false });
  }, [succeeded, submitted, loginName]);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" key={succeeded ? "done" : "form"}>
      <input type="text" name="username" autoComplete="username" defaultValue={loginName} hidden readOnly />
      <FormField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        errors={fieldErrors?.currentPassword}
      />
      <FormField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        autoComplete="new-password"
        errors={fieldErrors?.newPassword}
      />
      <FormStatus error={formError} success={succeeded ? t("changed") : undefined} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} pending={pending} />
    </form>
  );
}
