/**
 * REDIS_URL, checked before anything connects: `redis://[[user]:password@]host[:port][/db]` or `rediss://`
 * (TLS). Unset or empty = no Redis. Anything else stops the server with this message (in English, like all
 * of `npm start`'s messages, for the person installing it).
 */
export class RedisUrlError extends Error {}

export function parseRedisUrl(raw: string | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RedisUrlError(
      `REDIS_URL is not an address (${shown(text)}): write it as redis://host:6379 (or rediss:// for TLS).`,
    );
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:")
    throw new RedisUrlError(`REDIS_URL must start with redis:// or rediss://, not ${url.protocol}//.`);
  if (!url.hostname) throw new RedisUrlError("REDIS_URL has no host: write it as redis://host:6379.");
  const database = url.pathname.replace(/^\//, "");
  if (database && !/^\d+$/.test(database))
    throw new RedisUrlError(`REDIS_URL's path must be a database number (redis://host:6379/0), not "/${database}".`);
  return url.toString();
}

/** The address without its password, for messages. */
export function describeRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
