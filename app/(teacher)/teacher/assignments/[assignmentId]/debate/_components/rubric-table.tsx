import { getTranslations } from "next-intl/server";
import { RUBRIC_CRITERIA, RUBRIC_LEVELS } from "@/lib/debate/rubric";
import type { rubricLevelWords } from "@/lib/debate/rubric-words";

type Levels = Awaited<ReturnType<typeof rubricLevelWords>>;

/** The board's rubric as students will read it: one row per criterion, one column per level. */
export async function RubricTable({ levels }: { levels: Levels }) {
  const t = await getTranslations("debateTeacher.rubric");
  const tRubric = await getTranslations("debateRubric");
  return (
    // Focusable, so a keyboard user can scroll it on a narrow screen (it has no controls of its own).
    // biome-ignore lint/a11y/useSemanticElements: a scrolling wrapper named for its table, not a set of form fields
    <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="rubric-caption">
      <table className="rubric-table">
        <caption id="rubric-caption" className="visually-hidden">
          {t("caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("criterion")}</th>
            {RUBRIC_LEVELS.map((level) => (
              <th key={level} scope="col">
                {tRubric("level", { level })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RUBRIC_CRITERIA.map((criterion) => (
            <tr key={criterion}>
              <th scope="row">{tRubric(`criteria.${criterion}`)}</th>
              {levels[criterion].map(({ level, text, custom }) => (
                <td key={level} className="rubric-words">
                  {text}
                  {custom && <span className="hint"> {t("custom")}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
