"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { useSignInAfter } from "@/components/use-sign-in-after";
import { joinClassAsNewStudentAction } from "@/lib/accounts/actions";

export function JoinForm({ initialCode }: { initialCode?: string }) {
  const t = useTranslations("join");
  const { state, onSubmit, pending, submitted, fieldErrors, formError } = useFormAction(joinClassAsNewStudentAction);
  const signingIn = useSignInAfter(state?.ok === true, submitted, "loginName");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      <FormField
        name="joinCode"
        label={t("joinCode")}
        hint={t("joinCodeHint")}
        autoComplete="off"
        autoCapitalize="characters"
        defaultValue={initialCode}
        errors={fieldErrors?.joinCode}
        maxLength={20}
      />
      <FormField
        name="loginName"
        label={t("loginName")}
        hint={t("loginNameHint")}
        autoComplete="username"
        autoCapitalize="off"
        errors={fieldErrors?.loginName}
        maxLength={40}
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
