"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { useSignInAfter } from "@/components/use-sign-in-after";
import { signUpTeacherAction } from "@/lib/accounts/actions";

export function SignUpForm() {
  const t = useTranslations("signUp");
  const { state, onSubmit, pending, submitted, fieldErrors, formError } = useFormAction(signUpTeacherAction);
  const signingIn = useSignInAfter(state?.ok === true, submitted, "email");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
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
