import { BoundedMap } from "@/lib/bounded-map";

/**
 * How wrong passwords slow sign-in down (docs/decisions/0044). Three counts, in this process's memory:
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
 * A success clears its pair's count. Counts are forgotten FORGET_AFTER the latest failure.
 */
export const PAIR_FREE = 5;
export const PAIR_MAX_WAIT = 15 * 60_000;
export const ACCOUNT_FREE = 10;
export const ACCOUNT_MAX_WAIT = 60_000;
export const ADDRESS_LIMIT = 100;
export const ADDRESS_WINDOW = 5 * 60_000;
export const TRUSTED_FOR = 30 * 24 * 60 * 60_000;
const FORGET_AFTER = 60 * 60_000;

type Failures = { count: number; latest: number };
type AddressFailures = { times: number[] };

/** After `free` failures, 1 s doubling per failure, at most `max`; 0 when there is nothing to wait for. */
function doublingWait(failures: Failures | undefined, free: number, max: number, now: number): number {
  if (!failures || failures.count < free || now - failures.latest > FORGET_AFTER) return 0;
  const wait = Math.min(max, 1000 * 2 ** Math.min(30, failures.count - free));
  return Math.max(0, failures.latest + wait - now);
}

export class SignInThrottle {
  private readonly pairs = new BoundedMap<string, Failures>(50_000);
  private readonly accounts = new BoundedMap<string, Failures>(50_000);
  private readonly addresses = new BoundedMap<string, AddressFailures>(20_000);
  private readonly trusted = new BoundedMap<string, number>(50_000);

  /** Milliseconds this account and address must still wait before a password is checked; 0 = go ahead. */
  waitMs(login: string, address: string, now = Date.now()): number {
    const pair = pairKey(login, address);
    const trustedAt = this.trusted.get(pair);
    if (trustedAt !== undefined && now - trustedAt < TRUSTED_FOR)
      return doublingWait(this.pairs.get(pair), PAIR_FREE, ACCOUNT_MAX_WAIT, now);
    const pairWait = doublingWait(this.pairs.get(pair), PAIR_FREE, PAIR_MAX_WAIT, now);
    const accountWait = doublingWait(this.accounts.get(login), ACCOUNT_FREE, ACCOUNT_MAX_WAIT, now);
    const recent = (this.addresses.get(address)?.times ?? []).filter((t) => now - t < ADDRESS_WINDOW);
    const addressWait = recent.length >= ADDRESS_LIMIT ? (recent[0] ?? now) + ADDRESS_WINDOW - now : 0;
    return Math.max(pairWait, accountWait, addressWait);
  }

  recordFailure(login: string, address: string, now = Date.now()): void {
    bump(this.pairs, pairKey(login, address), now);
    bump(this.accounts, login, now);
    const times = (this.addresses.get(address)?.times ?? []).filter((t) => now - t < ADDRESS_WINDOW);
    times.push(now);
    this.addresses.delete(address); // re-inserted last, so the bounded map forgets idle addresses first
    this.addresses.set(address, { times: times.slice(-ADDRESS_LIMIT) });
  }

  recordSuccess(login: string, address: string, now = Date.now()): void {
    const pair = pairKey(login, address);
    this.pairs.delete(pair);
    this.trusted.delete(pair);
    this.trusted.set(pair, now);
  }
}

function bump(map: BoundedMap<string, Failures>, key: string, now: number) {
  const previous = map.get(key);
  const count = previous && now - previous.latest <= FORGET_AFTER ? previous.count + 1 : 1;
  map.delete(key);
  map.set(key, { count, latest: now });
}

const pairKey = (login: string, address: string) => `${login}\u0000${address}`;
