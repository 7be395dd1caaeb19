// Server code: only getServerSideProps imports this (Next drops it, and all it imports, from the browser bundle).

import type { Locale } from "@/i18n/locales";
import { isErrorKey, MESSAGES } from "@/i18n/messages";
import { db } from "@/lib/db/app-db";
import { type NotFoundProps, pagesRequest } from "@/lib/http/pages-request";
import { idSchema } from "@/lib/id-schema";
import { getReaderView } from "@/lib/readings/reader-view";
import { inScript, isScript, type Script } from "@/lib/readings/script";
import type { Shell } from "@/lib/site-header";
import { excerpt } from "@/lib/text/excerpt";
import { DATE_TIME } from "@/lib/time/formats";
import { getItemBank } from "./item-bank";
import type { Classification } from "./items";
import type { ReleaseMode } from "./release";
import {
  type ItemFeedback,
  loadAttemptForStudent,
  loadFeedback,
  loadStudentQuiz,
  type SavedAnswers,
} from "./student-quiz";

// Everything the student's quiz page (pages/student/assignments/[assignmentId]/quiz.tsx) shows, worked out
// on the server: access, the attempt, the feedback the release setting allows, and every piece of text
// that comes from data, in the student's language and script. Plain JSON: it is the page's props.
// The page is on the Pages Router and its article is fetched separately (docs/decisions/0017): a class
// reloads it while handing in, and on this kind of machine an App Router render cost too much.

export type RunnerItemProps = {
  id: string;
  type: ItemFeedback["type"];
  prompt: string;
  points: number;
  options?: { key: string; label: string }[];
};

export type RunnerProps = {
  attemptId: string;
  items: RunnerItemProps[];
  /** Paragraph picks show each paragraph's opening; the whole text is beside them (or one tap away). */
  paragraphs: { id: string; position: number; text: string }[];
  saved: SavedAnswers;
  deadline: string | null;
  /** Where the browser fetches the article beside the quiz (see app/api/quiz/attempts/[attemptId]/article). */
  articleUrl: string;
  readerHref: string | null;
};

/** One graded item as the student sees it: every text already in their language and script. */
export type FeedbackView = {
  id: string;
  /** "Question 3 (2 points) · Partly right (1 / 2 points)" */
  heading: string;
  state: "pending" | "right" | "wrong";
  prompt: string;
  given: string;
  key: string | null;
  teacherNote: string | null;
  explanation: string | null;
  paragraphs: { n: number; label: string }[];
};

/**
 * The quiz before an attempt and after one: its rules, the last attempt's score and feedback, (re)start.
 * Every text is formatted here, so this view ships no message catalog (it has nothing to format later).
 */
export type OverviewProps = {
  facts: { term: string; value: string }[];
  summary: { lines: string[]; score: string | null; hint: string | null } | null;
  start: { hint: string; label: string; pendingLabel: string } | null;
  /** Why there is no start button and no summary: closed, or no attempts left. */
  noStart: string | null;
  feedback: {
    title: string;
    labels: { yourAnswer: string; correctAnswer: string; teacherNote: string; seeParagraphs: string };
    items: FeedbackView[];
  } | null;
  readerHref: string | null;
};

type QuizMessages = { quiz: (typeof MESSAGES)[Locale]["quiz"]; errors: (typeof MESSAGES)[Locale]["errors"] };

export type QuizPageResult =
  | { kind: "signIn" }
  | NotFoundProps
  | ({ kind: "quiz"; shell: Shell; assignmentId: string; title: string; refusal: string | null } & (
      | { view: "taking"; messages: QuizMessages; runner: RunnerProps }
      | { view: "overview"; overview: OverviewProps }
    ));

const EXCERPT_CHARS = 48;

