"use client";

import { useTranslations } from "next-intl";
import { isReplyKind } from "@/lib/debate/phases";
import type { Side } from "@/lib/debate/sides";
import type { PostView } from "@/lib/debate/view";
import type { SideNames } from "@/lib/debate/wording";
import { excerpt } from "@/lib/text/excerpt";
import type { Evidence } from "./evidence-picker";
import { OwnPostTools } from "./own-post-tools";
import { RatingForm } from "./rating-form";
import { ReplyForm } from "./reply-form";
import { ReportForm } from "./report-form";

export type PostContext = {
  debateId: string;
  readerHref: string | null;
  canReply: boolean;
  canRate: boolean;
  highlights: Evidence[];
  script: "trad" | "simp";
  articleId: string;
  /** What this board calls its sides (lib/debate/wording.ts). */
  sideNames: SideNames;
  /** With the steelman rule on: the student's side and the sides they have argued for (rebutting a thread of
   * another side needs an argument for it first, lib/debate/phases.ts canReply); null with the rule off. */
  steelman: { mySide: Side | null; argued: Side[] } | null;
};

/**
 * One argument or reply, with its replies below it. Everything the student typed is rendered as text (React
 * escapes it; line breaks kept by CSS); an outside link is plain, with rel="nofollow noopener".
 */
export function PostCard({
  post,
  ctx,
  threadLocked = post.locked,
  threadSide = post.side,
}: {
  post: PostView;
  ctx: PostContext;
  threadLocked?: boolean;
  /** The side of the argument at the top of the thread. */
  threadSide?: Side | null;
}) {
  const t = useTranslations("debate");
  const headingId = `post-${post.id}`;
  const isArgument = post.depth === 0;
  const Heading = isArgument ? "h3" : "h4";
  const name = isArgument
    ? post.content?.claim || (post.deleted ? t("deletedPost") : t("hiddenPost"))
    : `${isReplyKind(post.kind) ? t(`kind.${post.kind}`) : post.kind} · ${post.author}`;
  return (
    <article className={`post ${isArgument ? "argument" : `reply ${post.kind}`}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="post-title">
        {isArgument || !isReplyKind(post.kind) ? name : t(`kind.${post.kind}`)}
      </Heading>
      <p className="post-meta">
        {post.author}
        {post.mine && <span className="badge">{t("mine")}</span>}
        {post.pinned && <span className="badge">{t("pinned")}</span>}
        {post.locked && <span className="badge">{t("locked")}</span>}
        {post.edited && <span className="badge">{t("edited")}</span>}
      </p>
      {post.hidden && (
        <p className="notice" role="note">
          {t("hiddenByTeacher", { reason: post.hidden.reason })}
        </p>
      )}
      {post.content ? (
        <>
          <p className="post-body">{post.content.body}</p>
          {post.content.quotes.map((q) => (
            <blockquote key={`${q.paragraphId}:${q.start}`} className="evidence-quote">
              <p>「{q.quote}」</p>
              <footer>
                {ctx.readerHref ? (
                  <a href={`${ctx.readerHref}#p-${q.position}`}>{t("paragraph", { n: q.position })}</a>
                ) : (
                  t("paragraph", { n: q.position })
                )}
              </footer>
            </blockquote>
          ))}
          {post.content.source && (
            <p className="post-source">
              {t("source")}{" "}
              <a href={post.content.source.url} rel="nofollow noopener noreferrer" target="_blank">
                {post.content.source.title}
              </a>{" "}
              <span className="hint">({post.content.source.url})</span>
            </p>
          )}
        </>
      ) : (
        <p className="hint">{post.deleted ? t("deletedPlaceholder") : t("hiddenPlaceholder")}</p>
      )}
      {post.mine && post.content && (
        <OwnPostTools
          debateId={ctx.debateId}
          post={{
            id: post.id,
            isArgument,
            claim: post.content.claim,
            body: post.content.body,
            source: post.content.source,
          }}
          canEdit={post.own?.canEdit ?? false}
          canWithdraw={post.own?.canWithdraw ?? false}
          label={
            isArgument
              ? t("ownPost.yourArgument", { claim: post.content.claim })
              : t("ownPost.yourReply", {
                  kind: isReplyKind(post.kind) ? t(`kind.${post.kind}`) : post.kind,
                  excerpt: excerpt(post.content.body, 20),
                })
          }
        />
      )}
      {post.ratings && (
        <p className="rating-summary">
          {t("ratingSummary", { average: post.ratings.average.toFixed(1), count: post.ratings.count })}
        </p>
      )}
      {isArgument && ctx.canRate && !post.mine && post.content && (
        <RatingForm
          debateId={ctx.debateId}
          postId={post.id}
          current={post.myRating}
          label={t("rateLabel", { claim: name })}
        />
      )}
      {ctx.canReply && post.depth < 3 && !threadLocked && post.content && (
        <ReplyForm
          debateId={ctx.debateId}
          parentId={post.id}
          label={t("replyTo", { name })}
          highlights={ctx.highlights}
          script={ctx.script}
          articleId={ctx.articleId}
          rebutNeedsSteelman={Boolean(
            ctx.steelman &&
              threadSide &&
              ctx.steelman.mySide !== threadSide &&
              !ctx.steelman.argued.includes(threadSide),
          )}
        />
      )}
      {!post.mine && post.content && (
        <ReportForm debateId={ctx.debateId} postId={post.id} label={t("reportLabel", { name })} />
      )}
      {post.replies.length > 0 && (
        <ol className="replies">
          {post.replies.map((r) => (
            <li key={r.id}>
              <PostCard post={r} ctx={ctx} threadLocked={threadLocked} threadSide={threadSide} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
