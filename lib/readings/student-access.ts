import { openedAssignment, studentAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";

/**
 * The assignment if this student may read it now: enrolled in its (unarchived) class, the reading part
 * on, and open. Every student read and write of the reader goes through this one scoped query.
 */
export function findReadableAssignment(db: Db, studentId: string, assignmentId: string, now = new Date()) {
  return db.assignment.findFirst({
    where: {
      id: assignmentId,
      readingEnabled: true,
      ...openedAssignment(now),
      ...studentAssignment(studentId),
    },
    select: {
      id: true,
      readingId: true,
      _count: { select: { highlights: true } },
      reading: { select: { _count: { select: { paragraphs: true } } } },
    },
  });
}
