import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { JoinAnotherClassForm } from "./_components/join-another-class-form";
import { JoinForm } from "./_components/join-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title") };
}

/**
 * Student sign-up with a class code; a signed-in student joins another class with the same account.
 * `?code=ABC234` pre-fills the code, so a teacher can share one link.
 */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const t = await getTranslations("join");
  const { code } = await searchParams;
  const initialCode = typeof code === "string" ? code.slice(0, 20) : undefined;
  const me = await getCurrentUser();
  if (me?.role === "STUDENT") {
    return (
      <section className="narrow">
        <h1>{t("anotherTitle")}</h1>
        <p>{t("anotherIntro", { name: me.displayName })}</p>
        <JoinAnotherClassForm initialCode={initialCode} />
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      {me?.role === "TEACHER" ? <p className="notice">{t("teacherNote")}</p> : <p>{t("intro")}</p>}
      <JoinForm initialCode={initialCode} />
      {!me && <p>{t.rich("haveAccount", { link: (words) => <Link href="/sign-in">{words}</Link> })}</p>}
    </section>
  );
}
