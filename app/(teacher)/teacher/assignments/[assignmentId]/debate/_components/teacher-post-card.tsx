import { getFormatter, getTranslations } from "next-intl/server";
import { isReplyKind } from "@/lib/debate/phases";
import type { PostView } from "@/lib/debate/view";
import { DATE_TIME_SHORT } from "@/lib/time/formats";
import { HidePostForm } from "./hide-post-form";
import { PostActionForm } from "./post-action-form";
import { postNamer } from "./post-name";

/**
 * One post as the teacher sees it (real names, hidden posts with their reason) with its moderation (hide
 * with a reason, pin, lock) behind a menu, then its replies. Student text is rendered as text by React (line breaks kept by .post-body's
 * white-space: pre-wrap); an outside link never passes on the page's authority or a window handle.
 */
export async function TeacherPostCard({ post }: { post: PostView }) {
  const t = await getTranslations("debateTeacher");
  const tDebate = await getTranslations("debate");
  const format = await getFormatter();
  const nameOf = await postNamer();
  // The teacher's view always has content (view.ts hides it only from other students); "" keeps types simple.
  const content = post.content;
  const name = nameOf({ kind: post.kind, claim: content?.claim ?? "", body: content?.body ?? "", author: post.author });
  const isArgument = post.depth === 0;
  const Heading = isArgument ? "h4" : "h5";
  const classes = ["post", isArgument ? "argument" : `reply ${post.kind}`, post.hidden ? "hidden-post" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <article className={classes} aria-label={name}>
      <Heading className="post-title">
        {isArgument || !isReplyKind(post.kind) ? name : tDebate(`kind.${post.kind}`)}
      </Heading>
      <p className="post-meta">
        <span>{post.author}</span>
        <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, DATE_TIME_SHORT)}</time>
        {post.hidden && <span className="badge">{t("board.hiddenBadge")}</span>}
        {post.pinned && <span className="badge">{tDebate("pinned")}</span>}
        {post.locked && <span className="badge">{tDebate("locked")}</span>}
        {post.edited && <span className="badge">{t("board.edited")}</span>}
      </p>
      {post.hidden && (
        <p className="notice answer-text" role="note">
          {t("board.hiddenNotice", { reason: post.hidden.reason || t("none") })}
        </p>
      )}
      {content && (
        <>
          <p className="post-body">{content.body}</p>
          {content.quotes.map((q) => (
            <blockquote key={`${q.paragraphId}:${q.start}`} className="evidence-quote">
              <p>「{q.quote}」</p>
              <footer>{tDebate("paragraph", { n: q.position })}</footer>
            </blockquote>
          ))}
          {content.source && (
            <p className="post-source">
              {tDebate("source")}{" "}
              <a href={content.source.url} rel="nofollow noopener noreferrer" target="_blank">
                {content.source.title}
              </a>{" "}
              <span className="hint">({content.source.url})</span>
            </p>
          )}
        </>
      )}
      {post.revisions && post.revisions.length > 0 && (
        <details className="post-revisions">
          <summary>{t("board.revisions", { count: post.revisions.length })}</summary>
          <ol>
            {post.revisions.map((r) => (
              <li key={r.replacedAt.toISOString()}>
                <p className="hint">{t("board.revision", { date: format.dateTime(r.replacedAt, DATE_TIME_SHORT) })}</p>
                {r.claim && <p className="claim">{r.claim}</p>}
                <p className="answer-text">{r.body}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      {post.ratings && (
        <p className="rating-summary">
          {post.ratings.count > 0
            ? tDebate("ratingSummary", {
                average: format.number(post.ratings.average, { maximumFractionDigits: 1 }),
                count: post.ratings.count,
              })
            : t("board.noRatings")}
        </p>
      )}
      {/* Behind one menu per post, so the board reads as a board and not a wall of forms. */}
      <details className="moderation-menu">
        <summary>
          {t("board.moderate")}
          <span className="visually-hidden"> {name}</span>
        </summary>
        <div className="moderation">
          {post.hidden ? (
            <PostActionForm
              postId={post.id}
              action="restore"
              formLabel={t("board.restoreForm", { name })}
              buttonLabel={t("board.restore")}
            />
          ) : (
            <HidePostForm postId={post.id} formLabel={t("board.hideForm", { name })} />
          )}
          {isArgument && (
            <PostActionForm
              postId={post.id}
              action={post.pinned ? "unpin" : "pin"}
              formLabel={t(post.pinned ? "board.unpinForm" : "board.pinForm", { name })}
              buttonLabel={t(post.pinned ? "board.unpin" : "board.pin")}
            />
          )}
          {isArgument && (
            <PostActionForm
              postId={post.id}
              action={post.locked ? "unlock" : "lock"}
              formLabel={t(post.locked ? "board.unlockForm" : "board.lockForm", { name })}
              buttonLabel={t(post.locked ? "board.unlock" : "board.lock")}
            />
          )}
        </div>
      </details>
      {post.replies.length > 0 && (
        <ol className="replies">
          {post.replies.map((r) => (
            <li key={r.id}>
              <TeacherPostCard post={r} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
