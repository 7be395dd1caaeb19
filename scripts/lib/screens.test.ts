import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BoardScreen, postIdsIn, summarizeScreens } from "./screens";

const A = "cmabcdefghijklmnopqrst01";
const B = "cmabcdefghijklmnopqrst02";

describe("postIdsIn", () => {
  it("finds the post cards' ids in a page's HTML and in its RSC payload", () => {
    expect(postIdsIn(`<article aria-labelledby="post-${A}"><h3 id="post-${A}">`)).toEqual(new Set([A]));
    expect(postIdsIn(`2:["$","h3",null,{"id":"post-${B}"}]`)).toEqual(new Set([B]));
    expect(postIdsIn(`<div id="post-form">`)).toEqual(new Set());
  });
});

describe("summarizeScreens", () => {
  it("times each post until the last screen had it, and counts the screens that never did", () => {
    const screens = [
      {
        arrived: new Map([
          [A, 1100],
          [B, 2100],
        ]),
      },
      { arrived: new Map([[A, 1500]]) },
    ];
    const s = summarizeScreens(screens, [
      { postId: A, sentAt: 1000 },
      { postId: B, sentAt: 2000 },
    ]);
    expect(s).toMatchObject({ posts: 2, missed: 1, p50: 500, p95: 500, max: 500 });
  });
});

describe("BoardScreen", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("refreshes at most once a second, and once more for changes that came meanwhile", async () => {
    const fetchBoard = vi.fn(async () => `post-${A}`);
    const screen = new BoardScreen(fetchBoard);
    screen.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchBoard).toHaveBeenCalledTimes(1);
    screen.changed();
    screen.changed();
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchBoard).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchBoard).toHaveBeenCalledTimes(2);
    expect(screen.arrived.has(A)).toBe(true);
    await screen.close();
    screen.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetchBoard).toHaveBeenCalledTimes(2);
  });

  it("fetches one board at a time: a change during a slow fetch is fetched after it", async () => {
    let finish = () => {};
    const fetchBoard = vi.fn(() => new Promise<string>((resolve) => (finish = () => resolve(`post-${B}`))));
    const screen = new BoardScreen(fetchBoard);
    screen.changed();
    await vi.advanceTimersByTimeAsync(0);
    screen.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchBoard).toHaveBeenCalledTimes(1); // still waiting for the first
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchBoard).toHaveBeenCalledTimes(2);
    expect(screen.arrived.has(B)).toBe(true);
    finish();
    await screen.close();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetchBoard).toHaveBeenCalledTimes(2);
  });
});
