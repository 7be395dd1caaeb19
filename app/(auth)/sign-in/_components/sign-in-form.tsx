"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { FormField } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { SIGN_IN_DISABLED, SIGN_IN_PENDING, slowedSeconds } from "@/lib/auth/sign-in-errors";

export function SignInForm() {
  const t = useTranslations("signIn");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        login: data.get("login"),
        password: data.get("password"),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace("/home");
        router.refresh();
        return;
      }
      const seconds = slowedSeconds(result?.error);
      if (seconds !== null) setError(t("slowed", { seconds }));
      else if (result?.error === SIGN_IN_PENDING) setError(t("pending"));
      else if (result?.error === SIGN_IN_DISABLED) setError(t("disabled"));
      else setError(t("failed"));
    } catch {
      setError(tErrors("network"));
    }
    setPending(false);
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      <FormField
        name="login"
        label={t("login")}
        hint={t("loginHint")}
        autoComplete="username"
        autoCapitalize="off"
        maxLength={254}
      />
      <FormField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        maxLength={200}
      />
      <div aria-live="polite" role="status" className="form-status">
        {error && <p className="form-error">{error}</p>}
      </div>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} pending={pending} />
    </form>
  );
}
