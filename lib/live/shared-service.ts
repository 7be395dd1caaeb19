import { parseDatabaseUrl } from "@/lib/db/database-url";
import { parseRedisUrl } from "./redis-url";

/**
 * What every server process of a deployment shares live updates and limits through (decisions 0049, 0050):
 * Redis when REDIS_URL is set; otherwise PostgreSQL on PostgreSQL (any number of processes or machines may
 * share that database); otherwise (SQLite, one process) nothing: this process's memory.
 */
export type SharedService = { kind: "redis"; url: string } | { kind: "postgresql"; url: string } | { kind: "memory" };

export function sharedService(env: NodeJS.ProcessEnv = process.env): SharedService {
  const redisUrl = parseRedisUrl(env.REDIS_URL);
  if (redisUrl) return { kind: "redis", url: redisUrl };
  const target = parseDatabaseUrl(env.DATABASE_URL);
  return target.provider === "postgresql" ? { kind: "postgresql", url: target.url } : { kind: "memory" };
}
