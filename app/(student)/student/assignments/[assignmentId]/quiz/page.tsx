import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClientMessages } from "@/components/client-messages";
import { findStudentAssignment } from "@/lib/assignments/assignments";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getItemBank } from "@/lib/quiz/item-bank";
import { loadAttemptForStudent, loadFeedback, loadStudentQuiz } from "@/lib/quiz/student-quiz";
import { getReaderView } from "@/lib/readings/reader-view";
import { inScript, isScript } from "@/lib/readings/script";
import { FeedbackList } from "./_components/feedback-list";
import { QuizArticle } from "./_components/quiz-article";
import { QuizRunner } from "./_components/quiz-runner";
import { StartForm } from "./_components/start-form";

type Props = { params: Promise<{ assignmentId: string }> };

// generateMetadata and the page ask the same question within one request: ask the database once.
const findAssignment = cache((studentId: string, assignmentId: string) => findStudentAssignment(db, studentId, assignmentId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["STUDENT"]);
  const assignment = await findAssignment(me.id, (await params).assignmentId);
  const t = await getTranslations("quiz");
  return { title: assignment?.quizEnabled ? t("pageTitle", { title: assignment.title }) : undefined };
}

const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

export default async function StudentQuizPage({ params }: Props) {
  const me = await requireUser(["STUDENT"]);
  const { assignmentId } = await params;
  const [assignment, state] = await Promise.all([findAssignment(me.id, assignmentId), loadStudentQuiz(db, me.id, assignmentId)]);
  if (!assignment || !state) notFound();
  const t = await getTranslations("quiz");
  const format = await getFormatter();
  const locale = await getLocale();
  const script = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const view = await getReaderView(db, assignment.readingId, script);
  if (!view) notFound();
  // Items are written in zh-Hant and English; students reading Simplified get the zh-Hant text converted.
  const text = (pair: { zhHant: string; en: string }) => (locale === "en" ? pair.en : inScript(pair.zhHant, script));
  const readerHref = assignment.readingEnabled ? `/student/assignments/${assignment.id}` : null;
  const article = <QuizArticle view={view} readerHref={readerHref} />;

  if (state.inProgress) {
    const { items, saved } = await loadAttemptForStudent(db, me.id, state.inProgress.id, assignment.readingId);
    // Paragraph picks show each paragraph's opening; the whole text is beside them (or one tap away).
    const paragraphs = view.paragraphs.map((p) => ({ id: p.id, position: p.position, text: excerpt(p.segments.map((s) => s.text).join("")) }));
    return (
      <section className="quiz-page">
        <h1>{t("pageTitle", { title: assignment.title })}</h1>
        <noscript>
          <p className="form-error">{t("needsJavaScript")}</p>
        </noscript>
        <ClientMessages namespaces={["quiz", "errors"]}>
          <QuizRunner
            attemptId={state.inProgress.id}
            items={items.map((i) => ({ id: i.id, type: i.type, points: i.points, prompt: text(i.prompt), options: i.options?.map((o) => ({ key: o.key, label: text(o) })) }))}
            paragraphs={paragraphs}
            saved={saved}
            deadline={state.deadline?.toISOString() ?? null}
            article={article}
          />
        </ClientMessages>
      </section>
    );
  }

  const { quiz, submitted } = state;
  const itemCount = (await getItemBank(db, assignment.readingId)).length;
  const showKey = state.released && state.keyWait === null;
  const feedback = submitted && state.released ? await loadFeedback(db, me.id, submitted.id, assignment.readingId, showKey) : null;
  const paragraphPosition = new Map(view.paragraphs.map((p) => [p.id, p.position]));
  const pendingTeacher = feedback?.some((f) => f.score === null) ?? false;

  return (
    <section className="narrow quiz-page">
      <h1>{t("pageTitle", { title: assignment.title })}</h1>
      <dl className="facts">
        <dt>{t("items")}</dt>
        <dd>{itemCount}</dd>
        <dt>{t("attempts")}</dt>
        <dd>{t("attemptsValue", { used: state.attempts.length, allowed: quiz.attemptsAllowed })}</dd>
        <dt>{t("timeLimit")}</dt>
        <dd>{quiz.timeLimitMinutes ? t("minutes", { minutes: quiz.timeLimitMinutes + (quiz.accommodations[0]?.extraMinutes ?? 0) }) : t("noTimeLimit")}</dd>
        <dt>{t("due")}</dt>
        <dd>{assignment.dueAt ? format.dateTime(assignment.dueAt, DATE_TIME) : t("noDue")}</dd>
        <dt>{t("results")}</dt>
        <dd>{t(`release.${quiz.release as "on_submit" | "after_due" | "manual"}`)}</dd>
      </dl>

      {submitted && (
        <div className="quiz-summary" role="status">
          <p>{t("submittedAt", { date: format.dateTime(submitted.submittedAt ?? submitted.startedAt, DATE_TIME) })}</p>
          {state.handedInAtEnd && <p>{t("handedInAtEnd")}</p>}
          {state.released ? (
            <p className="score">
              {t("yourScore", { score: submitted.score ?? 0, max: submitted.maxScore ?? 0 })}
              {pendingTeacher && <span> {t("someAwaitTeacher")}</span>}
            </p>
          ) : (
            <p>{t("notReleased")}</p>
          )}
          {state.keyWait === "lastAttempt" && <p className="hint">{t("keyAfterLastAttempt")}</p>}
          {state.keyWait === "lateWork" && <p className="hint">{t("keyAfterLateWork")}</p>}
        </div>
      )}

      {state.canStart ? (
        <>
          <p className="hint">{t("startHint")}</p>
          <StartWithMessages assignmentId={assignment.id} label={submitted ? t("startAgain", { n: state.attempts.length + 1 }) : t("start")} />
        </>
      ) : (
        !submitted && <p>{state.closed ? t("closed") : t("noAttemptsLeft")}</p>
      )}

      {feedback && (
        <>
          <h2>{t("feedbackTitle")}</h2>
          <FeedbackList items={feedback} text={text} paragraphPosition={paragraphPosition} readerHref={readerHref} />
        </>
      )}
    </section>
  );
}

const EXCERPT_CHARS = 48;
const excerpt = (text: string) => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text);

function StartWithMessages(props: { assignmentId: string; label: string }) {
  return (
    <ClientMessages namespaces={["quiz", "errors"]}>
      <StartForm {...props} />
    </ClientMessages>
  );
}
