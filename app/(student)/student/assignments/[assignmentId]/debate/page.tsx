import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { BoardPrompts } from "@/components/debate/board-prompts";
import { LiveBoard } from "@/components/debate/live-board";
import { localeFrom } from "@/i18n/messages";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadBoardView } from "@/lib/debate/view";
import { boardWording, stanceLabels } from "@/lib/debate/wording-words";
import { listMyHighlights } from "@/lib/readings/highlights";
import { getReaderView, paragraphRuns, type ReaderView } from "@/lib/readings/reader-view";
import { shownSlice } from "@/lib/readings/runs";
import { isScript } from "@/lib/readings/script";
import { ArgumentForm } from "./_components/argument-form";
import { BoardHeader } from "./_components/board-header";
import { DebateArticle } from "./_components/debate-article";
import { DebateSummary } from "./_components/debate-summary";
import type { Evidence } from "./_components/evidence-picker";
import { GradePanel } from "./_components/grade-panel";
import { LiveArguments } from "./_components/live-arguments";
import { MySide } from "./_components/my-side";
import { StanceForm } from "./_components/stance-form";
import { ViewSwitch } from "./_components/view-switch";

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ view?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debate"))("title") };
}

const ARTICLE_ID = "debate-article";

/**
 * The student's debate board: the stance asked before it, then the board (in columns or as a tree) beside
 * the reading, and once closed the summary and the stance asked after it. Server-rendered; only the forms
 * are client components, and the arguments, which LiveBoard keeps current by merging each change (a phase or
 * a deadline re-renders the page).
 */
export default async function StudentDebatePage({ params, searchParams }: Props) {
  const me = await requireUser(["STUDENT"]);
  const { assignmentId } = await params;
  const locale = localeFrom(await getLocale());
  const view = await loadBoardView(db, { id: me.id, role: "STUDENT" }, assignmentId, locale);
  if (!view?.me) notFound();
  const t = await getTranslations("debate");
  const { board, me: seat } = view;
  const preferred = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const tree = (await searchParams).view === "tree";
  const words = await boardWording(board.wording);
  const header = <BoardHeader board={board} motion={words.motion} pseudonym={seat.pseudonym} />;

  if (seat.removed) {
    return (
      <section>
        {header}
        <p className="form-error">{t("removed")}</p>
      </section>
    );
  }

  // Before anything else, where the student stands: asked once, before they see the others' arguments.
  if (seat.stanceBefore === null && board.phase !== "closed") {
    return (
      <ClientMessages namespaces={["debate", "errors"]}>
        <section className="narrow">
          {header}
          <StanceForm debateId={board.id} which="before" labels={await stanceLabels(words)} />
        </section>
      </ClientMessages>
    );
  }

  const [reading, highlights] = await Promise.all([
    getReaderView(db, board.readingId, preferred),
    listMyHighlights(db, me.id, assignmentId),
  ]);
  if (!reading) notFound();
  // A reading that is not Traditional Chinese is shown, and quoted, as written.
  const script = reading.convertible ? preferred : "trad";
  const evidence = highlightsAsEvidence(reading, highlights, script);
  const open = board.phase !== "closed";
  const ctx = {
    debateId: board.id,
    readerHref: `/student/assignments/${assignmentId}`,
    canReply: board.phase === "rebuttal",
    canRate: board.phase === "rebuttal",
    highlights: evidence,
    script,
    articleId: ARTICLE_ID,
    sideNames: words.sides,
    steelman: board.steelman ? { mySide: seat.side } : null,
  };
  const postable = seat.side ? (board.steelman ? board.sides : [seat.side]) : [];

  return (
    <ClientMessages namespaces={["debate", "errors"]}>
      <section className="debate-page">
        {header}
        <LiveBoard
          assignmentId={assignmentId}
          initial={{
            seq: board.eventSeq,
            phase: board.phase,
            ratingsVisible: board.ratingsVisible,
            posts: view.posts,
            promptIds: view.prompts.map((p) => p.id),
          }}
          deadlines={[board.rebuttalAt, board.closesAt].flatMap((d) => (d ? [d.toISOString()] : []))}
        >
          {board.phase === "closed" && seat.stanceAfter === null && (
            <StanceForm debateId={board.id} which="after" labels={await stanceLabels(words)} />
          )}
          {board.phase === "closed" && <DebateSummary columns={view.columns} sideNames={words.sides} />}
          {seat.grade && <GradePanel grade={seat.grade} />}
          <MySide board={board} side={seat.side} open={open} sideNames={words.sides} />
          <BoardPrompts prompts={view.prompts} />
          <div className="debate-layout">
            <div className="debate-main">
              {open && seat.side && (
                <ArgumentForm
                  debateId={board.id}
                  sides={postable}
                  mySide={seat.side}
                  sideNames={words.sides}
                  highlights={evidence}
                  script={script}
                  articleId={ARTICLE_ID}
                />
              )}
              <ViewSwitch tree={tree} />
              <LiveArguments tree={tree} sides={board.sides} ctx={ctx} />
            </div>
            <DebateArticle view={reading} id={ARTICLE_ID} label={t("article")} />
          </div>
        </LiveBoard>
      </section>
    </ClientMessages>
  );
}

/**
 * The student's reader highlights as evidence to quote, with their text cut from the paragraphs as shown
 * (in the student's script); a highlight whose paragraph is not in the reading as shown is left out.
 */
function highlightsAsEvidence(
  reading: ReaderView,
  highlights: Awaited<ReturnType<typeof listMyHighlights>>,
  script: Evidence["script"],
): Evidence[] {
  const shown = new Map(
    reading.paragraphs.map((p) => [p.id, { position: p.position, runs: paragraphRuns(p.segments) }]),
  );
  return highlights.flatMap((h) => {
    const p = shown.get(h.paragraphId);
    return p
      ? [
          {
            paragraphId: h.paragraphId,
            position: p.position,
            start: h.start,
            end: h.end,
            // Offsets are on the original; in 简 a phrase may have changed the length shown.
            text: shownSlice(p.runs, h.start, h.end),
            script,
          },
        ]
      : [];
  });
}
