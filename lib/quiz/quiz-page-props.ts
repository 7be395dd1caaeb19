import type { Locale } from "@/i18n/locales";
import type { MESSAGES } from "@/i18n/messages";
import type { NotFoundProps } from "@/lib/http/pages-request";
import type { Shell } from "@/lib/site-header";
import type { ItemFeedback, SavedAnswers } from "./student-quiz";

// The student's quiz page's props (pages/student/assignments/[assignmentId]/quiz.tsx): plain JSON, every text
// already in the student's language and script. lib/quiz/quiz-page.ts builds them; components/quiz/ shows them.

export type RunnerItemProps = {
  id: string;
  type: ItemFeedback["type"];
  prompt: string;
  points: number;
  options?: { key: string; label: string }[];
};

/** How much of a paragraph a find-the-paragraph item shows beside its choice (the whole text is beside the quiz). */
export const PARAGRAPH_EXCERPT_CHARS = 64;

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
  /** After handing in: the assignment's next step (its debate board), if it has one. */
  next: { href: string; label: string } | null;
};

export type QuizMessages = { quiz: (typeof MESSAGES)[Locale]["quiz"]; errors: (typeof MESSAGES)[Locale]["errors"] };

export type QuizPageResult =
  | { kind: "signIn" }
  | NotFoundProps
  | ({ kind: "quiz"; shell: Shell; assignmentId: string; title: string; refusal: string | null } & (
      | { view: "taking"; messages: QuizMessages; runner: RunnerProps }
      | { view: "overview"; overview: OverviewProps }
    ));
