import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./_components/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title") };
}

export default async function TeacherSignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const t = await getTranslations("signUp");
  const { invite } = await searchParams;
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <SignUpForm invite={typeof invite === "string" ? invite.slice(0, 32) : undefined} />
      <p>{t.rich("haveAccount", { link: (words) => <Link href="/sign-in">{words}</Link> })}</p>
      <p className="hint">{t.rich("studentsJoin", { link: (words) => <Link href="/join">{words}</Link> })}</p>
    </section>
  );
}
