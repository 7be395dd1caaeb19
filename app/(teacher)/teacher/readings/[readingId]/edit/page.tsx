import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { findOwnReadingToEdit } from "@/lib/readings/authoring";
import { draftText } from "@/lib/readings/split";
import { ReadingForm } from "../../_components/reading-form";

type Props = { params: Promise<{ readingId: string }> };

// Only the teacher's own reading, and only its newest revision: anything else is a 404.
const load = cache(async (params: Props["params"]) => {
  const me = await requireUser(["TEACHER"]);
  return findOwnReadingToEdit(db, me.id, (await params).readingId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reading = await load(params);
  const t = await getTranslations("library");
  return { title: reading ? t("editTitle", { title: reading.title }) : undefined };
}

/** The teacher's reading, its text and details in the form they were written in; saving may make a revision. */
export default async function EditReadingPage({ params }: Props) {
  const reading = await load(params);
  if (!reading) notFound();
  const t = await getTranslations("library");
  return (
    <section className="stack">
      <p>
        <Link href={`/teacher/readings/${reading.id}`}>← {reading.title}</Link>
      </p>
      <h1>{t("editTitle", { title: reading.title })}</h1>
      <ReadingForm
        initial={{
          title: reading.title,
          author: reading.author ?? "",
          source: reading.source ?? "",
          publishedOn: reading.publishedOn?.toISOString().slice(0, 10) ?? "",
          text: draftText(reading.paragraphs),
        }}
        editing={{
          readingId: reading.id,
          version: reading.version,
          language: reading.language,
          assigned: reading._count.assignments > 0,
        }}
      />
    </section>
  );
}
