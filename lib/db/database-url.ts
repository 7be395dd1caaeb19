import { existsSync } from "node:fs";
import path from "node:path";

/** Where the data lives, decided by DATABASE_URL alone (see docs/decisions/0002-database-selection.md). */
export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

export const DEFAULT_SQLITE_FILE = "data/classroom.db";

/**
 * Unset → a SQLite file under ./data; `file:` → SQLite; `postgres://` or `postgresql://` → PostgreSQL.
 * Anything else is refused with a message that says what is accepted, so a typo never starts the app
 * on an unexpected database.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = raw?.trim();
  if (!value) {
    const filePath = path.resolve(cwd, DEFAULT_SQLITE_FILE);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (value.startsWith("file:")) {
    const rest =
      value
        .slice("file:".length)
        .replace(/^\/\/(?=\/)/, "")
        .split("?")[0] ?? "";
    if (!rest) throw new DatabaseUrlError('DATABASE_URL "file:" needs a path, e.g. file:./data/classroom.db');
    const filePath = path.resolve(cwd, rest);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new DatabaseUrlError(
        "DATABASE_URL is not a valid PostgreSQL URL (postgresql://user:password@host:5432/database).",
      );
    }
    if (!parsed.hostname)
      throw new DatabaseUrlError("DATABASE_URL has no host (postgresql://user@host:5432/database).");
    if (parsed.pathname.length <= 1)
      throw new DatabaseUrlError("DATABASE_URL names no database (…/database at the end).");
    return { provider: "postgresql", url: value };
  }
  throw new DatabaseUrlError(
    "DATABASE_URL must be empty (SQLite under ./data), start with file: (SQLite) or with postgres:// or postgresql:// (PostgreSQL).",
  );
}

/** The URL without its password, for log lines. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.provider === "sqlite") return `SQLite (${target.filePath})`;
  const u = new URL(target.url);
  return `PostgreSQL (${u.username ? `${u.username}@` : ""}${u.host}${u.pathname})`;
}

/**
 * For the commands run by hand (backup, retention): why `target` cannot be used, when it names a SQLite file that
 * is not there (run without the server's settings, DATABASE_URL is unset and names the default); else null.
 */
export function missingSqliteDatabase(target: DatabaseTarget): string | null {
  return target.provider === "sqlite" && !existsSync(target.filePath)
    ? `there is no SQLite database at ${target.filePath}. Run this in the app's folder, with the server's DATABASE_URL.`
    : null;
}
