import type { DatabaseTarget } from "@/lib/db/database-url";

export class ProcessCountError extends Error {}

export const MAX_PROCESSES = 64;

/**
 * How many server processes `npm start` runs (docs/decisions/0049). On PostgreSQL: WEB_CONCURRENCY, by
 * default one per core. On SQLite always one: its single writer is this process's, and a second process
 * would make writes wait on the file lock instead of the in-process gate (a note says WEB_CONCURRENCY was
 * not used). Returns the count and, when a setting was set aside, why.
 */
export function serverProcessCount(
  raw: string | undefined,
  provider: DatabaseTarget["provider"],
  cores: number,
): { count: number; note?: string } {
  const text = raw?.trim();
  let asked: number | undefined;
  if (text) {
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_PROCESSES)
      throw new ProcessCountError(
        `WEB_CONCURRENCY is "${text}"; it must be a whole number of server processes from 1 to ${MAX_PROCESSES}.`,
      );
    asked = Number(text);
  }
  if (provider === "sqlite")
    return asked && asked > 1
      ? {
          count: 1,
          note: `WEB_CONCURRENCY=${asked} not used: on SQLite the app runs as one process (use PostgreSQL for several).`,
        }
      : { count: 1 };
  return { count: asked ?? Math.max(1, cores) };
}
