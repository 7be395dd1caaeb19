import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "./_components/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resetPassword"))("title") };
}

/** A student who forgot their password sets a new one with the one-time code from their teacher. */
export default async function ResetPasswordPage() {
  const t = await getTranslations("resetPassword");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ResetPasswordForm />
      <p>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </section>
  );
}
