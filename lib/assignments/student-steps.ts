import { effectivePhase, isPhase, type Phase } from "@/lib/debate/phases";
import { resultsReleased } from "@/lib/quiz/release";

/** Where a student stands on each part of an assignment, in the order they are meant to be done. */
export type ReadingStep = { state: "not_started" | "reading" | "read"; percent: number };
export type QuizStep =
  | { state: "not_started" | "in_progress" | "closed" }
  | { state: "waiting" | "handed_in" }
  | { state: "scored"; score: number; maxScore: number };
export type DebateStep = { phase: Phase; posts: number; feedback: boolean };
export type Steps = {
  reading: ReadingStep | null;
  quiz: QuizStep | null;
  debate: DebateStep | null;
  /** The step to do next (its link is the card's button), or null when nothing is left to do. */
  next: "reading" | "quiz" | "debate" | null;
};

export type StepsInput = {
  readingEnabled: boolean;
  quizEnabled: boolean;
  debateEnabled: boolean;
  dueAt: Date | null;
  paragraphs: number;
  progress: { furthestPosition: number; markedReadAt: Date | null } | null;
  quiz: {
    release: string;
    releasedAt: Date | null;
    lateWorkAllowed: boolean;
    attemptsAllowed: number;
    attempts: { status: string; score: number | null; maxScore: number | null }[];
  } | null;
  debate: {
    phase: string;
    rebuttalAt: Date | null;
    closesAt: Date | null;
    phaseSetAt: Date | null;
    posts: number;
    feedback: boolean;
  } | null;
};

/**
 * The three steps 閱讀 → 測驗 → 辯論 of one assignment for one student. A score shows only once the teacher's
 * release setting allows it ("handed_in" until then); "waiting" is a short answer the teacher has not graded.
 */
export function stepsOf(a: StepsInput, now: Date): Steps {
  const reading: ReadingStep | null = a.readingEnabled
    ? {
        state: a.progress?.markedReadAt ? "read" : a.progress ? "reading" : "not_started",
        percent: a.progress && a.paragraphs ? Math.round((100 * a.progress.furthestPosition) / a.paragraphs) : 0,
      }
    : null;
  const quiz = a.quizEnabled && a.quiz ? quizStep(a.quiz, a.dueAt, now) : null;
  const debate: DebateStep | null =
    a.debateEnabled && a.debate
      ? {
          phase: effectivePhase({ ...a.debate, phase: isPhase(a.debate.phase) ? a.debate.phase : "opening" }, now),
          posts: a.debate.posts,
          feedback: a.debate.feedback,
        }
      : null;
  const next =
    reading && reading.state !== "read"
      ? "reading"
      : quiz && (quiz.state === "not_started" || quiz.state === "in_progress")
        ? "quiz"
        : debate && debate.phase !== "closed"
          ? "debate"
          : null;
  return { reading, quiz, debate, next };
}

function quizStep(quiz: NonNullable<StepsInput["quiz"]>, dueAt: Date | null, now: Date): QuizStep {
  const latest = quiz.attempts.at(-1);
  const closed = Boolean(dueAt && now > dueAt && !quiz.lateWorkAllowed);
  if (!latest) return { state: closed ? "closed" : "not_started" };
  // Past the due date an attempt in progress is handed in as it stands (handInIfEnded), once anyone reads it.
  if (latest.status === "in_progress") return { state: closed ? "handed_in" : "in_progress" };
  if (latest.status === "submitted") return { state: "waiting" };
  if (!resultsReleased(quiz, dueAt, now) || latest.score === null || latest.maxScore === null)
    return { state: "handed_in" };
  return { state: "scored", score: latest.score, maxScore: latest.maxScore };
}
