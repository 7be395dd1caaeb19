import { SignInThrottle } from "@/lib/auth/sign-in-throttle";

/**
 * Counts failures per key in a sliding window, in this process's memory: enough for one classroom server.
 * Only failures count, so a whole class signing in from one school IP at once is never slowed down, while
 * guessing join codes or passwords is. (Several server instances would need a shared store, e.g. Redis.)
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.limit;
  }

  recordFailure(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.prune(now);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number) {
    for (const [key, times] of this.failures)
      if (!times.some((t) => now - t < this.windowMs)) this.failures.delete(key);
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

/** The app's limiters, shared across hot reloads. */
export const limiters: Limiters = (globalLimiters.limiters ??= {
  // Wrong join codes, per client address: a class mistyping a code is fine; a scan of 887 million codes is not.
  joinCode: new FailureLimiter(30, 10 * 60_000),
  // Wrong passwords: per account and address, per account, per address (lib/auth/sign-in-throttle.ts).
  signIn: new SignInThrottle(),
  // Wrong password-reset codes, per login name and per client address.
  resetCodeName: new FailureLimiter(10, 15 * 60_000),
  resetCodeAddress: new FailureLimiter(50, 15 * 60_000),
  // Codes a teacher issues, counted as if failures: enough for a class that all forgot, not for a script.
  resetCodesIssued: new FailureLimiter(60, 60 * 60_000),
  // Files and web pages a teacher imports, counted as if failures: plenty for preparing lessons, and the
  // server is not a proxy that fetches pages for a script.
  readingImports: new FailureLimiter(30, 10 * 60_000),
});
