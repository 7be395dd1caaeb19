"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { resetPasswordAction } from "@/lib/accounts/actions";

/** Once the new password is set the student is signed in with it (their other sessions have ended) and sent home. */
export function ResetPasswordForm() {
  const t = useTranslations("resetPassword");
  const router = useRouter();
  const { state, onSubmit, pending, submitted, fieldErrors, formError } = useFormAction(resetPasswordAction);
  const succeeded = state?.ok === true;
  useEffect(() => {
    const data = submitted.current;
    if (!succeeded || !data) return;
    void signIn("credentials", {
      login: data.get("loginName"),
      password: data.get("newPassword"),
      redirect: false,
    }).then((result) => {
      if (result?.ok && !result.error) router.replace("/home");
    });
  }, [succeeded, submitted, router]);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      <FormField
        name="loginName"
        label={t("loginName")}
        autoComplete="username"
        autoCapitalize="off"
        maxLength={254}
        errors={fieldErrors?.loginName}
      />
      <FormField
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        maxLength={20}
        errors={fieldErrors?.code}
      />
      <FormField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        autoComplete="new-password"
        maxLength={200}
        errors={fieldErrors?.newPassword}
      />
      <FormStatus error={formError} success={succeeded ? t("done") : undefined} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} pending={pending} />
    </form>
  );
}
