import { requireAdmin } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "./audit";
import { RETENTION_DAYS_DEFAULT } from "./retention-limits";

/** The school's settings; the defaults until an administrator first saves them. */
export async function schoolSettings(db: Db) {
  const row = await db.schoolSettings.findUnique({ where: { id: "school" } });
  return { retentionDays: row?.retentionDays ?? RETENTION_DAYS_DEFAULT };
}

/** How many days after a class's end date its student data is kept. */
export async function setRetentionDays(db: Db, adminId: string, retentionDays: number, now = new Date()) {
  await requireAdmin(db, adminId);
  await db.schoolSettings.upsert({
    where: { id: "school" },
    create: { id: "school", retentionDays },
    update: { retentionDays },
  });
  await recordAudit(db, { actorId: adminId, action: "settings.retention", detail: `${retentionDays} days` }, now);
}
