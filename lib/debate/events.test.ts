import { describe, expect, it } from "vitest";
import { type BoardEvent, createMemoryBus } from "./events";

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
});
