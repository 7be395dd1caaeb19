import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/live-refresh";
import { localeFrom } from "@/i18n/messages";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadBoardView } from "@/lib/debate/view";
import { listMyHighlights } from "@/lib/readings/highlights";
import { getReaderView } from "@/lib/readings/reader-view";
import { isScript } from "@/lib/readings/script";
import { DATE_TIME } from "@/lib/time/formats";
import { ArgumentForm } from "./_components/argument-form";
import { DebateArticle } from "./_components/debate-article";
import { PostCard, type PostContext } from "./_components/post-card";
import { SideForm } from "./_components/side-form";
import { StanceForm } from "./_components/stance-form";

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ view?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debate"))("title") };
}

const RUBRIC_CRITERIA = ["claim", "evidence", "reasoning", "rebuttal"] as const;
const ARTICLE_ID = "debate-article";

export default async function StudentDebatePage({ params, searchParams }: Props) {
  const me = await requireUser(["STUDENT"]);
  const { assignmentId } = await params;
  const locale = localeFrom(await getLocale());
  const view = await loadBoardView(db, { id: me.id, role: "STUDENT" }, assignmentId, locale);
  if (!view?.me) notFound();
  const t = await getTranslations("debate");
  const format = await getFormatter();
  const { board, me: seat } = view;
  const script = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const tree = (await searchParams).view === "tree";

  const header = (
    <header className="debate-header">
      <h1>{t("title")}</h1>
      <p className="motion">{board.motion || t("defaultMotion")}</p>
      <p>
        <span className="badge">{t(`phase.${board.phase}`)}</span> {t(`phaseHelp.${board.phase}`)}
      </p>
      {(board.rebuttalAt || board.closesAt) && (
        <p className="hint">
          {board.rebuttalAt && t("rebuttalAt", { date: format.dateTime(board.rebuttalAt, DATE_TIME) })}{" "}
          {board.closesAt && t("closesAt", { date: format.dateTime(board.closesAt, DATE_TIME) })}
        </p>
      )}
      <p className="notice">
        {board.anonymous ? t("whoSeesNameAnonymous", { pseudonym: seat.pseudonym }) : t("whoSeesName")}
      </p>
    </header>
  );

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
          <StanceForm debateId={board.id} which="before" />
        </section>
      </ClientMessages>
    );
  }

  const [reading, highlights] = await Promise.all([
    getReaderView(db, board.readingId, script),
    listMyHighlights(db, me.id, assignmentId),
  ]);
  if (!reading) notFound();
  const shown = new Map(
    reading.paragraphs.map((p) => [p.id, { position: p.position, text: p.segments.map((s) => s.text).join("") }]),
  );
  const evidence = highlights.flatMap((h) => {
    const p = shown.get(h.paragraphId);
    return p
      ? [
          {
            paragraphId: h.paragraphId,
            position: p.position,
            start: h.start,
            end: h.end,
            text: p.text.slice(h.start, h.end),
            script,
          },
        ]
      : [];
  });
  const open = board.phase !== "closed";
  const ctx: PostContext = {
    debateId: board.id,
    readerHref: `/student/assignments/${assignmentId}`,
    canReply: board.phase === "rebuttal",
    canRate: board.phase === "rebuttal",
    highlights: evidence,
    script,
    articleId: ARTICLE_ID,
  };
  const postable = seat.side ? (board.steelman ? board.sides : [seat.side]) : [];

  return (
    <ClientMessages namespaces={["debate", "errors"]}>
      <section className="debate-page">
        {header}
        <LiveRefresh
          assignmentId={assignmentId}
          deadlines={[board.rebuttalAt, board.closesAt].flatMap((d) => (d ? [d.toISOString()] : []))}
        />
        {board.phase === "closed" && seat.stanceAfter === null && <StanceForm debateId={board.id} which="after" />}
        {board.phase === "closed" && (
          <section aria-labelledby="summary-heading" className="panel">
            <h2 id="summary-heading">{t("summaryTitle")}</h2>
            <ul>
              {view.columns.map((column) => {
                const rated = column.arguments.filter((a) => a.ratings && a.ratings.count > 0 && a.content);
                const best = rated.sort((x, y) => y.ratings!.average - x.ratings!.average)[0];
                return (
                  <li key={column.side}>
                    {t("summaryArguments", { side: t(`side.${column.side}`), count: column.arguments.length })}
                    {best && (
                      <>
                        {" "}
                        · {t("strongest", { claim: best.content!.claim, average: best.ratings!.average.toFixed(1) })}
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {seat.grade && (
          <section aria-labelledby="grade-heading" className="panel">
            <h2 id="grade-heading">{t("grade.title")}</h2>
            <p className="hint">{t("grade.privacy")}</p>
            <dl className="facts">
              {RUBRIC_CRITERIA.map((c) => (
                <Fragment key={c}>
                  <dt>{t(`grade.criteria.${c}`)}</dt>
                  <dd>
                    {seat.grade!.rubric[c] === null
                      ? t("grade.notGraded")
                      : t("grade.score", { score: seat.grade!.rubric[c]! })}
                  </dd>
                </Fragment>
              ))}
            </dl>
            {seat.grade.feedback && (
              <>
                <h3>{t("grade.feedback")}</h3>
                <p className="answer-text">{seat.grade.feedback}</p>
              </>
            )}
          </section>
        )}
        {open && board.sideMode === "choose" && (
          <SideForm debateId={board.id} sides={board.sides} current={seat.side} />
        )}
        {seat.side ? (
          <p>{t("yourSide", { side: t(`side.${seat.side}`) })}</p>
        ) : (
          board.sideMode === "assigned" && <p>{t("waitForSide")}</p>
        )}
        <div className="debate-layout">
          <div className="debate-main">
            {open && seat.side && (
              <ArgumentForm
                debateId={board.id}
                sides={postable}
                mySide={seat.side}
                highlights={evidence}
                script={script}
                articleId={ARTICLE_ID}
              />
            )}
            <nav className="button-row" aria-label={t("viewSwitch")}>
              <a href="?view=columns" aria-current={!tree ? "page" : undefined}>
                {t("columnsView")}
              </a>
              <a href="?view=tree" aria-current={tree ? "page" : undefined}>
                {t("treeView")}
              </a>
            </nav>
            {tree ? (
              <section aria-label={t("treeView")}>
                <ol className="replies">
                  {view.columns
                    .flatMap((c) => c.arguments)
                    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
                    .map((post) => (
                      <li key={post.id}>
                        <p className="badge">{t(`side.${post.side ?? "other"}`)}</p>
                        <PostCard post={post} ctx={ctx} />
                      </li>
                    ))}
                </ol>
              </section>
            ) : (
              <div className={`debate-columns sides-${board.sides.length}`}>
                {view.columns.map((column) => (
                  <section key={column.side} aria-labelledby={`column-${column.side}`} className="debate-column">
                    <h2 id={`column-${column.side}`}>
                      {t(`side.${column.side}`)} <span className="hint">({column.arguments.length})</span>
                    </h2>
                    {column.arguments.length === 0 ? (
                      <p className="hint">{board.phase === "opening" ? t("emptyOpening") : t("emptyColumn")}</p>
                    ) : (
                      column.arguments.map((post) => <PostCard key={post.id} post={post} ctx={ctx} />)
                    )}
                  </section>
                ))}
              </div>
            )}
          </div>
          <DebateArticle view={reading} id={ARTICLE_ID} label={t("article")} />
        </div>
      </section>
    </ClientMessages>
  );
}
