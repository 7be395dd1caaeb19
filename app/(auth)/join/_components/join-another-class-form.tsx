"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { joinAnotherClassAction } from "@/lib/accounts/actions";

export function JoinAnotherClassForm({ initialCode }: { initialCode?: string }) {
  const t = useTranslations("join");
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(joinAnotherClassAction);
  useEffect(() => {
    if (state?.ok) router.push("/student");
  }, [state, router]);
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
      <FormStatus error={formError} />
      <SubmitButton label={t("anotherSubmit")} pendingLabel={t("submitting")} pending={pending || state?.ok === true} />
    </form>
  );
}
