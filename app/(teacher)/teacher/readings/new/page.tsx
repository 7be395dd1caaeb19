import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { NewReading } from "./_components/new-reading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library");
  return { title: t("newTitle") };
}

export default async function NewReadingPage() {
  await requireUser(["TEACHER"]);
  const t = await getTranslations("library");
  return (
    <section className="stack">
      <p>
        <Link href="/teacher/readings">{t("back")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <NewReading />
    </section>
  );
}
