import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("blocks a key after the limit of failures within the window, and lets it go after", () => {
    const limiter = new FailureLimiter(3, 1000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.isBlocked("ip", 100 * i)).toBe(false);
      limiter.recordFailure("ip", 100 * i);
    }
    expect(limiter.isBlocked("ip", 300)).toBe(true);
    expect(limiter.isBlocked("other", 300)).toBe(false);
    expect(limiter.isBlocked("ip", 1001)).toBe(false);
  });
});
