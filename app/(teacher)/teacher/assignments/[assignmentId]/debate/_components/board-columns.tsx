import { getTranslations } from "next-intl/server";
import type { BoardView } from "@/lib/debate/view";
import type { SideNames } from "@/lib/debate/wording";
import { TeacherPostCard } from "./teacher-post-card";

/** The board in the students' column layout (same classes as their page), one column per active side. */
export async function BoardColumns({
  columns,
  sideNames,
}: {
  columns: NonNullable<BoardView>["columns"];
  sideNames: SideNames;
}) {
  const t = await getTranslations("debateTeacher.board");
  return (
    <div className={`debate-columns sides-${columns.length}`}>
      {columns.map((column) => (
        <section key={column.side} aria-labelledby={`column-${column.side}`} className="debate-column">
          <h3 id={`column-${column.side}`}>
            {sideNames[column.side]} <span className="hint">{t("count", { count: column.arguments.length })}</span>
          </h3>
          {column.arguments.length === 0 ? (
            <p className="hint">{t("empty")}</p>
          ) : (
            column.arguments.map((post) => <TeacherPostCard key={post.id} post={post} />)
          )}
        </section>
      ))}
    </div>
  );
}
