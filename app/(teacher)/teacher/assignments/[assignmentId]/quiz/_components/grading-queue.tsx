import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PLAIN_TEXT } from "@/components/quiz/answer-label";
import { contentLanguage } from "@/i18n/locales";
import { localized } from "@/lib/quiz/items";
import type { QuizResults } from "@/lib/quiz/results";
import { GradeForm } from "./grade-form";

/** Short answers of submitted attempts that still wait for a score, each with its rubric and a grade form. */
export async function GradingQueue({ results }: { results: QuizResults }) {
  const t = await getTranslations("quizResults");
  const format = await getFormatter();
  const language = contentLanguage(await getLocale());
  if (results.gradingQueue.length === 0) return <p>{t("queueEmpty")}</p>;
  return (
    <ol className="plain-list" style={{ listStyle: "none", padding: 0 }}>
      {results.gradingQueue.map((q) => {
        const headingId = `queue-${q.attemptId}-${q.itemId}`;
        const name = t("queueEntry", { student: q.studentName, item: t("itemNumber", { n: q.itemPosition }) });
        return (
          <li key={headingId}>
            <article className="panel" aria-labelledby={headingId}>
              <h3 id={headingId}>{name}</h3>
              <p>
                <strong>{t("prompt")}</strong> {localized(q.prompt, language)}
              </p>
              <h4>{t("studentAnswer")}</h4>
              <p style={PLAIN_TEXT}>{q.answerText.trim() ? q.answerText : t("blankAnswer")}</p>
              {q.rubric && (
                <details open>
                  <summary>{t("rubric")}</summary>
                  <p style={PLAIN_TEXT}>{localized(q.rubric, language)}</p>
                </details>
              )}
              <GradeForm
                attemptId={q.attemptId}
                itemId={q.itemId}
                points={q.points}
                reasonRequired={false}
                labels={{
                  form: name,
                  score: t("scoreLabel", { max: format.number(q.points) }),
                  reason: t("feedbackLabel"),
                  submit: t("gradeSubmit"),
                  pending: t("saving"),
                  saved: t("saved"),
                }}
              />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
