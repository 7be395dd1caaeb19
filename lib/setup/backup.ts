import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type DatabaseTarget, missingSqliteDatabase } from "@/lib/db/database-url";

const NAME = /^classroom-\d{8}-\d{6}\.(db|dump)$/;

/** `classroom-20261206-013500.db`: sortable, and recognised by pruneBackups (nothing else in the folder is). */
export function backupName(now: Date, extension: "db" | "dump"): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `classroom-${stamp}.${extension}`;
}

/**
 * A consistent copy of the database while the app keeps running (docs/deploy.md, decision 0048). SQLite: the
 * online backup API (page by page, restarting when a write lands, so the copy is one moment's state even in
 * WAL mode), then an integrity check of the copy. PostgreSQL: `pg_dump --format=custom` (a consistent
 * snapshot by itself), which must be installed where this runs.
 */
export async function backupDatabase(target: DatabaseTarget, folder: string, now = new Date()): Promise<string> {
  // Said plainly, not as SQLite's "unable to open database file".
  const missing = missingSqliteDatabase(target);
  if (missing) throw new Error(missing);
  mkdirSync(folder, { recursive: true });
  if (target.provider === "sqlite") {
    const file = path.join(folder, backupName(now, "db"));
    const source = new Database(target.filePath, { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    // One self-contained file (no -wal or -shm beside it), checked before it is called a backup.
    const copy = new Database(file);
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return file;
  }
  const file = path.join(folder, backupName(now, "dump"));
  const dump = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, target.url], {
    encoding: "utf8",
  });
  if (dump.error)
    throw new Error(`pg_dump could not be run (${dump.error.message}): install PostgreSQL's client tools`);
  if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr.trim()}`);
  return file;
}

/**
 * Deletes this command's backups older than `days` from the folder (and nothing else), so deleted student data
 * leaves the backups within the period the README asks for. Returns the files deleted.
 */
export function pruneBackups(folder: string, days: number, now = new Date()): string[] {
  const limit = now.getTime() - days * 24 * 3_600_000;
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    if (!NAME.test(name)) continue;
    const file = path.join(folder, name);
    if (statSync(file).mtimeMs < limit) {
      unlinkSync(file);
      removed.push(file);
    }
  }
  return removed;
}
