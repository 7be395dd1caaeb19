import { describe, expect, it } from "vitest";
import { resultsReleased } from "./release";

const now = new Date("2025-09-10T08:00:00Z");
const before = new Date("2025-09-09T08:00:00Z");
const after = new Date("2025-09-11T08:00:00Z");

describe("resultsReleased", () => {
  it("on submit: at once", () => {
    expect(resultsReleased({ release: "on_submit", releasedAt: null }, after, now)).toBe(true);
  });
  it("after the due date: not before it, and never without one unless the teacher releases", () => {
    expect(resultsReleased({ release: "after_due", releasedAt: null }, after, now)).toBe(false);
    expect(resultsReleased({ release: "after_due", releasedAt: null }, before, now)).toBe(true);
    expect(resultsReleased({ release: "after_due", releasedAt: null }, null, now)).toBe(false);
    expect(resultsReleased({ release: "after_due", releasedAt: before }, null, now)).toBe(true);
  });
  it("manual: only once the teacher has released", () => {
    expect(resultsReleased({ release: "manual", releasedAt: null }, before, now)).toBe(false);
    expect(resultsReleased({ release: "manual", releasedAt: before }, null, now)).toBe(true);
  });
});
