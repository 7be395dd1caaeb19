import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BoardScreen, type Changes, summarizeScreens } from "./screens";

const A = "cmabcdefghijklmnopqrst01";
const B = "cmabcdefghijklmnopqrst02";

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

  const changes = (seq: number, ids: string[], visible = ids.length): Changes => ({
    seq,
    posts: ids.map((id) => ({ id })),
    visible,
  });

  it("asks for the changes since its last read, at most once a second, and once more for changes meanwhile", async () => {
    const fetchChanges = vi.fn(async (since: number) => (since === 0 ? changes(3, [A]) : changes(4, [B], 2)));
    const screen = new BoardScreen(fetchChanges);
    await screen.start();
    screen.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchChanges.mock.calls).toEqual([[0], [3]]);
    screen.changed();
    screen.changed();
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchChanges).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchChanges.mock.calls.at(-1)).toEqual([4]);
    expect([...screen.arrived.keys()]).toEqual([A, B]);
    expect(screen.reloads).toBe(0);
    await screen.close();
    screen.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetchChanges).toHaveBeenCalledTimes(3);
  });

  it("reads the whole board again when its count disagrees with the server's (a post gone)", async () => {
    const fetchChanges = vi.fn(async (since: number) => (since === 0 ? changes(3, [A, B]) : changes(4, [], 1)));
    const screen = new BoardScreen(fetchChanges);
    await screen.start();
    screen.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.reloads).toBe(1);
    expect(fetchChanges.mock.calls).toEqual([[0], [3], [0]]);
  });

  it("fetches one at a time: a change during a slow fetch is fetched after it", async () => {
    let finish = () => {};
    const fetchChanges = vi.fn(() => new Promise<Changes>((resolve) => (finish = () => resolve(changes(1, [B])))));
    const screen = new BoardScreen(fetchChanges);
    screen.changed();
    await vi.advanceTimersByTimeAsync(0);
    screen.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchChanges).toHaveBeenCalledTimes(1); // still waiting for the first
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchChanges).toHaveBeenCalledTimes(2);
    expect(screen.arrived.has(B)).toBe(true);
    finish();
    await screen.close();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetchChanges).toHaveBeenCalledTimes(2);
  });
});
