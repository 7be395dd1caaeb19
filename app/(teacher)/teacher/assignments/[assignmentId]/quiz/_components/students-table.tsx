import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/scroll-table";
import { StatusChip } from "@/components/status-chip";
import type { QuizResults } from "@/lib/quiz/results";
import { DATE_TIME } from "@/lib/time/formats";

const QUIZ_STATUS_TONE = { not_started: "todo", in_progress: "active", submitted: "waiting", graded: "done" } as const;

/** Students × score: one row per enrolled student, with the status of their counted attempt in words. */
export async function StudentsTable({ results }: { results: QuizResults }) {
  const t = await getTranslations("quizResults");
  const format = await getFormatter();
  if (results.students.length === 0) return <p>{t("studentsEmpty")}</p>;
  return (
    <ScrollTable label={t("studentsTitle")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("student")}</th>
            <th scope="col">{t("loginName")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("score")}</th>
            <th scope="col">{t("submittedAt")}</th>
            <th scope="col">{t("attemptsUsed")}</th>
          </tr>
        </thead>
        <tbody>
          {results.students.map((s) => (
            <tr key={s.studentId}>
              <th scope="row">{s.displayName}</th>
              <td>{s.loginName}</td>
              <td>
                <StatusChip tone={QUIZ_STATUS_TONE[s.status]}>{t(`status_${s.status}`)}</StatusChip>
                {s.handedInAtEnd && <span className="hint"> {t("handedInAtEnd")}</span>}
              </td>
              <td>
                {s.score === null
                  ? t("none")
                  : t("scoreValue", { score: format.number(s.score), max: format.number(s.maxScore) })}
              </td>
              <td className="when">{s.submittedAt ? format.dateTime(s.submittedAt, DATE_TIME) : t("none")}</td>
              <td>{t("attemptsValue", { used: s.attemptsUsed, allowed: results.quiz.attemptsAllowed })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
