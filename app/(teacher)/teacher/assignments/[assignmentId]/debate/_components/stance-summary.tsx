import { getFormatter, getTranslations } from "next-intl/server";
import type { StanceSummary as Summary } from "@/lib/debate/board-report";
import type { SideNames } from "@/lib/debate/wording";

// The longest bar's length; the others are in proportion (the number beside each is what counts).
const BAR_REM = 6;

/**
 * Where the class stood before and after: the means, the mean shift of those who answered both, and how
 * many chose each point of the scale, as a table whose bars only repeat the numbers written beside them.
 */
export async function StanceSummary({
  stances,
  sideNames,
  labels,
}: {
  stances: Summary;
  sideNames: SideNames;
  /** The five points of the scale in words (lib/debate/wording-words.ts stanceLabels). */
  labels: string[];
}) {
  const t = await getTranslations("debateTeacher.students");
  const tRoot = await getTranslations("debateTeacher");
  const format = await getFormatter();
  const mean = (m: { count: number; mean: number | null }, signed = false) =>
    m.mean === null
      ? tRoot("none")
      : t("meanValue", {
          mean: format.number(m.mean, { maximumFractionDigits: 2, signDisplay: signed ? "exceptZero" : "auto" }),
          count: m.count,
        });
  const highest = Math.max(1, ...stances.histogram.flatMap((h) => [h.before, h.after]));
  const bar = (count: number) => (
    <span className="count-bar">
      <span className="count-bar-fill" style={{ width: `${(count / highest) * BAR_REM}rem` }} aria-hidden="true" />
      <span>{count}</span>
    </span>
  );
  return (
    <>
      <p className="hint">{t("stanceHint", { first: sideNames.first, second: sideNames.second })}</p>
      <dl className="facts">
        <dt>{t("meanBefore")}</dt>
        <dd>{mean(stances.before)}</dd>
        <dt>{t("meanAfter")}</dt>
        <dd>{mean(stances.after)}</dd>
        <dt>{t("meanShift")}</dt>
        <dd>{mean(stances.shift, true)}</dd>
      </dl>
      {/* Focusable, so a keyboard user can scroll it on a narrow screen (it has no controls of its own). */}
      {/* biome-ignore lint/a11y/useSemanticElements: a scrolling wrapper named for its table, not a set of form fields (a fieldset would add a form group's semantics and frame) */}
      <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="stance-histogram-caption">
        <table className="histogram">
          <caption id="stance-histogram-caption">{t("histogram")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("stanceColumn")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {stances.histogram.map((h) => (
              <tr key={h.stance}>
                <th scope="row">{labels[h.stance - 1]}</th>
                <td>{bar(h.before)}</td>
                <td>{bar(h.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
