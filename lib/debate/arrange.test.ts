import { describe, expect, it } from "vitest";
import { testPostView } from "@/lib/testing/post-views";
import { arrangeColumns } from "./arrange";
import type { PostView } from "./view";

// Each post a minute after 08:00 by the number in its id, so posts are told apart by age.
const post = (id: string, over: Partial<PostView> = {}) =>
  testPostView(id, { createdAt: new Date(Date.UTC(2025, 8, 1, 8, Number(id.replace(/\D/g, "")) || 0)), ...over });
const reply = (id: string, parentId: string, depth = 1) => post(id, { parentId, depth, kind: "rebut", side: null });
const ids = (posts: PostView[]): unknown[] => posts.map((p) => (p.replies.length ? [p.id, ids(p.replies)] : p.id));

describe("arrangeColumns", () => {
  it("puts each reply under its post, oldest first, whatever order the posts come in", () => {
    const posts = [reply("r3", "a1"), reply("q4", "r2", 2), post("a1"), reply("r2", "a1")];
    expect(ids(arrangeColumns(posts, ["first", "second"])[0]!.arguments)).toEqual([["a1", [["r2", ["q4"]], "r3"]]]);
  });

  it("leaves out a reply whose post the viewer cannot see", () => {
    expect(arrangeColumns([reply("r2", "a1"), post("a3")], ["first"])[0]!.arguments.map((p) => p.id)).toEqual(["a3"]);
  });

  it("orders a side's arguments pinned first, then by rating once shown, else by replies, then oldest", () => {
    const byReplies = [
      post("a1"),
      post("a2"),
      reply("r3", "a2"),
      post("a4", { pinned: true }),
      post("a5", { side: "second" }),
    ];
    const [first, second] = arrangeColumns(byReplies, ["first", "second"]);
    expect(first!.arguments.map((p) => p.id)).toEqual(["a4", "a2", "a1"]);
    expect(second!.arguments.map((p) => p.id)).toEqual(["a5"]);
    const rated = [
      post("a1", { ratings: { count: 2, average: 4 } }),
      post("a2", { ratings: { count: 1, average: 2 } }),
    ];
    expect(arrangeColumns(rated, ["first"])[0]!.arguments.map((p) => p.id)).toEqual(["a1", "a2"]);
  });

  it("leaves the posts it was given as they were", () => {
    const posts = [post("a1"), reply("r2", "a1")];
    arrangeColumns(posts, ["first"]);
    expect(posts.map((p) => p.replies)).toEqual([[], []]);
  });
});
