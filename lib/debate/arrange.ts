import type { Side } from "./sides";
import type { PostView } from "./view";

/**
 * The board's columns from the posts a viewer may see, in any order: each reply under the post it answers
 * (oldest first; a reply whose post the viewer cannot see is left out), each side's arguments strongest
 * first: pinned, then the rating average once visible (before that, the liveliest thread), then oldest.
 * Pure, so the server's view and a page merging live changes arrange the board the same way.
 */
export function arrangeColumns(posts: readonly PostView[], sides: readonly Side[]) {
  const views = new Map<string, PostView>();
  for (const post of [...posts].sort(byAge)) views.set(post.id, { ...post, replies: [] });
  const roots: PostView[] = [];
  for (const view of views.values()) {
    const parent = view.parentId ? views.get(view.parentId) : undefined;
    if (parent) parent.replies.push(view);
    else if (view.depth === 0) roots.push(view);
  }
  const strength = (p: PostView) => (p.ratings ? p.ratings.average : countReplies(p));
  return sides.map((side) => ({
    side,
    arguments: roots
      .filter((p) => p.side === side)
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || strength(b) - strength(a) || byAge(a, b)),
  }));
}

export type BoardColumn = ReturnType<typeof arrangeColumns>[number];

function byAge(a: PostView, b: PostView): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function countReplies(post: PostView): number {
  return post.replies.reduce((n, r) => n + 1 + countReplies(r), 0);
}