/** Access as before the move: a signed-in student of the class, the quiz switched on and open, else 404. */
export async function loadQuizPage(
  cookies: Partial<Record<string, string>>,
  assignmentId: string,
  refused?: unknown,
): Promise<QuizPageResult> {
  const request = await pagesRequest(cookies);
  if (!request) return { kind: "signIn" };
  const { me, locale, t, format, shell, notFound } = request;
  if (me.role !== "STUDENT" || !idSchema.safeParse(assignmentId).success) return notFound();
  const state = await loadStudentQuiz(db, me.id, assignmentId);
  if (!state) return notFound();
  const { quiz } = state;
  const { assignment } = quiz;
  const script: Script = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const view = await getReaderView(db, assignment.readingId, script);
  if (!view) return notFound();

  // Items are written in zh-Hant and English; students reading Simplified get the zh-Hant text converted.
  const text = (pair: { zhHant: string; en: string }) => (locale === "en" ? pair.en : inScript(pair.zhHant, script));
  const readerHref = assignment.readingEnabled ? `/student/assignments/${assignment.id}` : null;
  const title = t("quiz.pageTitle", { title: assignment.title });
  const page = {
    kind: "quiz" as const,
    shell: shell(title),
    assignmentId: assignment.id,
    title,
    // Why the start button changed nothing (a form post, see app/api/quiz/start): only the catalog's words reach the page.
    refusal: typeof refused === "string" ? t(`errors.${isErrorKey(refused) ? refused : "unexpected"}`) : null,
  };

  if (state.inProgress) {
    const { items, saved } = await loadAttemptForStudent(db, me.id, state.inProgress.id, assignment.readingId);
    return {
      ...page,
      view: "taking",
      // The runner formats as the student goes (progress, counts), so it takes the two catalogs it uses.
      messages: { quiz: MESSAGES[locale].quiz, errors: MESSAGES[locale].errors },
      runner: {
        attemptId: state.inProgress.id,
        items: items.map((i) => ({
          id: i.id,
          type: i.type,
          points: i.points,
          prompt: text(i.prompt),
          ...(i.options && { options: i.options.map((o) => ({ key: o.key, label: text(o) })) }),
        })),
        paragraphs: view.paragraphs.map((p) => ({
          id: p.id,
          position: p.position,
          text: excerpt(p.segments.map((s) => s.text).join(""), EXCERPT_CHARS),
        })),
        saved,
        deadline: state.deadline?.toISOString() ?? null,
        articleUrl: `/api/quiz/attempts/${state.inProgress.id}/article?script=${script}`,
        readerHref,
      },
    };
  }

  const { submitted } = state;
  const itemCount = (await getItemBank(db, assignment.readingId)).length;
  const showKey = state.released && state.keyWait === null;
  const feedback =
    submitted && state.released ? await loadFeedback(db, me.id, submitted.id, assignment.readingId, showKey) : null;
  const position = new Map(view.paragraphs.map((p) => [p.id, p.position]));

  /** An answer (or the key) as words: the option's text, True/False, the classification, "¶n". */
  const shown = (item: ItemFeedback, value: unknown): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
      return t("quiz.noAnswer");
    switch (item.type) {
      case "single":
      case "multiple":
        return (Array.isArray(value) ? (value as string[]) : [value as string])
          .map((k) => text(item.options?.find((o) => o.key === k) ?? { zhHant: k, en: k }))
          .join(" / ");
      case "true_false":
        return value ? t("quiz.true") : t("quiz.false");
      case "classify": {
        const c = value as Classification;
        return `${t(`quiz.claimType.${c.type}`)} × ${t(`quiz.verdict.${c.verdict}`)}`;
      }
      case "paragraph":
        // The key may accept several paragraphs; an answer is one.
        return (Array.isArray(value) ? (value as string[]) : [value as string])
          .map((pid) => t("quiz.paragraphNumber", { n: position.get(pid) ?? 0 }))
          .join(t("quiz.or"));
      case "short":
        return String(value);
    }
  };

  const verdict = (f: ItemFeedback) =>
    f.score === null
      ? t("quiz.awaitingTeacher")
      : f.correct
        ? t("quiz.right")
        : f.score > 0
          ? t("quiz.partlyRight")
          : t("quiz.wrong");
  const timeLimit = quiz.timeLimitMinutes ? quiz.timeLimitMinutes + (quiz.accommodations[0]?.extraMinutes ?? 0) : null;
  const keyHint =
    state.keyWait === "lastAttempt"
      ? t("quiz.keyAfterLastAttempt")
      : state.keyWait === "lateWork"
        ? t("quiz.keyAfterLateWork")
        : null;
  const pendingTeacher = feedback?.some((f) => f.score === null) ?? false;

  return {
    ...page,
    view: "overview",
    overview: {
      facts: [
        { term: t("quiz.items"), value: String(itemCount) },
        {
          term: t("quiz.attempts"),
          value: t("quiz.attemptsValue", { used: state.attempts.length, allowed: quiz.attemptsAllowed }),
        },
        {
          term: t("quiz.timeLimit"),
          value: timeLimit ? t("quiz.minutes", { minutes: timeLimit }) : t("quiz.noTimeLimit"),
        },
        {
          term: t("quiz.due"),
          value: assignment.dueAt ? format.dateTime(assignment.dueAt, DATE_TIME) : t("quiz.noDue"),
        },
        { term: t("quiz.results"), value: t(`quiz.release.${quiz.release as ReleaseMode}`) },
      ],
      summary: submitted && {
        lines: [
          t("quiz.submittedAt", { date: format.dateTime(submitted.submittedAt ?? submitted.startedAt, DATE_TIME) }),
          ...(state.handedInAtEnd ? [t("quiz.handedInAtEnd")] : []),
          ...(state.released ? [] : [t("quiz.notReleased")]),
        ],
        score: state.released
          ? [
              t("quiz.yourScore", { score: submitted.score ?? 0, max: submitted.maxScore ?? 0 }),
              pendingTeacher ? t("quiz.someAwaitTeacher") : "",
            ]
              .join(" ")
              .trim()
          : null,
        hint: keyHint,
      },
      start: state.canStart
        ? {
            hint: t("quiz.startHint"),
            label: submitted ? t("quiz.startAgain", { n: state.attempts.length + 1 }) : t("quiz.start"),
            pendingLabel: t("quiz.starting"),
          }
        : null,
      noStart: state.canStart || submitted ? null : state.closed ? t("quiz.closed") : t("quiz.noAttemptsLeft"),
      feedback: feedback && {
        title: t("quiz.feedbackTitle"),
        labels: {
          yourAnswer: t("quiz.yourAnswer"),
          correctAnswer: t("quiz.correctAnswer"),
          teacherNote: t("quiz.teacherNote"),
          seeParagraphs: t("quiz.seeParagraphs"),
        },
        items: feedback.map((f, i) => ({
          id: f.id,
          heading: [
            `${t("quiz.itemHeading", { n: i + 1, points: f.points })} · ${verdict(f)}`,
            f.score === null ? "" : ` (${t("quiz.scoreOf", { score: f.score, max: f.points })})`,
          ].join(""),
          state: f.score === null ? "pending" : f.correct ? "right" : "wrong",
          prompt: text(f.prompt),
          given: shown(f, f.given),
          key: f.key === undefined ? null : shown(f, f.key),
          teacherNote: f.teacherNote,
          explanation: f.explanation ? text(f.explanation) : null,
          paragraphs: (f.paragraphs ?? [])
            .map((pid) => position.get(pid))
            .filter((n): n is number => n !== undefined)
            .map((n) => ({ n, label: t("quiz.paragraphNumber", { n }) })),
        })),
      },
      readerHref,
    },
  };
}
