import { BookOpen, ListChecks, type LucideIcon, MessagesSquare } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusChip, type StatusTone } from "@/components/status-chip";
import type { Steps } from "@/lib/assignments/student-steps";

type Props = { assignment: { id: string; title: string; steps: Steps } };

const READING_TONE = { not_started: "todo", reading: "active", read: "done" } as const;
const QUIZ_TONE = {
  not_started: "todo",
  in_progress: "active",
  closed: "todo",
  waiting: "waiting",
  handed_in: "waiting",
  scored: "done",
} as const;
const DEBATE_TONE = { opening: "active", rebuttal: "active", closed: "done" } as const;

/**
 * 閱讀 → 測驗 → 辯論: each part that is on, where the student stands on it, and its link; the step to do next
 * is marked (aria-current="step") and its link is the card's button. Links are named after their step and
 * described by the card's title, like neighbours on a list of cards.
 */
export async function AssignmentSteps({ assignment: a }: Props) {
  const t = await getTranslations("studentHome");
  const tQuiz = await getTranslations("quiz");
  const tDebate = await getTranslations("debate");
  const format = await getFormatter();
  const { reading, quiz, debate, next } = a.steps;
  const base = `/student/assignments/${a.id}`;
  const describedBy = `assignment-${a.id}`;
  const step = (
    part: "reading" | "quiz" | "debate",
    Icon: LucideIcon,
    name: string,
    href: string,
    tone: StatusTone,
    status: string,
    options: {
      /** Said after the chip: counts and notes beside the status. */
      more?: React.ReactNode;
      /** The reader is a Pages Router page: a plain link, as next/link's prefetch would run it (and count it as opened). */
      plain?: boolean;
    } = {},
  ) => {
    const { more, plain = false } = options;
    const className = `button small${next === part ? " primary" : ""}`;
    return (
      <li key={part} aria-current={next === part ? "step" : undefined} className={next === part ? "next" : undefined}>
        {plain ? (
          <a className={className} href={href} aria-describedby={describedBy}>
            <Icon className="icon" aria-hidden="true" />
            {name}
          </a>
        ) : (
          <Link className={className} href={href} aria-describedby={describedBy}>
            <Icon className="icon" aria-hidden="true" />
            {name}
          </Link>
        )}{" "}
        <span className="step-status">
          <StatusChip tone={tone}>{status}</StatusChip>
          {more}
        </span>
        {next === part && <span className="visually-hidden"> {t("nextStep")}</span>}
      </li>
    );
  };
  return (
    <>
      <ol className="steps" aria-label={t("stepsLabel", { title: a.title })}>
        {reading &&
          step(
            "reading",
            BookOpen,
            t("stepReading"),
            base,
            READING_TONE[reading.state],
            reading.state === "reading"
              ? t("reading_reading", { percent: reading.percent })
              : t(`reading_${reading.state}`),
            { plain: true },
          )}
        {quiz &&
          step(
            "quiz",
            ListChecks,
            tQuiz("quizLink"),
            `${base}/quiz`,
            QUIZ_TONE[quiz.state],
            quiz.state === "scored"
              ? t("quiz_scored", { score: format.number(quiz.score), max: format.number(quiz.maxScore) })
              : t(`quiz_${quiz.state}`),
          )}
        {debate &&
          step(
            "debate",
            MessagesSquare,
            tDebate("debateLink"),
            `${base}/debate`,
            DEBATE_TONE[debate.phase],
            t(`debate_${debate.phase}`),
            {
              more: (
                <>
                  {" · "}
                  {t("debatePosts", { count: debate.posts })}
                  {debate.feedback && <> · {t("debateFeedback")}</>}
                </>
              ),
            },
          )}
      </ol>
      {next === null && <p className="step-status">{t("allDone")}</p>}
    </>
  );
}
