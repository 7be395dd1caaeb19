import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./_components/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title") };
}

export default async function TeacherSignUpPage() {
  const t = await getTranslations("signUp");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <SignUpForm />
    </section>
  );
}
