import type { Db } from "@/lib/db/client";

/**
 * Runs `check` once in each state that closes an assignment's board to its students (the class archived, the
 * debate switched off, the assignment not open yet), putting the assignment back after each, even if
 * `check` fails.
 */
export async function whileBoardClosedToStudents(db: Db, assignmentId: string, check: () => Promise<void>) {
  const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const states = [
    [
      () => db.classroom.update({ where: { id: assignment.classroomId }, data: { archived: true } }),
      () => db.classroom.update({ where: { id: assignment.classroomId }, data: { archived: false } }),
    ],
    [
      () => db.assignment.update({ where: { id: assignmentId }, data: { debateEnabled: false } }),
      () => db.assignment.update({ where: { id: assignmentId }, data: { debateEnabled: true } }),
    ],
    [
      () => db.assignment.update({ where: { id: assignmentId }, data: { opensAt: new Date(Date.now() + 86_400_000) } }),
      () => db.assignment.update({ where: { id: assignmentId }, data: { opensAt: assignment.opensAt } }),
    ],
  ] as const;
  for (const [close, reopen] of states) {
    await close();
    try {
      await check();
    } finally {
      await reopen();
    }
  }
}
