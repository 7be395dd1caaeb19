import { getLocale, getTranslations } from "next-intl/server";
import { answerLabel } from "@/components/quiz/answer-label";
import { ScrollTable } from "@/components/scroll-table";
import { contentLanguage } from "@/i18n/locales";
import { localized } from "@/lib/quiz/items";
import type { QuizResults } from "@/lib/quiz/results";

/** Per item: how many answered, the share answered correctly, and the wrong answer given most often. */
export async function ItemStatsTable({ results }: { results: QuizResults }) {
  const t = await getTranslations("quizResults");
  const language = contentLanguage(await getLocale());
  const statOf = new Map(results.itemStats.map((s) => [s.itemId, s]));
  return (
    <ScrollTable label={t("itemsTitle")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("item")}</th>
            <th scope="col">{t("prompt")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("answered")}</th>
            <th scope="col">{t("percentCorrect")}</th>
            <th scope="col">{t("topWrongAnswer")}</th>
          </tr>
        </thead>
        <tbody>
          {results.items.map((item) => {
            const stat = statOf.get(item.id);
            const short = item.type === "short";
            const wrong = stat?.topWrongAnswer;
            return (
              <tr key={item.id}>
                <th scope="row" className="item-number">
                  {t("itemNumber", { n: item.position })}
                </th>
                <td>{localized(item.prompt, language)}</td>
                <td>{t(`type_${item.type}`)}</td>
                <td>{stat?.answered ?? 0}</td>
                <td>
                  {short
                    ? t("gradedByTeacher")
                    : stat?.percentCorrect == null
                      ? t("none")
                      : t("percentValue", { percent: stat.percentCorrect })}
                </td>
                <td>
                  {short || !stat?.answered
                    ? t("none")
                    : wrong
                      ? t("wrongAnswerValue", { answer: answerLabel(wrong.view, t, language), count: wrong.count })
                      : t("noWrongAnswer")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
