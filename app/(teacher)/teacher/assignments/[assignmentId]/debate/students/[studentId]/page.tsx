import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { isReplyKind } from "@/lib/debate/phases";
import { rubricLevelWords } from "@/lib/debate/rubric-words";
import { loadStudentWork, type StudentWork } from "@/lib/debate/student-work";
import { boardWording } from "@/lib/debate/wording-words";
import { DATE_TIME_SHORT } from "@/lib/time/formats";
import { RubricForm } from "../../_components/rubric-form";

type Props = { params: Promise<{ assignmentId: string; studentId: string }> };

// Once per request: the page and its metadata both need it.
const load = cache(async (params: Props["params"]) => {
  const me = await requireUser(["TEACHER"]);
  const { assignmentId, studentId } = await params;
  // Scoped in the query: the teacher's own class, and a student enrolled in it; anything else is a 404.
  return loadStudentWork(db, me.id, assignmentId, studentId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const work = await load(params);
  const t = await getTranslations("debateTeacher.grading");
  return { title: work ? t("pageTitle", { name: work.student.displayName, title: work.assignment.title }) : undefined };
}

/**
 * Grading one student's debate: their posts on the left, the rubric in a side panel that stays in view
 * while the teacher reads (one column on a phone), and the previous and next students to go on with.
 */
export default async function GradeStudentPage({ params }: Props) {
  const work = await load(params);
  if (!work) notFound();
  const t = await getTranslations("debateTeacher.grading");
  const board = `/teacher/assignments/${work.assignment.id}/debate`;
  const levels = await rubricLevelWords(work.rubricWording);
  const name = work.student.displayName;
  return (
    <section className="grading">
      <p>
        <Link href={board}>{t("back")}</Link>
      </p>
      <h1>{t("pageTitle", { name, title: work.assignment.title })}</h1>
      <nav aria-label={t("nav")} className="button-row">
        {work.previous && (
          <Link href={`${board}/students/${work.previous.id}`}>
            {t("previous", { name: work.previous.displayName })}
          </Link>
        )}
        {work.next && (
          <Link href={`${board}/students/${work.next.id}`}>{t("next", { name: work.next.displayName })}</Link>
        )}
      </nav>
      <div className="grading-layout">
        <section aria-labelledby="work-heading" className="grading-work">
          <h2 id="work-heading">{t("work", { name })}</h2>
          <StudentPosts work={work} />
        </section>
        <aside aria-labelledby="grade-heading" className="grading-panel panel">
          <h2 id="grade-heading">{t("panel")}</h2>
          <RubricForm
            assignmentId={work.assignment.id}
            studentId={work.student.id}
            studentName={name}
            rubric={work.rubric}
            feedback={work.feedback}
            levels={levels}
          />
        </aside>
      </div>
    </section>
  );
}

async function StudentPosts({ work }: { work: StudentWork }) {
  const t = await getTranslations("debateTeacher.grading");
  const tDebate = await getTranslations("debate");
  const { sides } = await boardWording(work.wording);
  const tBoard = await getTranslations("debateTeacher");
  const format = await getFormatter();
  return (
    <>
      <p>{!work.seated ? t("notSeated") : work.side ? t("side", { side: sides[work.side] }) : t("noSide")}</p>
      {work.posts.length === 0 ? (
        <p>{t("noPosts")}</p>
      ) : (
        <ol className="stack grading-posts">
          {work.posts.map((post) => (
            <li key={post.id} className="card">
              <p className="hint">
                {post.kind === "argument"
                  ? `${tBoard("argument")}${post.side ? ` · ${sides[post.side]}` : ""}`
                  : isReplyKind(post.kind)
                    ? tDebate(`kind.${post.kind}`)
                    : post.kind}
                {" · "}
                <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, DATE_TIME_SHORT)}</time>
                {post.edited && <> · {tDebate("edited")}</>}
              </p>
              {post.replyTo && <p className="hint">{t("replyTo", { excerpt: post.replyTo })}</p>}
              {post.claim && <p className="claim">{post.claim}</p>}
              <p className="answer-text">{post.body}</p>
              {post.quotes.length > 0 && (
                <div className="stack">
                  {post.quotes.map((q, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a post's quotes are fixed, in order
                    <blockquote key={i} className="evidence-quote">
                      <p>{t("quote", { n: q.position, quote: q.quote })}</p>
                    </blockquote>
                  ))}
                </div>
              )}
              {post.sourceTitle && <p className="hint">{t("source", { title: post.sourceTitle })}</p>}
              {post.ratings.average !== null && (
                <p className="hint">
                  {t("ratings", {
                    count: post.ratings.count,
                    average: format.number(post.ratings.average, { maximumFractionDigits: 1 }),
                  })}
                </p>
              )}
              {post.hiddenReason !== null && <p className="notice">{t("hidden", { reason: post.hiddenReason })}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
