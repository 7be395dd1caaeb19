import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusChip } from "@/components/status-chip";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listLibrary } from "@/lib/readings/authoring";
import { languageKey } from "@/lib/readings/reading-languages";
import { LessonImportForm } from "./_components/lesson-import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library");
  return { title: t("title") };
}

type Row = Awaited<ReturnType<typeof listLibrary>>["mine"][number];

/** The teacher's readings and the school's: what they can open and assign. */
export default async function LibraryPage() {
  const me = await requireUser(["TEACHER"]);
  const { mine, school } = await listLibrary(db, me.id);
  const t = await getTranslations("library");
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <p>
        <Link href="/teacher/readings/new" className="button primary">
          <Plus className="icon" aria-hidden="true" />
          {t("newReading")}
        </Link>
      </p>
      <details className="panel">
        <summary>{t("lesson.form")}</summary>
        <LessonImportForm />
      </details>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t("mine")}</h2>
        {mine.length === 0 ? <p>{t("emptyMine")}</p> : <ReadingList rows={mine} own />}
      </section>
      <section aria-labelledby="school-heading">
        <h2 id="school-heading">{t("school")}</h2>
        {school.length === 0 ? <p>{t("emptySchool")}</p> : <ReadingList rows={school} own={false} />}
      </section>
    </section>
  );
}

async function ReadingList({ rows, own }: { rows: Row[]; own: boolean }) {
  const t = await getTranslations("library");
  return (
    <ul className="item-list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link href={`/teacher/readings/${r.id}`}>{r.title}</Link>
          <span className="muted">
            {r.revision > 1 && <>{t("revisionLabel", { n: r.revision })} · </>}
            {t(`language.${languageKey(r.language)}`)} · {t("paragraphsLabel", { count: r._count.paragraphs })} ·{" "}
            {t("assignmentsLabel", { count: r._count.assignments })}
            {!own && <> · {r.createdBy?.displayName ?? t("libraryOwner")}</>}
          </span>
          {own && (
            <StatusChip tone={r.shared ? "done" : "todo"}>{r.shared ? t("sharedYes") : t("sharedNo")}</StatusChip>
          )}
        </li>
      ))}
    </ul>
  );
}
