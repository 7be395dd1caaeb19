import { describe, expect, it } from "vitest";
import { passageOfShown } from "./dom-offsets";
import { plainRuns, type Run, shownSlice, shownText, toOriginal, toShown } from "./runs";

// 記憶體頻寬決定速度 (original, 9 units) shown as 内存带宽决定速度 (8): 記憶體 → 内存 changes length,
// 頻寬 → 带宽 keeps it but is a Mainland word for the Taiwan one; both are atomic.
const runs: Run[] = [
  { shown: "内存", length: 3, atomic: true },
  { shown: "带宽", length: 2, atomic: true },
  { shown: "决定速度", length: 4 },
];
// Original offsets: 記0 憶1 體2 頻3 寬4 決5 定6 速7 度8 (9). Shown: 内0 存1 带2 宽3 决4 定5 速6 度7 (8).

describe("runs: offsets on the original, text as shown", () => {
  it("maps plain runs unit for unit, both ways", () => {
    expect(toShown(runs, 6, "start")).toBe(5);
    expect(toOriginal(runs, 5, "start")).toBe(6);
    expect(toShown(runs, 9, "end")).toBe(8);
    expect(toOriginal(runs, 8, "end")).toBe(9);
    const plain = plainRuns("美國終於鬆口了");
    for (let i = 0; i <= 7; i++) expect([toShown(plain, i, "start"), toOriginal(plain, i, "end")]).toEqual([i, i]);
  });

  it("maps a phrase's edges exactly and snaps an offset inside it to the side asked for", () => {
    expect(toShown(runs, 0, "start")).toBe(0);
    expect(toShown(runs, 3, "start")).toBe(2);
    expect(toShown(runs, 3, "end")).toBe(2);
    // Inside 記憶體 (original 1 or 2): a start goes back to its start, an end on to its end.
    expect(toShown(runs, 1, "start")).toBe(0);
    expect(toShown(runs, 2, "end")).toBe(2);
    // Inside 内存 (shown 1), the other way.
    expect(toOriginal(runs, 1, "start")).toBe(0);
    expect(toOriginal(runs, 1, "end")).toBe(3);
    // A same-length phrase is atomic too: 頻|寬 is not a place in 带宽.
    expect(toOriginal(runs, 3, "end")).toBe(5);
    expect(toShown(runs, 4, "start")).toBe(2);
  });

  it("shows a range that starts or ends on a length-changing phrase with the phrase whole", () => {
    expect(shownSlice(runs, 0, 3)).toBe("内存");
    expect(shownSlice(runs, 0, 7)).toBe("内存带宽决定");
    expect(shownSlice(runs, 5, 9)).toBe("决定速度");
    // A range cutting a phrase (made in 繁, where there are no phrases) shows the phrase whole in 简.
    expect(shownSlice(runs, 2, 6)).toBe("内存带宽决");
    expect(shownSlice(runs, 1, 2)).toBe("内存");
    expect(shownText(runs)).toBe("内存带宽决定速度");
  });

  it("turns a selection on the shown text into a passage of the original, phrases whole", () => {
    // Selected 存带 (shown 1..3): the passage is 記憶體頻寬, shown 内存带宽.
    expect(passageOfShown(runs, 1, 3)).toEqual({ start: 0, end: 5, text: "内存带宽" });
    // Ending on a phrase's last character, and starting right after one.
    expect(passageOfShown(runs, 0, 2)).toEqual({ start: 0, end: 3, text: "内存" });
    expect(passageOfShown(runs, 4, 8)).toEqual({ start: 5, end: 9, text: "决定速度" });
  });

  it("gives back what it was given, through a round trip, at every edge", () => {
    const shown = shownText(runs);
    for (let i = 0; i <= shown.length; i++) {
      const start = toOriginal(runs, i, "start");
      expect(toShown(runs, start, "start")).toBeLessThanOrEqual(i);
      const end = toOriginal(runs, i, "end");
      expect(toShown(runs, end, "end")).toBeGreaterThanOrEqual(i);
    }
  });
});
