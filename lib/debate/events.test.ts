import { afterEach, describe, expect, it, vi } from "vitest";
import { announce, type BoardEvent, boardBus, createMemoryBus } from "./events";

describe("the board bus", () => {
  it("delivers a board's events to that board's subscribers only, until they unsubscribe", () => {
    const bus = createMemoryBus();
    const a: BoardEvent[] = [];
    const b: BoardEvent[] = [];
    const stopA = bus.subscribe("board-a", (e) => a.push(e));
    bus.subscribe("board-b", (e) => b.push(e));
    bus.publish({ debateId: "board-a", kind: "post", at: 1, seq: 1 });
    stopA();
    bus.publish({ debateId: "board-a", kind: "rating", at: 2, seq: 2 });
    expect(a).toEqual([{ debateId: "board-a", kind: "post", at: 1, seq: 1 }]);
    expect(b).toEqual([]);
  });

  it("serves a whole class on one board", () => {
    const bus = createMemoryBus();
    let received = 0;
    for (let i = 0; i < 45; i++) bus.subscribe("board", () => received++);
    bus.publish({ debateId: "board", kind: "phase", at: 3, seq: 3 });
    expect(received).toBe(45);
  });

  afterEach(() => vi.useRealTimers());

  it("numbers a board's events upward, one by one, and on past a restart of the server", () => {
    vi.useFakeTimers({ now: new Date("2026-12-03T08:00:00Z") });
    const seqs: number[] = [];
    const stop = boardBus.subscribe("board-restart", (e) => seqs.push(e.seq));
    announce("board-restart", "post");
    announce("board-restart", "post");
    delete (globalThis as { classroomBoardSeq?: number }).classroomBoardSeq; // a new server process…
    vi.advanceTimersByTime(1); // …one millisecond later
    announce("board-restart", "post");
    stop();
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(seqs[2]).toBeGreaterThan(seqs[1]!);
  });
});
