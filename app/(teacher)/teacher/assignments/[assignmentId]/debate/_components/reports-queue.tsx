import { getFormatter, getTranslations } from "next-intl/server";
import { StatusChip } from "@/components/status-chip";
import type { ReportedPost } from "@/lib/debate/moderation";
import { DATE_TIME_SHORT } from "@/lib/time/formats";
import { DismissReportsForm } from "./dismiss-reports-form";
import { HidePostForm } from "./hide-post-form";
import { postNamer } from "./post-name";

/**
 * Posts with open reports, the longest-waiting first, each with every reporter's reason (real names: the
 * teacher needs to know who reported, anonymous board or not) and the two ways to settle them.
 */
export async function ReportsQueue({ reports }: { reports: ReportedPost[] }) {
  const t = await getTranslations("debateTeacher");
  const format = await getFormatter();
  const nameOf = await postNamer();
  if (reports.length === 0) return <p>{t("reports.empty")}</p>;
  return (
    <ol className="plain-list reports-queue">
      {reports.map(({ post, author, reports: open, count }) => {
        const name = nameOf({ kind: post.kind, claim: post.claim, body: post.body, author: author.name });
        return (
          <li key={post.id}>
            <article className="panel" aria-labelledby={`report-${post.id}`}>
              <h3 id={`report-${post.id}`} className="post-title">
                {name} <StatusChip tone="waiting">{t("reports.count", { count })}</StatusChip>
              </h3>
              <p className="post-meta">{t("reports.author", { name: author.name })}</p>
              <p className="post-body">{post.body}</p>
              <ul>
                {open.map((r) => (
                  // One report per student and post (DebateReport is unique on both).
                  <li key={r.reporter.id}>
                    <span className="answer-text">
                      {r.reason
                        ? t("reports.reason", { reporter: r.reporter.name, reason: r.reason })
                        : t("reports.noReason", { reporter: r.reporter.name })}
                    </span>{" "}
                    <time className="hint" dateTime={r.createdAt.toISOString()}>
                      {format.dateTime(r.createdAt, DATE_TIME_SHORT)}
                    </time>
                  </li>
                ))}
              </ul>
              <div className="moderation">
                <DismissReportsForm postId={post.id} formLabel={t("reports.dismissForm", { name })} />
                {post.hidden ? (
                  <p className="hint">{t("reports.alreadyHidden")}</p>
                ) : (
                  <HidePostForm postId={post.id} formLabel={t("reports.hideForm", { name })} />
                )}
              </div>
              <p className="hint">{t("reports.dismissHint")}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
