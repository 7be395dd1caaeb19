import { Download, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { StatusChip } from "@/components/status-chip";
import { activeTeacherClassroom } from "@/lib/access";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { parseDebateDefaults } from "@/lib/debate/wording";
import { boardWording } from "@/lib/debate/wording-words";
import { findLibraryReading } from "@/lib/readings/authoring";
import { parseAliases } from "@/lib/readings/reader-view";
import { languageKey } from "@/lib/readings/reading-languages";
import { newestRevision } from "@/lib/readings/revisions";
import { DATE } from "@/lib/time/formats";
import { DebateDefaultsForm } from "./_components/debate-defaults-form";
import { GlossarySection } from "./_components/glossary-section";
import { ShareForm } from "./_components/share-form";

type Props = { params: Promise<{ readingId: string }> };

// Once per request: the page and its metadata both need it. Scoped in the query: another teacher's
// private reading is a 404.
const load = cache(async (params: Props["params"]) => {
  const me = await requireUser(["TEACHER"]);
  const reading = await findLibraryReading(db, me.id, (await params).readingId);
  return reading && { me, reading };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return { title: found?.reading.title };
}

/** A reading in the library: what it is, who it is from, its paragraphs as saved; sharing for its own teacher. */
export default async function ReadingPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { me, reading } = found;
  const t = await getTranslations("library");
  const tBank = await getTranslations("bank");
  const format = await getFormatter();
  const own = reading.createdById === me.id;
  const language = languageKey(reading.language);
  const newest = reading.supersededAt ? await newestRevision(db, me.id, reading) : null;
  const words = await boardWording({ motion: "", sideLabels: "", readingDefaults: reading.debateDefaults });
  const classes = await db.classroom.findMany({
    where: activeTeacherClassroom(me.id),
    select: { id: true, name: true },
    orderBy: { createdAt: "asc" },
  });
  return (
    <section className="stack">
      <p>
        <Link href="/teacher/readings">{t("back")}</Link>
      </p>
      <h1 lang={language}>{reading.title}</h1>
      {newest && newest.id !== reading.id && (
        <p className="notice">
          {t("olderRevision", { n: reading.revision })}{" "}
          <Link href={`/teacher/readings/${newest.id}`}>{t("openNewest", { n: newest.revision })}</Link>
        </p>
      )}
      <section aria-labelledby="details-heading" className="panel">
        <h2 id="details-heading">{t("details")}</h2>
        <ul className="plain-list">
          {reading.author && <li>{t("by", { author: reading.author })}</li>}
          {reading.source && <li>{t("sourceLabel", { source: reading.source })}</li>}
          {reading.publishedOn && (
            <li>{t("publishedLabel", { date: format.dateTime(reading.publishedOn, { ...DATE, timeZone: "UTC" }) })}</li>
          )}
          <li>{t("languageLabel", { language: t(`language.${language}`) })}</li>
          {reading.revision > 1 && <li>{t("revisionLabel", { n: reading.revision })}</li>}
          <li>{t("ownerLabel", { name: reading.createdBy?.displayName ?? t("libraryOwner") })}</li>
          <li>
            {t("paragraphsLabel", { count: reading.paragraphs.length })} ·{" "}
            {t("assignmentsLabel", { count: reading._count.assignments })}
          </li>
        </ul>
        {own && !reading.supersededAt && (
          <p>
            <Link href={`/teacher/readings/${reading.id}/edit`} className="button">
              <Pencil className="icon" aria-hidden="true" /> {t("edit")}
            </Link>
          </p>
        )}
        {own && (
          <>
            <p>
              <StatusChip tone={reading.shared ? "done" : "todo"}>
                {reading.shared ? t("sharedYes") : t("sharedNo")}
              </StatusChip>
            </p>
            <ShareForm readingId={reading.id} shared={reading.shared} />
          </>
        )}
        <p>
          <Link href={`/teacher/readings/${reading.id}/items`}>
            {tBank("link", { count: reading._count.quizItems })}
          </Link>
        </p>
        {/* The newest revision is the one a new assignment takes. */}
        {!(newest && newest.id !== reading.id) &&
          (classes.length > 0 ? (
            <p className="button-row">
              {classes.map((c) => (
                <Link
                  key={c.id}
                  href={`/teacher/classes/${c.id}/assignments/new?reading=${reading.id}`}
                  className="button primary"
                >
                  {t("assignTo", { name: c.name })}
                </Link>
              ))}
            </p>
          ) : (
            <p className="hint">{t("assignNoClass")}</p>
          ))}
        <p>
          {/* A plain link: the route answers with a file. */}
          <a href={`/teacher/readings/${reading.id}/lesson`} className="button" aria-describedby="lesson-export-hint">
            <Download className="icon" aria-hidden="true" /> {t("lesson.export")}
          </a>
        </p>
        <p id="lesson-export-hint" className="hint">
          {t("lesson.exportHint")}
        </p>
      </section>
      <section aria-labelledby="debate-heading" className="panel">
        <h2 id="debate-heading">{t("debate.title")}</h2>
        <p className="hint">{t("debate.hint")}</p>
        <p>{t("debate.current", { motion: words.motion })}</p>
        <p>{t("debate.sides", words.sides)}</p>
        {own && (
          <details>
            <summary>{t("debate.edit")}</summary>
            <DebateDefaultsForm readingId={reading.id} values={parseDebateDefaults(reading.debateDefaults)} />
          </details>
        )}
      </section>
      <GlossarySection
        readingId={reading.id}
        language={language}
        editable={own}
        terms={reading.glossary.map((g) => ({ ...g, aliases: parseAliases(g.aliases) }))}
      />
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t("text")}</h2>
        <ol className="preview-paragraphs" lang={language}>
          {reading.paragraphs.map((p) => (
            <li key={p.id} id={`p-${p.position}`} className={p.heading ? "para-heading" : undefined}>
              {p.text}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
