import { getTranslations } from "next-intl/server";
import type { EvidenceParagraph } from "@/lib/debate/board-report";
import type { Side } from "@/lib/debate/sides";

// The longest bar's length; the others are in proportion (the number beside each is what counts).
const BAR_REM = 6;

/**
 * Which paragraphs each side leaned on. Every paragraph is listed in reading order so the unquoted ones
 * stand out, marked in words (not only by an empty bar); each bar has its number written beside it, and
 * the column header names the side, so nothing depends on colour.
 */
export async function EvidenceMap({
  evidence,
  sides,
}: {
  evidence: EvidenceParagraph[];
  sides: { side: Side; label: string }[];
}) {
  const t = await getTranslations("debateTeacher.evidence");
  if (evidence.length === 0) return <p>{t("empty")}</p>;
  const showUnsided = evidence.some((p) => p.unsided > 0);
  const highest = Math.max(1, ...evidence.flatMap((p) => [...sides.map((s) => p.bySide[s.side]), p.unsided]));
  const bar = (count: number, side: string) => (
    <span className={`count-bar side-${side}`}>
      <span className="count-bar-fill" style={{ width: `${(count / highest) * BAR_REM}rem` }} aria-hidden="true" />
      <span>{count}</span>
    </span>
  );
  return (
    // Focusable, so a keyboard user can scroll it on a narrow screen (it has no controls of its own).
    // biome-ignore lint/a11y/useSemanticElements: a scrolling wrapper named for its table, not a set of form fields (a fieldset would add a form group's semantics and frame)
    <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="evidence-caption">
      <table className="evidence-map">
        <caption id="evidence-caption" className="visually-hidden">
          {t("caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("paragraph")}</th>
            {sides.map((s) => (
              <th key={s.side} scope="col">
                {s.label}
              </th>
            ))}
            {showUnsided && <th scope="col">{t("unsided")}</th>}
            <th scope="col">{t("total")}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((p) => (
            <tr key={p.paragraphId} className={p.total === 0 ? "not-quoted" : undefined}>
              <th scope="row">
                <span className="para-number">{t("paragraphLabel", { n: p.position })}</span>{" "}
                <span className="answer-text">{p.excerpt}</span>
              </th>
              {sides.map((s) => (
                <td key={s.side}>{bar(p.bySide[s.side], s.side)}</td>
              ))}
              {showUnsided && <td>{bar(p.unsided, "none")}</td>}
              <td>{p.total === 0 ? <strong>{t("notQuoted")}</strong> : p.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
