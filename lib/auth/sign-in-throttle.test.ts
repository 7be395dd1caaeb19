import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryLimitStore } from "@/lib/http/limit-store";
import {
  ACCOUNT_MAX_WAIT,
  ADDRESS_LIMIT,
  ADDRESS_WINDOW,
  PAIR_FREE,
  PAIR_MAX_WAIT,
  SignInThrottle,
} from "./sign-in-throttle";

const SCHOOL = "203.64.1.1";
const HOME = "1.34.5.6";
const DAY = 24 * 60 * 60_000;

// The counters keep time with the clock; the tests move it (the store's other kinds: sign-in-throttle.db.test.ts).
beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-06T08:00:00Z") }));
afterEach(() => vi.useRealTimers());
const later = (ms: number) => vi.advanceTimersByTime(ms);
const throttle = () => new SignInThrottle(memoryLimitStore);
const times = async (n: number, act: (i: number) => Promise<void>) => {
  for (let i = 0; i < n; i++) await act(i);
};

describe("SignInThrottle", () => {
  it("lets a few wrong passwords through, then doubles the wait after each, up to a cap", async () => {
    const t = throttle();
    await times(PAIR_FREE - 1, () => t.recordFailure("s1", HOME));
    expect(await t.waitMs("s1", HOME)).toBe(0);
    await t.recordFailure("s1", HOME);
    expect(await t.waitMs("s1", HOME)).toBe(1000);
    later(1000);
    expect(await t.waitMs("s1", HOME)).toBe(0);
    await t.recordFailure("s1", HOME);
    expect(await t.waitMs("s1", HOME)).toBe(2000);
    await times(40, () => t.recordFailure("s1", HOME));
    expect(await t.waitMs("s1", HOME)).toBe(PAIR_MAX_WAIT);
    later(PAIR_MAX_WAIT);
    await t.recordSuccess("s1", HOME);
    expect(await t.waitMs("s1", HOME)).toBe(0);
  });

  it("does not let a classmate at the same school address keep a student out who signed in there before", async () => {
    const t = throttle();
    await t.recordSuccess("victim", SCHOOL);
    await t.recordSuccess("classmate", SCHOOL);
    later(DAY);
    // The attacker fails on purpose from the school's one address, which is the real student's pair too:
    // it slows down, but a pair that signed in before waits a minute at most.
    await times(200, () => t.recordFailure("victim", SCHOOL));
    expect(await t.waitMs("victim", SCHOOL)).toBe(ACCOUNT_MAX_WAIT);
    later(ACCOUNT_MAX_WAIT);
    expect(await t.waitMs("victim", SCHOOL)).toBe(0);
    // Classmates who signed in there before are not held up by the address count.
    expect(await t.waitMs("classmate", SCHOOL)).toBe(0);
  });

  it("slows guessing one account from many addresses, but never by more than a minute", async () => {
    const t = throttle();
    await t.recordSuccess("teacher@school.tw", SCHOOL);
    await times(50, (i) => t.recordFailure("teacher@school.tw", `10.0.0.${i}`));
    expect(await t.waitMs("teacher@school.tw", HOME)).toBe(ACCOUNT_MAX_WAIT);
    // Where the teacher signed in before, the distributed guessing does not slow them at all.
    expect(await t.waitMs("teacher@school.tw", SCHOOL)).toBe(0);
    later(ACCOUNT_MAX_WAIT);
    expect(await t.waitMs("teacher@school.tw", HOME)).toBe(0);
  });

  it("stops one address trying many accounts until its window has passed", async () => {
    const t = throttle();
    await times(ADDRESS_LIMIT, (i) => t.recordFailure(`student${i}`, HOME));
    later(1000);
    expect(await t.waitMs("someone-new", HOME)).toBe(ADDRESS_WINDOW - 1000);
    expect(await t.waitMs("someone-new", SCHOOL)).toBe(0);
    later(ADDRESS_WINDOW);
    expect(await t.waitMs("someone-new", HOME)).toBe(0);
  });
});
