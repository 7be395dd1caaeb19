import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "./_components/join-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title") };
}

/** Student sign-up. `?code=ABC234` pre-fills the code, so a teacher can share one link. */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const t = await getTranslations("join");
  const { code } = await searchParams;
  const initialCode = typeof code === "string" ? code.slice(0, 20) : undefined;
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <JoinForm initialCode={initialCode} />
    </section>
  );
}
