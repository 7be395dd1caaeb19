"use client";

import { useTranslations } from "next-intl";
import type { Phase } from "@/lib/debate/phases";
import type { BoardView } from "@/lib/debate/view";
import { PostCard, type PostContext } from "./post-card";

/** One column per active side, in the order loadBoardView gives: pinned first, then the strongest. */
export function ArgumentColumns({
  columns,
  phase,
  ctx,
}: {
  columns: NonNullable<BoardView>["columns"];
  phase: Phase;
  ctx: PostContext;
}) {
  const t = useTranslations("debate");
  return (
    <div className={`debate-columns sides-${columns.length}`}>
      {columns.map((column) => (
        <section key={column.side} aria-labelledby={`column-${column.side}`} className="debate-column">
          <h2 id={`column-${column.side}`}>
            {ctx.sideNames[column.side]} <span className="hint">({column.arguments.length})</span>
          </h2>
          {column.arguments.length === 0 ? (
            // In the opening phase a student sees only their own posts, so an empty column means theirs.
            <p className="hint">{phase === "opening" ? t("emptyOpening") : t("emptyColumn")}</p>
          ) : (
            column.arguments.map((post) => <PostCard key={post.id} post={post} ctx={ctx} />)
          )}
        </section>
      ))}
    </div>
  );
}
