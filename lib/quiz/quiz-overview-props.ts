import type { createFormatter } from "next-intl";
import type { translator } from "@/i18n/pages";
import { DATE_TIME } from "@/lib/time/formats";
import type { Classification } from "./items";
import type { OverviewProps } from "./quiz-page-props";
import { releaseMode } from "./release";
import type { ItemFeedback, loadStudentQuiz } from "./student-quiz";

type Words = {
  t: ReturnType<typeof translator>;
  format: ReturnType<typeof createFormatter>;
  /** A bilingual item text in the student's language and script. */
  text: (pair: { zhHant: string; en: string }) => string;
};

type Facts = {
  state: NonNullable<Awaited<ReturnType<typeof loadStudentQuiz>>>;
  itemCount: number;
  feedback: ItemFeedback[] | null;
  paragraphs: { id: string; position: number }[];
  readerHref: string | null;
};

/**
 * The quiz before an attempt and after one, in words: its rules, the last attempt's score, why there is no
 * start button, and the feedback the release setting allows (each answer and key as text: the option, True
 * or False, the classification, "¶n").
 */
export function overviewProps(
  { t, format, text }: Words,
  { state, itemCount, feedback, paragraphs, readerHref }: Facts,
): OverviewProps {
  const { submitted, quiz } = state;
  const { assignment } = quiz;
  const position = new Map(paragraphs.map((p) => [p.id, p.position]));

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
      { term: t("quiz.results"), value: t(`quiz.release.${releaseMode(quiz.release)}`) },
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
    next:
      submitted && assignment.debateEnabled
        ? { href: `/student/assignments/${assignment.id}/debate`, label: t("quiz.nextDebate") }
        : null,
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
  };
}
