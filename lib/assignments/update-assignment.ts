import type { z } from "zod";
import { activeTeacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import type { updateAssignmentSchema } from "./schema";

/** The edit form's fields, as its schema checks them. */
export type AssignmentChanges = z.infer<typeof updateAssignmentSchema>;

/**
 * Changes an assignment's title, instructions, dates and parts, also after students started: their work is
 * kept whatever changes. An attempt already handed in stays as graded; one in progress ends at the new due
 * date (unless late work is allowed); a part switched off is hidden from students until it is switched on
 * again. The reading stays (students' highlights, answers and quotes point into it). Only in a class the
 * teacher still teaches: an archived class is read-only.
 */
export async function updateAssignment(db: Db, teacherId: string, input: AssignmentChanges) {
  const { assignmentId, ...changes } = input;
  const updated = await db.assignment.updateMany({
    where: { id: assignmentId, ...activeTeacherAssignment(teacherId) },
    data: { ...changes, dueAt: changes.dueAt ?? null },
  });
  if (updated.count !== 1) fail("notFound");
  return { id: assignmentId };
}
