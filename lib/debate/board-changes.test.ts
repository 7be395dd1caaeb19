import { describe, expect, it } from "vitest";
import { testPostView } from "@/lib/testing/post-views";
import { type BoardChangesJson, type BoardState, mergeChanges, takeRender } from "./board-changes";
import type { PostView } from "./view";

const post = (id: string, claim = id) => testPostView(id, { content: { claim, body: "", source: null, quotes: [] } });
const wire = (p: PostView) => JSON.parse(JSON.stringify(p)) as BoardChangesJson["posts"][number];
const state: BoardState = {
  seq: 5,
  phase: "rebuttal",
  ratingsVisible: false,
  posts: [post("a"), post("b")],
  promptIds: ["p"],
};
const changes = (over: Partial<BoardChangesJson> = {}): BoardChangesJson => ({
  seq: 7,
  phase: "rebuttal",
  ratingsVisible: false,
  removed: false,
  posts: [],
  visible: 2,
  promptIds: ["p"],
  ...over,
});

describe("mergeChanges", () => {
  it("adds new posts and replaces changed ones, with their dates back as dates", () => {
    const merged = mergeChanges(state, changes({ posts: [wire(post("b", "改過")), wire(post("c"))], visible: 3 }));
    expect(merged).not.toBe("reload");
    const { seq, posts } = merged as BoardState;
    expect(seq).toBe(7);
    expect(posts.map((p) => [p.id, p.content?.claim])).toEqual([
      ["a", "a"],
      ["b", "改過"],
      ["c", "c"],
    ]);
    expect(posts[2]!.createdAt).toEqual(new Date("2025-09-01T08:00:00Z"));
  });

  it("asks for the whole view when a post is gone, the phase or the ratings changed, the prompts or the seat", () => {
    expect(mergeChanges(state, changes({ visible: 1 }))).toBe("reload");
    expect(mergeChanges(state, changes({ phase: "closed" }))).toBe("reload");
    expect(mergeChanges(state, changes({ ratingsVisible: true }))).toBe("reload");
    expect(mergeChanges(state, changes({ promptIds: [] }))).toBe("reload");
    expect(mergeChanges(state, changes({ removed: true }))).toBe("reload");
  });

  it("ignores changes read before what the page holds", () => {
    expect(mergeChanges(state, changes({ seq: 4, posts: [wire(post("a", "舊的"))], visible: 1 }))).toBe(state);
  });
});

describe("takeRender", () => {
  it("takes a render as new as the page, keeps out an older one unless the page asked for it, then catches up", () => {
    const at = (seq: number) => ({ ...state, seq });
    expect(takeRender(at(5), at(5), false)).toBe("take");
    expect(takeRender(at(5), at(6), false)).toBe("take");
    expect(takeRender(at(6), at(5), false)).toBe("keep");
    expect(takeRender(at(6), at(5), true)).toBe("takeAndCatchUp");
  });
});
