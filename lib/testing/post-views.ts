import type { PostView } from "@/lib/debate/view";

/** A post as a student sees it, for the tests of what a page does with posts (arranging, merging changes). */
export function testPostView(id: string, over: Partial<PostView> = {}): PostView {
  return {
    id,
    parentId: null,
    depth: 0,
    kind: "argument",
    side: "first",
    content: { claim: id, body: "", source: null, quotes: [] },
    author: "甲",
    mine: false,
    hidden: null,
    deleted: false,
    pinned: false,
    locked: false,
    createdAt: new Date("2025-09-01T08:00:00Z"),
    ratings: null,
    myRating: null,
    edited: false,
    revisions: null,
    own: null,
    replies: [],
    ...over,
  };
}
