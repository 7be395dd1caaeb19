import { getTranslations } from "next-intl/server";
import type { BoardView } from "@/lib/debate/view";
import type { SideNames } from "@/lib/debate/wording";

/** Once closed: how many arguments each side made, and its highest-rated claim (ratings are visible by then). */
export async function DebateSummary({
  columns,
  sideNames,
}: {
  columns: NonNullable<BoardView>["columns"];
  sideNames: SideNames;
}) {
  const t = await getTranslations("debate");
  return (
    <section aria-labelledby="summary-heading" className="panel">
      <h2 id="summary-heading">{t("summaryTitle")}</h2>
      <ul>
        {columns.map((column) => {
          // Only a claim this student may read can be named: another student's hidden post has no content.
          const rated = column.arguments.filter((a) => a.ratings && a.ratings.count > 0 && a.content);
          const best = rated.sort((x, y) => y.ratings!.average - x.ratings!.average)[0];
          return (
            <li key={column.side}>
              {t("summaryArguments", { side: sideNames[column.side], count: column.arguments.length })}
              {best && (
                <> · {t("strongest", { claim: best.content!.claim, average: best.ratings!.average.toFixed(1) })}</>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
