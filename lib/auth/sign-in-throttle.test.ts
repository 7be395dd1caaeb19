import { describe, expect, it } from "vitest";
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
const T0 = Date.parse("2026-12-06T08:00:00Z");

describe("SignInThrottle", () => {
  it("lets a few wrong passwords through, then doubles the wait after each, up to a cap", () => {
    const throttle = new SignInThrottle();
    let now = T0;
    for (let i = 0; i < PAIR_FREE - 1; i++) throttle.recordFailure("s1", HOME, now);
    expect(throttle.waitMs("s1", HOME, now)).toBe(0);
    throttle.recordFailure("s1", HOME, now);
    expect(throttle.waitMs("s1", HOME, now)).toBe(1000);
    now += 1000;
    expect(throttle.waitMs("s1", HOME, now)).toBe(0);
    throttle.recordFailure("s1", HOME, now);
    expect(throttle.waitMs("s1", HOME, now)).toBe(2000);
    for (let i = 0; i < 40; i++) throttle.recordFailure("s1", HOME, now);
    expect(throttle.waitMs("s1", HOME, now)).toBe(PAIR_MAX_WAIT);
    throttle.recordSuccess("s1", HOME, now + PAIR_MAX_WAIT);
    expect(throttle.waitMs("s1", HOME, now + PAIR_MAX_WAIT)).toBe(0);
  });

  it("does not let a classmate at the same school address keep a student out who signed in there before", () => {
    const throttle = new SignInThrottle();
    throttle.recordSuccess("victim", SCHOOL, T0 - 24 * 60 * 60_000);
    // The attacker fails on purpose from the school's one address, which is the real student's pair too:
    // it slows down, but a pair that signed in before waits a minute at most.
    for (let i = 0; i < 200; i++) throttle.recordFailure("victim", SCHOOL, T0);
    expect(throttle.waitMs("victim", SCHOOL, T0)).toBe(ACCOUNT_MAX_WAIT);
    expect(throttle.waitMs("victim", SCHOOL, T0 + ACCOUNT_MAX_WAIT)).toBe(0);
    // Classmates who signed in there before are not held up by the address count.
    throttle.recordSuccess("classmate", SCHOOL, T0 - 60_000);
    expect(throttle.waitMs("classmate", SCHOOL, T0)).toBe(0);
  });

  it("slows guessing one account from many addresses, but never by more than a minute", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 50; i++) throttle.recordFailure("teacher@school.tw", `10.0.0.${i}`, T0);
    expect(throttle.waitMs("teacher@school.tw", HOME, T0)).toBe(ACCOUNT_MAX_WAIT);
    expect(throttle.waitMs("teacher@school.tw", HOME, T0 + ACCOUNT_MAX_WAIT)).toBe(0);
    // Where the teacher signed in before, the distributed guessing does not slow them at all.
    throttle.recordSuccess("teacher@school.tw", SCHOOL, T0 - 60_000);
    expect(throttle.waitMs("teacher@school.tw", SCHOOL, T0)).toBe(0);
  });

  it("stops one address trying many accounts until its window has passed", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < ADDRESS_LIMIT; i++) throttle.recordFailure(`student${i}`, HOME, T0 + i);
    expect(throttle.waitMs("someone-new", HOME, T0 + ADDRESS_LIMIT)).toBe(ADDRESS_WINDOW - ADDRESS_LIMIT);
    expect(throttle.waitMs("someone-new", SCHOOL, T0 + ADDRESS_LIMIT)).toBe(0);
    expect(throttle.waitMs("someone-new", HOME, T0 + ADDRESS_WINDOW + ADDRESS_LIMIT)).toBe(0);
  });
});
