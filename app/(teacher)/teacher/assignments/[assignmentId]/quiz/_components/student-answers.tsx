import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { answerLabel, PLAIN_TEXT } from "@/components/quiz/answer-label";
import { contentLanguage } from "@/i18n/locales";
import type { QuizResults } from "@/lib/quiz/results";
import { GradeForm } from "./grade-form";

/**
 * For each student with a submitted attempt: every answer with its scores, and a form to change any
 * item's score. Changing an automatic score needs a reason; on a short answer the text is feedback.
 */
export async function StudentAnswers({ results }: { results: QuizResults }) {
  const t = await getTranslations("quizResults");
  const format = await getFormatter();
  const language = contentLanguage(await getLocale());
  const submitted = results.students.filter((s) => s.attemptId && (s.status === "submitted" || s.status === "graded"));
  if (submitted.length === 0) return <p>{t("noSubmissions")}</p>;
  const points = (n: number | null) => (n === null ? t("none") : format.number(n));
  const itemName = (item: { position: number }) => t("itemNumber", { n: item.position });
  return submitted.map((s) => (
    <details key={s.studentId}>
      <summary>
        {t("answersSummary", {
          student: s.displayName,
          score:
            s.score === null
              ? t(`status_${s.status}`)
              : t("scoreValue", { score: format.number(s.score), max: format.number(s.maxScore) }),
        })}
      </summary>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("item")}</th>
              <th scope="col">{t("answer")}</th>
              <th scope="col">{t("correctAnswer")}</th>
              <th scope="col">{t("autoScore")}</th>
              <th scope="col">{t("teacherScore")}</th>
              <th scope="col">{t("reason")}</th>
              <th scope="col">{t("change")}</th>
            </tr>
          </thead>
          <tbody>
            {results.items.map((item) => {
              const a = s.answers.find((x) => x.itemId === item.id);
              const short = item.type === "short";
              if (a && a.attemptItemId === null)
                return (
                  <tr key={item.id}>
                    <th scope="row">{itemName(item)}</th>
                    <td colSpan={6}>{t("notInAttempt")}</td>
                  </tr>
                );
              return (
                <tr key={item.id}>
                  <th scope="row">
                    {itemName(item)}
                    {a && a.attemptItemId !== a.itemId && <> {t("earlierRevision")}</>}
                  </th>
                  <td style={PLAIN_TEXT}>{a ? answerLabel(a.view, t, language) : t("noAnswer")}</td>
                  <td>
                    {short || !a?.keyViews.length
                      ? t("none")
                      : a.keyViews.map((v) => answerLabel(v, t, language)).join(t("keySeparator"))}
                  </td>
                  <td>{short ? t("gradedByTeacher") : points(a?.autoScore ?? null)}</td>
                  <td>{points(a?.teacherScore ?? null)}</td>
                  <td style={PLAIN_TEXT}>{a?.overrideReason ?? t("none")}</td>
                  <td>
                    {/* One editor open at a time on the whole page (exclusive <details> by name). */}
                    <details name="grade-editor">
                      <summary>
                        {t("change")}
                        <span className="visually-hidden"> {itemName(item)}</span>
                      </summary>
                      <GradeForm
                        attemptId={s.attemptId!}
                        itemId={a?.attemptItemId ?? item.id}
                        points={item.points}
                        reasonRequired={!short}
                        defaultScore={a?.score}
                        defaultReason={a?.overrideReason}
                        labels={{
                          form: t("overrideForm", { student: s.displayName, item: itemName(item) }),
                          score: t("scoreLabel", { max: format.number(item.points) }),
                          reason: short ? t("feedbackLabel") : t("reasonLabel"),
                          submit: short ? t("gradeSubmit") : t("overrideSubmit"),
                          pending: t("saving"),
                          saved: t("saved"),
                        }}
                      />
                    </details>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  ));
}
