import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { type CounterOptions, type LimitStore, lazyCounter, sharedLimitStore } from "@/lib/http/limit-store";

/**
 * How wrong passwords slow sign-in down (docs/decisions/0044). Three counts, kept where every server process
 * shares them (lib/http/limit-store.ts):
 * - per account and address: after PAIR_FREE failures, each next try waits twice as long as the one before
 *   (1 s, 2 s, 4 s … at most PAIR_MAX_WAIT) after the latest failure;
 * - per account, from any address (guessing from many): after ACCOUNT_FREE failures, the same doubling, but at
 *   most ACCOUNT_MAX_WAIT, so the real user is never kept out longer than that;
 * - per address, over all accounts (one address trying many accounts): ADDRESS_LIMIT failures in
 *   ADDRESS_WINDOW, then that address waits until the window has passed.
 * An account and address that signed in successfully within TRUSTED_FOR skip the account and address counts,
 * and their own wait is capped at ACCOUNT_MAX_WAIT: a classmate failing on purpose from the same school
 * address (the same pair, as far as the server can tell) slows a student by a minute at most, and cannot
 * keep a class out; they get one guess a minute themselves.
 * A success clears its pair's count. Counts are forgotten FORGET_AFTER their first failure.
 *
 * Each wait is a "block" with its own expiry in the store, set when the failure is counted, so every
 * process sees the same wait without comparing clocks.
 */
export const PAIR_FREE = 5;
export const PAIR_MAX_WAIT = 15 * 60_000;
export const ACCOUNT_FREE = 10;
export const ACCOUNT_MAX_WAIT = 60_000;
export const ADDRESS_LIMIT = 100;
export const ADDRESS_WINDOW = 5 * 60_000;
export const TRUSTED_FOR = 30 * 24 * 60 * 60_000;
const FORGET_AFTER = 60 * 60_000;

/** The wait after the n-th failure: none before the `free`-th, then 1 s, doubling per failure, at most `max`. */
function doublingWait(failures: number, free: number, max: number): number {
  return failures < free ? 0 : Math.min(max, 1000 * 2 ** Math.min(30, failures - free));
}

const UNLIMITED = 2 ** 31 - 1;

export class SignInThrottle {
  private readonly pairs: () => RateLimiterAbstract;
  private readonly accounts: () => RateLimiterAbstract;
  private readonly addresses: () => RateLimiterAbstract;
  private readonly trusted: () => RateLimiterAbstract;
  /** The current waits: of the pair, of the pair when trusted (capped), of the account. */
  private readonly pairWait: () => RateLimiterAbstract;
  private readonly trustedPairWait: () => RateLimiterAbstract;
  private readonly accountWait: () => RateLimiterAbstract;

  constructor(store: () => LimitStore = sharedLimitStore) {
    const counter = (options: CounterOptions) => lazyCounter(store, options);
    const forget = FORGET_AFTER / 1000;
    this.pairs = counter({ prefix: "signin-pair", points: UNLIMITED, durationSec: forget });
    this.accounts = counter({ prefix: "signin-account", points: UNLIMITED, durationSec: forget });
    this.addresses = counter({ prefix: "signin-address", points: ADDRESS_LIMIT, durationSec: ADDRESS_WINDOW / 1000 });
    this.trusted = counter({ prefix: "signin-trusted", points: UNLIMITED, durationSec: TRUSTED_FOR / 1000 });
    this.pairWait = counter({ prefix: "signin-pair-wait", points: 1, durationSec: forget });
    this.trustedPairWait = counter({ prefix: "signin-trusted-wait", points: 1, durationSec: forget });
    this.accountWait = counter({ prefix: "signin-account-wait", points: 1, durationSec: forget });
  }

  /** Milliseconds this account and address must still wait before a password is checked; 0 = go ahead. */
  async waitMs(login: string, address: string): Promise<number> {
    const pair = pairKey(login, address);
    const left = async (limiter: () => RateLimiterAbstract, key: string) =>
      (await limiter().get(key))?.msBeforeNext ?? 0;
    if (await this.trusted().get(pair)) return left(this.trustedPairWait, pair);
    const [pairWait, accountWait, address_] = await Promise.all([
      left(this.pairWait, pair),
      left(this.accountWait, login),
      this.addresses().get(address),
    ]);
    const addressWait = (address_?.consumedPoints ?? 0) >= ADDRESS_LIMIT ? address_!.msBeforeNext : 0;
    return Math.max(pairWait, accountWait, addressWait);
  }

  async recordFailure(login: string, address: string): Promise<void> {
    const pair = pairKey(login, address);
    const [pairCount, accountCount] = await Promise.all([
      this.pairs().penalty(pair, 1),
      this.accounts().penalty(login, 1),
      this.addresses().penalty(address, 1),
    ]);
    const pairWait = doublingWait(pairCount.consumedPoints, PAIR_FREE, PAIR_MAX_WAIT);
    const accountWait = doublingWait(accountCount.consumedPoints, ACCOUNT_FREE, ACCOUNT_MAX_WAIT);
    await Promise.all([
      pairWait > 0 && this.pairWait().block(pair, pairWait / 1000),
      pairWait > 0 && this.trustedPairWait().block(pair, Math.min(pairWait, ACCOUNT_MAX_WAIT) / 1000),
      accountWait > 0 && this.accountWait().block(login, accountWait / 1000),
    ]);
  }

  async recordSuccess(login: string, address: string): Promise<void> {
    const pair = pairKey(login, address);
    await Promise.all([
      this.pairs().delete(pair),
      this.pairWait().delete(pair),
      this.trustedPairWait().delete(pair),
      // Trusted for TRUSTED_FOR from this success: the old count goes, a new one starts.
      this.trusted()
        .delete(pair)
        .then(() => this.trusted().penalty(pair, 1)),
    ]);
  }
}

// U+001F (unit separator): a login name cannot hold it, and PostgreSQL text cannot hold U+0000.
const pairKey = (login: string, address: string) => `${login}\u001f${address}`;
