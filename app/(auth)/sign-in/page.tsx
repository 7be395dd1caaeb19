import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage() {
  const t = await getTranslations("signIn");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <SignInForm />
      <p>
        <Link href="/reset-password">{t("forgotPassword")}</Link>{" "}
        <span className="hint">{t("forgotPasswordHint")}</span>
      </p>
      <p>
        {t("noAccount")} <Link href="/sign-up">{t("teacherSignUp")}</Link> ·{" "}
        <Link href="/join">{t("studentJoin")}</Link>
      </p>
    </section>
  );
}
