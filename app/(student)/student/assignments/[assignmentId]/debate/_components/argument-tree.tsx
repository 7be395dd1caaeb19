"use client";

import { useTranslations } from "next-intl";
import type { BoardView } from "@/lib/debate/view";
import { PostCard, type PostContext } from "./post-card";

/** Every side's arguments in one list, oldest first, each labelled with its side: the debate as it unfolded. */
export function ArgumentTree({ columns, ctx }: { columns: NonNullable<BoardView>["columns"]; ctx: PostContext }) {
  const t = useTranslations("debate");
  return (
    <section aria-label={t("treeView")}>
      <ol className="replies">
        {columns
          .flatMap((c) => c.arguments)
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
          .map((post) => (
            <li key={post.id}>
              <p className="badge">{ctx.sideNames[post.side ?? "other"]}</p>
              <PostCard post={post} ctx={ctx} />
            </li>
          ))}
      </ol>
    </section>
  );
}
