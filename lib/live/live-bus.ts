import { parseDatabaseUrl } from "@/lib/db/database-url";
import { LiveBus } from "./bus";
import { listenForForgets } from "./forget";
import { postgresTransport } from "./postgres-transport";
import { redisTransport } from "./redis-transport";
import { parseRedisUrl } from "./redis-url";
import { memoryTransport, type Transport } from "./transport";

export type LiveTransportKind = "redis" | "postgresql" | "memory";

/**
 * Which transport this deployment's processes share (docs/decisions/0049): Redis when REDIS_URL is set;
 * otherwise PostgreSQL's LISTEN/NOTIFY on PostgreSQL (any number of processes or machines may share that
 * database); otherwise (SQLite, one process) this process's memory.
 */
export function liveTransportKind(env: NodeJS.ProcessEnv = process.env): LiveTransportKind {
  if (parseRedisUrl(env.REDIS_URL)) return "redis";
  return parseDatabaseUrl(env.DATABASE_URL).provider === "postgresql" ? "postgresql" : "memory";
}

function createTransport(env: NodeJS.ProcessEnv): Transport {
  const redisUrl = parseRedisUrl(env.REDIS_URL);
  if (redisUrl) return redisTransport(redisUrl);
  const target = parseDatabaseUrl(env.DATABASE_URL);
  return target.provider === "postgresql" ? postgresTransport(target.url) : memoryTransport();
}

// One bus per server process, made on first use (not while Next builds the app), kept on globalThis so Next's
// separately bundled route handlers and server actions share it.
const holder = globalThis as unknown as { classroomLiveBus?: LiveBus };

export function liveBus(): LiveBus {
  if (!holder.classroomLiveBus) {
    holder.classroomLiveBus = new LiveBus(createTransport(process.env));
    listenForForgets(holder.classroomLiveBus);
  }
  return holder.classroomLiveBus;
}

/**
 * The bus if this process made one (a server process makes it as it starts: instrumentation.ts), else
 * undefined: a command-line script (admin:create, retention, the seed) must not open a listening connection
 * that would keep it from exiting.
 */
export function liveBusIfRunning(): LiveBus | undefined {
  return holder.classroomLiveBus;
}
