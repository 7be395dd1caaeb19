import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { findStudentAssignment } from "@/lib/assignments/assignments";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { markMyAssignmentRead, setMyScript } from "@/lib/readings/actions";
import { listMyHighlights } from "@/lib/readings/highlights";
import { recordOpened } from "@/lib/readings/progress";
import { getReaderView } from "@/lib/readings/reader-view";
import { isScript, SCRIPTS } from "@/lib/readings/script";
import { ArticleText } from "./_components/article-text";
import { Highlighter } from "./_components/highlighter";
import { MyHighlights } from "./_components/my-highlights";
import { ProgressTracker } from "./_components/progress-tracker";
import { TextSizeControl } from "./_components/text-size-control";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["STUDENT"]);
  const assignment = await findStudentAssignment(db, me.id, (await params).assignmentId);
  return { title: assignment?.readingEnabled ? assignment.title : undefined };
}

export default async function ReaderPage({ params }: Props) {
  const me = await requireUser(["STUDENT"]);
  const assignment = await findStudentAssignment(db, me.id, (await params).assignmentId);
  if (!assignment || !assignment.readingEnabled) notFound();
  const t = await getTranslations("reader");
  const tErrors = await getTranslations("errors");
  const format = await getFormatter();

  if (assignment.opensAt > new Date()) {
    return (
      <section className="narrow">
        <h1>{assignment.title}</h1>
        <p>{t("upcoming", { date: format.dateTime(assignment.opensAt, { dateStyle: "full", timeStyle: "short" }) })}</p>
      </section>
    );
  }

  const script = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const [progress, view, highlights] = await Promise.all([
    recordOpened(db, me.id, assignment.id),
    getReaderView(db, assignment.readingId, script),
    listMyHighlights(db, me.id, assignment.id),
  ]);
  if (!view) notFound();
  const shownText = new Map(view.paragraphs.map((p) => [p.id, p.segments.map((s) => s.text).join("")]));
  const myHighlights = highlights.map((h) => ({ ...h, shown: shownText.get(h.paragraphId)?.slice(h.start, h.end) ?? h.quote }));
  const errorMessages = Object.fromEntries(
    (["highlightMismatch", "tooManyHighlights", "noteTooLong", "notFound", "notAllowed", "network", "unexpected"] as const).map((k) => [k, tErrors(k)]),
  );
  const highlighterLabels = {
    highlightSelection: t("highlightSelection"),
    crossParagraph: t("crossParagraph"),
    noteLabel: t("noteLabel"),
    notePlaceholder: t("notePlaceholder"),
    saving: t("saving"),
    saveHighlight: t("saveHighlight"),
    cancel: t("cancel"),
  };

  return (
    <div className="reader-layout">
      <nav className="reader-toolbar" aria-label={t("toolbar")}>
        <form action={setMyScript} className="button-row" aria-label={t("script")}>
          {SCRIPTS.map((s) => (
            <button key={s} type="submit" name="script" value={s} className="button small" aria-pressed={s === script}>
              <span lang={s === "simp" ? "zh-Hans" : "zh-Hant"}>{t(s)}</span>
              <span className="visually-hidden"> {t(`${s}Label`)}</span>
            </button>
          ))}
        </form>
        <TextSizeControl labels={{ textSize: t("textSize"), smaller: t("smaller"), larger: t("larger") }} />
        <a href="#my-highlights">{t("myHighlights")}</a>
        {progress.furthestPosition > 1 && <a href={`#p-${progress.furthestPosition}`}>{t("continue", { n: progress.furthestPosition })}</a>}
      </nav>

      <Highlighter assignmentId={assignment.id} script={script} highlights={highlights} labels={highlighterLabels} errorMessages={errorMessages}>
        <ArticleText
          view={view}
          beforeText={
            <>
              {assignment.instructions && (
                <aside className="instructions" aria-labelledby="instructions-heading">
                  <h2 id="instructions-heading">{t("instructions")}</h2>
                  <p>{assignment.instructions}</p>
                </aside>
              )}
              <p className="hint">{t("selectionHint")}</p>
            </>
          }
        />
      </Highlighter>
      <ProgressTracker assignmentId={assignment.id} furthest={progress.furthestPosition} />

      <form action={markMyAssignmentRead} className="mark-read">
        <input type="hidden" name="assignmentId" value={assignment.id} />
        <input type="hidden" name="read" value={String(!progress.markedReadAt)} />
        {progress.markedReadAt && <p className="form-success">{t("markedRead")}</p>}
        <button type="submit" className={progress.markedReadAt ? "button" : "button primary"}>
          {progress.markedReadAt ? t("markUnread") : t("markRead")}
        </button>
      </form>

      <MyHighlights items={myHighlights} script={script} errorMessages={errorMessages} />
    </div>
  );
}
