import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { RUBRIC_CRITERIA, RUBRIC_MAX, rubricTotal } from "@/lib/debate/rubric";
import { rubricLevelWords } from "@/lib/debate/rubric-words";
import type { BoardView } from "@/lib/debate/view";

type Grade = NonNullable<NonNullable<NonNullable<BoardView>["me"]>["grade"]>;

/**
 * The teacher's rubric scores and feedback for this student; their own seat only, so private to them.
 * Each score comes with the wording of its level, so the number says what it was given for.
 */
export async function GradePanel({ grade }: { grade: Grade }) {
  const t = await getTranslations("debate");
  const tRubric = await getTranslations("debateRubric");
  const levels = await rubricLevelWords(grade.wording);
  const { total, max } = rubricTotal(grade.rubric);
  return (
    <section aria-labelledby="grade-heading" className="panel">
      <h2 id="grade-heading">{t("grade.title")}</h2>
      <p className="hint">{t("grade.privacy")}</p>
      <dl className="facts">
        {RUBRIC_CRITERIA.map((c) => {
          const score = grade.rubric[c];
          const words = levels[c].find((l) => l.level === score);
          return (
            <Fragment key={c}>
              <dt>{tRubric(`criteria.${c}`)}</dt>
              <dd>
                {score === null ? t("grade.notGraded") : t("grade.score", { score, max: RUBRIC_MAX })}
                {words && <span className="hint"> {words.text}</span>}
              </dd>
            </Fragment>
          );
        })}
        {total !== null && (
          <>
            <dt>{t("grade.total")}</dt>
            <dd>{t("grade.score", { score: total, max })}</dd>
          </>
        )}
      </dl>
      {grade.feedback && (
        <>
          <h3>{t("grade.feedback")}</h3>
          <p className="answer-text">{grade.feedback}</p>
        </>
      )}
    </section>
  );
}
