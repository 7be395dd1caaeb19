import { db } from "@/lib/db";
import { noteWriteSucceeded, writeFailure } from "@/lib/db/database-faults";
import { isDraining } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

const unavailable = (status: string, extra: Record<string, unknown> = {}) =>
  Response.json({ status, ...extra }, { status: 503, headers: { "Cache-Control": "no-store" } });

/**
 * For the school's monitoring and a load balancer: 200 when the app can read and write its database; 503
 * while the server is stopping (so a proxy moves traffic away), while the database cannot be reached, and
 * while writes fail (disk full, read-only file). While they fail, each check tries a write of its own, so
 * the status turns back to ok once the fault is gone, even before a person saves anything.
 */
export async function GET() {
  if (isDraining()) return unavailable("stopping");
  try {
    await db.user.count({ take: 1 });
  } catch {
    return unavailable("database unavailable");
  }
  const failing = writeFailure();
  if (failing) {
    try {
      await probeWrite();
      noteWriteSucceeded();
    } catch {
      return unavailable("database failing writes", { since: failing.since.toISOString() });
    }
  }
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

/**
 * A real write that changes no data: SQLite's header field user_version (unused by the app) is rewritten
 * with its own value, which takes a write transaction and a page of the journal, so a full disk refuses it.
 */
async function probeWrite() {
  const [row] = await db.$queryRawUnsafe<{ user_version: number | bigint }[]>("PRAGMA user_version");
  await db.$executeRawUnsafe(`PRAGMA user_version = ${Number(row?.user_version ?? 0)}`);
}
