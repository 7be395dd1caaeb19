import pg from "pg";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
} from "rate-limiter-flexible";
import { createClient } from "redis";
import { sharedService } from "@/lib/live/shared-service";

/** What one counter keeps: at most `points` in `durationSec` seconds (0 = until deleted), under `prefix`. */
export type CounterOptions = { prefix: string; points: number; durationSec: number };

/**
 * Where the app's limits count (docs/decisions/0050): rate-limiter-flexible's counters in Redis when REDIS_URL
 * is set, in PostgreSQL (table "RateLimit", made by migration 0018) on PostgreSQL, else in this process's
 * memory. Every server process and machine on the same Redis or database then counts together.
 */
export interface LimitStore {
  counter(options: CounterOptions): RateLimiterAbstract;
  /** Resolves once the store is connected (Redis); counts made before then stay in this process's memory. */
  ready?: Promise<void>;
}

/**
 * The memory counters expire through Node timers, which cannot wait longer than 2^31 - 1 ms (24.8 days): a
 * longer count (a trusted sign-in, 30 days) lasts that long in memory. A restart forgets them all anyway.
 */
const MAX_TIMER_SEC = Math.floor((2 ** 31 - 1) / 1000);
const memoryCounter = ({ prefix, points, durationSec }: CounterOptions) =>
  new RateLimiterMemory({ keyPrefix: prefix, points, duration: Math.min(durationSec, MAX_TIMER_SEC) });

export const memoryLimitStore = (): LimitStore => ({ counter: memoryCounter });

/**
 * Redis: while it is unreachable, each process counts in its own memory (rate-limiter-flexible's "insurance"),
 * so a Redis outage never locks everyone out nor lets guessing go unlimited; counting is shared again once it
 * is back.
 */
export function redisLimitStore(url: string): LimitStore {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (n) => Math.min(100 * 2 ** n, 5000) },
  });
  client.on("error", () => {}); // reported by the live bus's connection to the same Redis; counts fall back to memory
  const ready = client.connect().then(
    () => {},
    () => {},
  );
  return {
    ready,
    counter: ({ prefix, points, durationSec }) =>
      new RateLimiterRedis({
        storeClient: client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        keyPrefix: `classroom:${prefix}`,
        points,
        duration: durationSec,
        insuranceLimiter: memoryCounter({ prefix, points, durationSec }),
      }),
  };
}

export const LIMIT_TABLE = "RateLimit";

export function postgresLimitStore(connectionString: string): LimitStore {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5000,
    query_timeout: 5000,
  });
  pool.on("error", () => {}); // an idle connection lost; the next query opens another
  return {
    counter: ({ prefix, points, durationSec }) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: true,
        keyPrefix: prefix,
        points,
        duration: durationSec,
      }),
  };
}

// One store per process, made on first use (not while Next builds the app).
const holder = globalThis as unknown as { classroomLimitStore?: LimitStore };

export function sharedLimitStore(env: NodeJS.ProcessEnv = process.env): LimitStore {
  if (!holder.classroomLimitStore) {
    const service = sharedService(env);
    holder.classroomLimitStore =
      service.kind === "redis"
        ? redisLimitStore(service.url)
        : service.kind === "postgresql"
          ? postgresLimitStore(service.url)
          : memoryLimitStore();
  }
  return holder.classroomLimitStore;
}

/** A counter made on first use, from the store `store()` gives then. */
export function lazyCounter(store: () => LimitStore, options: CounterOptions): () => RateLimiterAbstract {
  let counter: RateLimiterAbstract | undefined;
  return () => (counter ??= store().counter(options));
}
