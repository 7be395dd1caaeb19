import type { Db } from "@/lib/db/client";
import { noteWriteSucceeded, writeFailure } from "@/lib/db/database-faults";

export type Health = {
  httpStatus: 200 | 503;
  status: "ok" | "stopping" | "database unavailable" | "database failing writes";
  since?: string;
};

/**
 * What /api/health reports: ok when the app can read and write its database; not ok while the server is
 * stopping (so a proxy moves traffic away), while the database cannot be reached, and while writes fail
 * (disk full, read-only file). While they fail, each check tries a write of its own, so the status turns
 * back to ok once the fault is gone, even before a person saves anything.
 */
export async function checkHealth(db: Db, draining: boolean): Promise<Health> {
  if (draining) return { httpStatus: 503, status: "stopping" };
  try {
    await db.user.count({ take: 1 });
  } catch {
    return { httpStatus: 503, status: "database unavailable" };
  }
  const failing = writeFailure();
  if (failing) {
    try {
      await probeWrite(db);
      noteWriteSucceeded();
    } catch {
      return { httpStatus: 503, status: "database failing writes", since: failing.since.toISOString() };
    }
  }
  return { httpStatus: 200, status: "ok" };
}

/**
 * A real write of a few pages that leaves no data behind. Write failures are noted on SQLite only (its
 * adapter's gate sees every statement), so this is SQLite's. A 16 KB row is written and removed in a table of
 * its own: a full disk refuses it (measured 2026-12-03 on a full tmpfs: rewriting one header field still
 * succeeded there, in the space a failed transaction had left in the journal).
 */
async function probeWrite(db: Db) {
  await db.$executeRaw`CREATE TABLE IF NOT EXISTS "_app_write_probe" ("id" INTEGER PRIMARY KEY, "filler" BLOB NOT NULL)`;
  await db.$executeRaw`INSERT OR REPLACE INTO "_app_write_probe" ("id", "filler") VALUES (1, randomblob(16384))`;
  await db.$executeRaw`DELETE FROM "_app_write_probe"`;
}
