import type { Db } from "@/lib/db/client";

type Tx = Pick<Db, "auditEvent">;

/**
 * One line of the audit trail (AuditEvent): who did what to whom, never the content (a student's posts are
 * not copied here when they are deleted). Also written to the server log.
 */
export async function recordAudit(
  db: Tx,
  event: { actorId: string | null; action: string; subjectId?: string | null; detail?: string },
  now = new Date(),
) {
  await db.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      subjectId: event.subjectId ?? null,
      detail: event.detail ?? "",
      at: now,
    },
  });
  console.info(
    `[${now.toISOString()}] audit: ${event.action} by ${event.actorId ?? "the server"}${event.subjectId ? ` on ${event.subjectId}` : ""}${event.detail ? ` (${event.detail})` : ""}`,
  );
}
