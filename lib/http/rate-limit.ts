import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { SignInThrottle } from "@/lib/auth/sign-in-throttle";
import { type LimitStore, lazyCounter, sharedLimitStore } from "./limit-store";

/**
 * Counts failures per key in a window that starts at the first failure, in the store every server process
 * shares (lib/http/limit-store.ts: Redis, PostgreSQL, or one process's memory). Only failures count, so a
 * whole class signing in from one school IP at once is never slowed down, while guessing join codes or
 * passwords is.
 */
export class FailureLimiter {
  private readonly counter: () => RateLimiterAbstract;

  constructor(
    prefix: string,
    private readonly limit: number,
    windowMs: number,
    store: () => LimitStore = sharedLimitStore,
  ) {
    this.counter = lazyCounter(store, { prefix, points: limit, durationSec: windowMs / 1000 });
  }

  async isBlocked(key: string): Promise<boolean> {
    return ((await this.counter().get(key))?.consumedPoints ?? 0) >= this.limit;
  }

  async recordFailure(key: string): Promise<void> {
    await this.counter().penalty(key, 1);
  }

  /**
   * For actions counted whether or not they succeed (codes a teacher issues, imports): counts one and says
   * whether it was still within the limit, in one step, so requests arriving together cannot all slip under it.
   */
  async take(key: string): Promise<boolean> {
    const counted = await this.counter().penalty(key, 1);
    return counted.consumedPoints <= this.limit;
  }
}

type Limiters = {
  joinCode: FailureLimiter;
  signIn: SignInThrottle;
  resetCodeName: FailureLimiter;
  resetCodeAddress: FailureLimiter;
  resetCodesIssued: FailureLimiter;
  readingImports: FailureLimiter;
};
const globalLimiters = globalThis as unknown as { limiters?: Limiters };

/** The app's limiters (their counters are made on first use, in the shared store). */
export const limiters: Limiters = (globalLimiters.limiters ??= {
  // Wrong join codes, per client address: a class mistyping a code is fine; a scan of 887 million codes is not.
  joinCode: new FailureLimiter("join", 30, 10 * 60_000),
  // Wrong passwords: per account and address, per account, per address (lib/auth/sign-in-throttle.ts).
  signIn: new SignInThrottle(),
  // Wrong password-reset codes, per login name and per client address.
  resetCodeName: new FailureLimiter("reset-name", 10, 15 * 60_000),
  resetCodeAddress: new FailureLimiter("reset-address", 50, 15 * 60_000),
  // Codes a teacher issues: enough for a class that all forgot, not for a script.
  resetCodesIssued: new FailureLimiter("codes-issued", 60, 60 * 60_000),
  // Files and web pages a teacher imports: plenty for preparing lessons, and the server is not a proxy that
  // fetches pages for a script.
  readingImports: new FailureLimiter("imports", 30, 10 * 60_000),
});
