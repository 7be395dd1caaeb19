import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { announceProgress } from "./progress-events";
import type { RecordedProgress } from "./reader-rows";
import { findReadableAssignment } from "./student-access";

// The teacher's page shows "last activity" to the minute, so opening the reader again within a minute need
// not write: a class opening the reading at once would otherwise queue one durable write per page view.
const ACTIVITY_RESOLUTION_MS = 60_000;

/**
 * Called when the student opens the reader, with their progress row as the page read it (null before their first
 * open): the first open creates the row (and tells the teacher's page); a later one moves their last activity when
 * the one recorded is a minute old or more.
 */
export async function recordOpened(
  db: Db,
  studentId: string,
  assignmentId: string,
  recorded: RecordedProgress | null,
  now = new Date(),
) {
  if (recorded && now.getTime() - recorded.lastActivityAt.getTime() < ACTIVITY_RESOLUTION_MS) return recorded;
  const progress = await touchProgress(db, studentId, assignmentId, now);
  await announceProgress(assignmentId);
  return progress;
}

/** The student's progress row, created if need be, with their last activity now. */
function touchProgress(db: Db, studentId: string, assignmentId: string, now = new Date()) {
  return db.readingProgress.upsert({
    where: { assignmentId_userId: { assignmentId, userId: studentId } },
    update: { lastActivityAt: now },
    create: { assignmentId, userId: studentId, lastActivityAt: now },
    select: { furthestPosition: true, markedReadAt: true },
  });
}

/** Moves the furthest paragraph forward (never back: scrolling up to re-read loses nothing). */
export async function recordProgress(db: Db, studentId: string, input: { assignmentId: string; position: number }) {
  const assignment = await findReadableAssignment(db, studentId, input.assignmentId);
  if (!assignment) fail("notFound");
  const position = Math.min(input.position, assignment.reading._count.paragraphs);
  const now = new Date();
  await touchProgress(db, studentId, assignment.id);
  // The comparison is in the WHERE clause, so two tabs reporting at once can only move it forward.
  const moved = await db.readingProgress.updateMany({
    where: { assignmentId: assignment.id, userId: studentId, furthestPosition: { lt: position } },
    data: { furthestPosition: position, lastActivityAt: now },
  });
  if (moved.count) await announceProgress(assignment.id);
}

export async function markAsRead(db: Db, studentId: string, input: { assignmentId: string; read: boolean }) {
  const assignment = await findReadableAssignment(db, studentId, input.assignmentId);
  if (!assignment) fail("notFound");
  await touchProgress(db, studentId, assignment.id);
  await db.readingProgress.update({
    where: { assignmentId_userId: { assignmentId: assignment.id, userId: studentId } },
    data: { markedReadAt: input.read ? new Date() : null, lastActivityAt: new Date() },
  });
  await announceProgress(assignment.id);
}
