import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryLimitStore } from "./limit-store";
import { FailureLimiter } from "./rate-limit";

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-06T08:00:00Z") }));
afterEach(() => vi.useRealTimers());

describe("FailureLimiter", () => {
  it("blocks a key after the limit of failures within the window, and lets it go after", async () => {
    const limiter = new FailureLimiter("test", 3, 1000, memoryLimitStore);
    for (let i = 0; i < 3; i++) {
      expect(await limiter.isBlocked("ip")).toBe(false);
      await limiter.recordFailure("ip");
      vi.advanceTimersByTime(100);
    }
    expect(await limiter.isBlocked("ip")).toBe(true);
    expect(await limiter.isBlocked("other")).toBe(false);
    vi.advanceTimersByTime(701);
    expect(await limiter.isBlocked("ip")).toBe(false);
  });

  it("counts actions that count either way in one step: the limit, then no more, however many arrive at once", async () => {
    const limiter = new FailureLimiter("test", 5, 60_000, memoryLimitStore);
    const taken = await Promise.all(Array.from({ length: 8 }, () => limiter.take("teacher")));
    expect(taken.filter(Boolean)).toHaveLength(5);
    vi.advanceTimersByTime(60_001);
    expect(await limiter.take("teacher")).toBe(true);
  });
});
