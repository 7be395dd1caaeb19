import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { BoardPrompts } from "@/components/debate/board-prompts";
import { FullscreenButton } from "@/components/fullscreen-button";
import { LiveRefresh } from "@/components/live-refresh";
import { localeFrom } from "@/i18n/messages";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { isReplyKind } from "@/lib/debate/phases";
import { loadBoardView, type PostView } from "@/lib/debate/view";
import { boardWording } from "@/lib/debate/wording-words";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debateTeacher.projector"))("title") };
}

/**
 * The board for the classroom's screen: large type, no controls, what every student sees of it (hidden posts
 * as hidden, pseudonyms when the board is anonymous, nothing before the rebuttal phase opens the arguments),
 * kept current by the board's live stream. Only the class's teacher opens it.
 */
export default async function ProjectorPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const { assignmentId } = await params;
  const view = await loadBoardView(
    db,
    { id: me.id, role: "TEACHER", asClass: true },
    assignmentId,
    localeFrom(await getLocale()),
  );
  if (!view) notFound();
  const t = await getTranslations("debateTeacher.projector");
  const tDebate = await getTranslations("debate");
  const { board, columns } = view;
  const words = await boardWording(board.wording);
  const count = columns.reduce((sum, c) => sum + c.arguments.length, 0);
  return (
    <section>
      <p className="button-row">
        <Link href={`/teacher/assignments/${board.assignmentId}/debate`}>{t("back")}</Link>
        <FullscreenButton targetId="projector" label={t("fullscreen")} />
      </p>
      <div id="projector" className="projector">
        <h1>{words.motion}</h1>
        <p className="projector-phase">{tDebate(`phase.${board.phase}`)}</p>
        <BoardPrompts prompts={view.prompts} />
        {board.phase === "opening" && count === 0 ? (
          <p>{t("openingHidden")}</p>
        ) : (
          <div className="projector-columns">
            {columns.map((column) => (
              <section key={column.side} aria-labelledby={`projector-${column.side}`}>
                <h2 id={`projector-${column.side}`}>
                  {words.sides[column.side]}{" "}
                  <span className="projector-count">{t("arguments", { count: column.arguments.length })}</span>
                </h2>
                {column.arguments.map((post) => (
                  <ProjectedPost key={post.id} post={post} />
                ))}
              </section>
            ))}
          </div>
        )}
      </div>
      <ClientMessages namespaces={["debate"]}>
        <LiveRefresh
          assignmentId={board.assignmentId}
          seq={board.eventSeq}
          deadlines={[board.rebuttalAt, board.closesAt].flatMap((d) => (d ? [d.toISOString()] : []))}
        />
      </ClientMessages>
    </section>
  );
}

/** One argument (or reply) as the class sees it; everything a student typed is text. */
async function ProjectedPost({ post }: { post: PostView }) {
  const t = await getTranslations("debate");
  const argument = post.depth === 0;
  return (
    <article className={argument ? "projected argument" : "projected reply"}>
      <p className="projected-title">
        {argument
          ? post.content?.claim || (post.deleted ? t("deletedPost") : t("hiddenPost"))
          : `${isReplyKind(post.kind) ? t(`kind.${post.kind}`) : post.kind} · ${post.author}`}
      </p>
      {argument && <p className="post-meta">{post.author}</p>}
      {post.content ? (
        <>
          {post.content.quotes.map((q) => (
            <blockquote key={`${q.paragraphId}:${q.start}`} className="evidence-quote">
              「{q.quote}」 <span className="post-meta">{t("paragraph", { n: q.position })}</span>
            </blockquote>
          ))}
          <p className="post-body">{post.content.body}</p>
        </>
      ) : (
        <p className="post-meta">{post.deleted ? t("deletedPost") : t("hiddenPost")}</p>
      )}
      {post.replies.map((reply) => (
        <ProjectedPost key={reply.id} post={reply} />
      ))}
    </article>
  );
}
