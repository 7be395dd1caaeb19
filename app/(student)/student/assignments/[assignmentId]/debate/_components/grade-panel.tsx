import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { BoardView } from "@/lib/debate/view";

type Grade = NonNullable<NonNullable<NonNullable<BoardView>["me"]>["grade"]>;

const RUBRIC_CRITERIA = ["claim", "evidence", "reasoning", "rebuttal"] as const;

/** The teacher's rubric scores and feedback for this student; their own seat only, so private to them. */
export async function GradePanel({ grade }: { grade: Grade }) {
  const t = await getTranslations("debate");
  return (
    <section aria-labelledby="grade-heading" className="panel">
      <h2 id="grade-heading">{t("grade.title")}</h2>
      <p className="hint">{t("grade.privacy")}</p>
      <dl className="facts">
        {RUBRIC_CRITERIA.map((c) => (
          <Fragment key={c}>
            <dt>{t(`grade.criteria.${c}`)}</dt>
            <dd>{grade.rubric[c] === null ? t("grade.notGraded") : t("grade.score", { score: grade.rubric[c]! })}</dd>
          </Fragment>
        ))}
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
