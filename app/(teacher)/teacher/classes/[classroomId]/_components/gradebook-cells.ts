import type { getFormatter, getTranslations } from "next-intl/server";
import type { GradebookCell } from "@/lib/gradebook/gradebook";

type T = Awaited<ReturnType<typeof getTranslations<"gradebook">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** One gradebook cell's parts in words, as the table, the student's page and the CSV say them. */
export function cellWords(cell: GradebookCell, t: T, format: Format) {
  const n = (value: number) => format.number(value);
  const reading = cell.reading
    ? !cell.reading.opened
      ? t("notOpened")
      : cell.reading.read
        ? t("read")
        : t("percent", { percent: cell.reading.percent })
    : null;
  const quiz = cell.quiz
    ? cell.quiz.status === "not_started"
      ? t("notStarted")
      : cell.quiz.status === "in_progress"
        ? t("inProgress")
        : cell.quiz.status === "submitted"
          ? t("waiting")
          : t("score", { score: n(cell.quiz.score ?? 0), max: n(cell.quiz.maxScore ?? 0) })
    : null;
  const rubric = cell.debate
    ? cell.debate.rubricTotal === null
      ? t("notScored")
      : t("score", { score: n(cell.debate.rubricTotal), max: n(cell.debate.rubricMax) })
    : null;
  const posts = cell.debate ? t("postCount", { arguments: cell.debate.arguments, replies: cell.debate.replies }) : null;
  return { reading, quiz, rubric, posts };
}
