import type { Phase } from "./phases";
import type { BoardChanges, PostView } from "./view";

/** What a board page holds of the board, to merge live changes into (components/debate/live-board.tsx). */
export type BoardState = {
  /** The board's event number when this was read: the next request asks for changes after it. */
  seq: number;
  phase: Phase;
  ratingsVisible: boolean;
  /** Every post the viewer may see, each without its replies (lib/debate/arrange.ts puts them in place). */
  posts: PostView[];
  promptIds: string[];
};

/** The changes as they come over the wire: dates are strings in JSON. */
export type BoardChangesJson = Omit<BoardChanges, "posts"> & {
  posts: (Omit<PostView, "createdAt" | "revisions"> & {
    createdAt: string;
    revisions: { claim: string; body: string; replacedAt: string }[] | null;
  })[];
};

/**
 * The board with the changes merged in, or "reload" when merging posts cannot show what changed: the phase,
 * whether ratings show, the viewer's own seat, the prompts, or a post gone (a withdrawal leaves nothing to
 * send, so the count of posts the viewer may see disagrees). Changes read before the state was (an older
 * answer arriving after a full reload) change nothing.
 */
export function mergeChanges(state: BoardState, changes: BoardChangesJson): BoardState | "reload" {
  if (changes.seq < state.seq) return state;
  if (
    changes.removed ||
    changes.phase !== state.phase ||
    changes.ratingsVisible !== state.ratingsVisible ||
    [...changes.promptIds].sort().join() !== [...state.promptIds].sort().join()
  )
    return "reload";
  const posts = new Map(state.posts.map((p) => [p.id, p]));
  for (const post of changes.posts) posts.set(post.id, revivePost(post));
  if (posts.size !== changes.visible) return "reload";
  return { ...state, seq: changes.seq, posts: [...posts.values()] };
}

function revivePost(post: BoardChangesJson["posts"][number]): PostView {
  return {
    ...post,
    createdAt: new Date(post.createdAt),
    revisions: post.revisions?.map((r) => ({ ...r, replacedAt: new Date(r.replacedAt) })) ?? null,
  };
}

/**
 * What the page does with a render of the whole board when it arrives: takes it when it is as new as what the
 * page holds. An older one (changes were merged while it was on its way) it keeps out, unless the page asked
 * for it: it was asked for what merging cannot show (a phase, what the viewer may do with their own posts), so
 * it is taken, and the changes after it are fetched again.
 */
export function takeRender(held: BoardState, rendered: BoardState, asked: boolean): "take" | "takeAndCatchUp" | "keep" {
  if (rendered.seq >= held.seq) return "take";
  return asked ? "takeAndCatchUp" : "keep";
}
