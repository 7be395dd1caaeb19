"use client";

import { useMemo } from "react";
import { useLiveBoard } from "@/components/debate/live-board";
import { arrangeColumns } from "@/lib/debate/arrange";
import type { Side } from "@/lib/debate/sides";
import { ArgumentColumns } from "./argument-columns";
import { ArgumentTree } from "./argument-tree";
import type { PostContext } from "./post-card";

/**
 * The board's arguments, in columns or as a tree, from the posts the page holds now (its LiveBoard merges
 * each change in). The sides the student has argued for (the steelman rule) follow from their own posts.
 */
export function LiveArguments({
  tree,
  sides,
  ctx,
}: {
  tree: boolean;
  sides: readonly Side[];
  ctx: Omit<PostContext, "steelman"> & { steelman: { mySide: Side | null } | null };
}) {
  const { posts, phase } = useLiveBoard();
  const columns = useMemo(() => arrangeColumns(posts, sides), [posts, sides]);
  const steelman = ctx.steelman && {
    ...ctx.steelman,
    argued: [...new Set(posts.flatMap((p) => (p.mine && p.depth === 0 && p.side ? [p.side] : [])))],
  };
  const full = { ...ctx, steelman };
  return tree ? (
    <ArgumentTree columns={columns} ctx={full} />
  ) : (
    <ArgumentColumns columns={columns} phase={phase} ctx={full} />
  );
}
