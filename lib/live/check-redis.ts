import { createClient } from "redis";
import { describeRedisUrl } from "./redis-url";

export class RedisUnavailableError extends Error {}

/**
 * Before serving: Redis at REDIS_URL answers PING within `timeoutMs`, or the server stops with why. Running
 * without it would quietly split live updates and limits between processes, so it is not an option.
 */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } });
  let lastError: unknown;
  client.on("error", (error) => (lastError = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const cause = (error ?? lastError) as { code?: string; message?: string };
    throw new RedisUnavailableError(
      `Redis at ${describeRedisUrl(url)} does not answer (${cause.code ?? cause.message ?? "no reply"}): ` +
        "start it, or unset REDIS_URL to share live updates and limits through the database instead.",
    );
  } finally {
    client.destroy();
  }
}
