import { getTranslations } from "next-intl/server";
import type { ItemFeedback } from "@/lib/quiz/student-quiz";

type Props = {
  items: ItemFeedback[];
  /** Prompt/option text in the student's language and script. */
  text: (pair: { zhHant: string; en: string }) => string;
  paragraphPosition: Map<string, number>;
  readerHref: string | null;
};

/** The graded attempt, item by item: right or wrong, the score, and (once allowed) the key and why. */
export async function FeedbackList({ items, text, paragraphPosition, readerHref }: Props) {
  const t = await getTranslations("quiz");
  const show = (item: ItemFeedback, value: unknown): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return t("noAnswer");
    switch (item.type) {
      case "single":
      case "multiple": {
        const keys = Array.isArray(value) ? (value as string[]) : [value as string];
        return keys.map((k) => text(item.options?.find((o) => o.key === k) ?? { zhHant: k, en: k })).join(" / ");
      }
      case "true_false":
        return value ? t("true") : t("false");
      case "classify": {
        const c = value as { type: string; verdict: string };
        return `${t(`claimType.${c.type}` as never)} × ${t(`verdict.${c.verdict}` as never)}`;
      }
      case "paragraph":
        // The key may accept several paragraphs; an answer is one.
        return (Array.isArray(value) ? (value as string[]) : [value as string]).map((pid) => t("paragraphNumber", { n: paragraphPosition.get(pid) ?? 0 })).join(t("or"));
      case "short":
        return String(value);
    }
  };
  const verdict = (item: ItemFeedback) =>
    item.score === null ? t("awaitingTeacher") : item.correct ? t("right") : item.score > 0 ? t("partlyRight") : t("wrong");

  return (
    <ol className="feedback-list">
      {items.map((item, i) => (
        <li key={item.id} className={item.score === null ? "feedback pending" : item.correct ? "feedback right" : "feedback wrong"}>
          <h3>
            {t("itemHeading", { n: i + 1, points: item.points })} · {verdict(item)}
            {item.score !== null && <span> ({t("scoreOf", { score: item.score, max: item.points })})</span>}
          </h3>
          <p className="prompt">{text(item.prompt)}</p>
          <p>
            <b>{t("yourAnswer")}</b> <span className="answer-text">{show(item, item.given)}</span>
          </p>
          {item.key !== undefined && (
            <p>
              <b>{t("correctAnswer")}</b> {show(item, item.key)}
            </p>
          )}
          {item.teacherNote && (
            <p>
              <b>{t("teacherNote")}</b> <span className="answer-text">{item.teacherNote}</span>
            </p>
          )}
          {item.explanation && <p className="explanation">{text(item.explanation)}</p>}
          {item.paragraphs && readerHref && (
            <p>
              {t("seeParagraphs")}{" "}
              {item.paragraphs.map((pid) => {
                const n = paragraphPosition.get(pid);
                return n ? (
                  <a key={pid} href={`${readerHref}#p-${n}`} className="para-link">
                    {t("paragraphNumber", { n })}
                  </a>
                ) : null;
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
