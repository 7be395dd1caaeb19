import { recordAudit } from "@/lib/admin/audit";
import { schoolSettings } from "@/lib/admin/settings";
import { type Db, isPostgres } from "@/lib/db/client";
import { removeStudentClassData, removeStudentData } from "./delete-student";

export const WARNING_DAYS = 30;
const DAY = 24 * 3_600_000;

/**
 * When a class's student data is deleted: its end date plus the school's retention period, but never less than
 * WARNING_DAYS after its teacher was warned (not warned yet: from now). So no class loses its data without a
 * month's notice, whether its end date was set in the past, the school's period was shortened, or the job did
 * not run for a while. Null without an end date.
 */
export function deletionDate(
  classroom: { endsOn: Date | null; retentionWarnedAt: Date | null },
  retentionDays: number,
  now: Date,
): Date | null {
  if (!classroom.endsOn) return null;
  const planned = classroom.endsOn.getTime() + retentionDays * DAY;
  const notice = (classroom.retentionWarnedAt ?? now).getTime() + WARNING_DAYS * DAY;
  return new Date(Math.max(planned, notice));
}

/** Whether the teacher is to be told (the class page says so) that deletion is less than WARNING_DAYS away. */
export function deletionIsNear(deletesAt: Date | null, now: Date): boolean {
  return deletesAt !== null && deletesAt.getTime() - now.getTime() <= WARNING_DAYS * DAY;
}

/**
 * What the retention job would do as of `now`, changing nothing (`npm run retention -- --dry-run`): the classes
 * whose student data is due for deletion, with how many students each has, and the classes whose teacher is
 * to be warned now.
 */
export async function retentionPlan(db: Db, now = new Date()) {
  const { retentionDays } = await schoolSettings(db);
  const classes = await db.classroom.findMany({
    where: { endsOn: { not: null } },
    select: { id: true, name: true, endsOn: true, retentionWarnedAt: true, _count: { select: { enrollments: true } } },
    orderBy: { endsOn: "asc" },
  });
  const due: { classroomId: string; name: string; students: number }[] = [];
  const toWarn: { classroomId: string; name: string; deletesAt: Date }[] = [];
  for (const classroom of classes) {
    const deletesAt = deletionDate(classroom, retentionDays, now)!;
    const students = classroom._count.enrollments;
    if (deletesAt <= now) {
      if (students > 0) due.push({ classroomId: classroom.id, name: classroom.name, students });
    } else if (deletionIsNear(deletesAt, now) && !classroom.retentionWarnedAt)
      toWarn.push({ classroomId: classroom.id, name: classroom.name, deletesAt });
  }
  return { due, toWarn };
}

/**
 * The retention job (decision 0047), run when the server starts and then daily (lib/privacy/retention-schedule.ts),
 * or by `npm run retention`. For each class with an end date (retentionPlan):
 * - once its deletion date has come (deletionDate: at least WARNING_DAYS after the warning): every student's data in that class is deleted (the account too, when the
 *   class was their only one; their debate posts stay as 「已刪除的同學」 placeholders), and the class is
 *   archived. Each class in its own transaction, audited with counts only;
 * - within WARNING_DAYS of it: retentionWarnedAt is set (once) and the teacher sees the date on the class page.
 * Running it again changes nothing more: a purged class has no students left.
 */
export async function runRetention(db: Db, now = new Date()) {
  const { due, toWarn } = await retentionPlan(db, now);
  const purged: { classroomId: string; students: number; postsKept: number }[] = [];
  const postgres = isPostgres(db);
  for (const { classroomId } of due) {
    const result = await db.$transaction(async (tx) => {
      // Another server may run the job at the same moment: on PostgreSQL the class's row is locked, and the
      // students are read again under the lock, so the second run finds none left and changes nothing.
      if (postgres) await tx.$queryRaw`SELECT "id" FROM "Classroom" WHERE "id" = ${classroomId} FOR UPDATE`;
      // On SQLite the job is a process apart from the app's: its transaction holds the write lock from its
      // start (lib/db/sqlite-begin-immediate.ts), so the app's writes wait their turn, and it waits for theirs.
      await tx.classroom.update({ where: { id: classroomId }, data: { archived: true } });
      const enrollments = await tx.enrollment.findMany({ where: { classroomId }, select: { userId: true } });
      if (enrollments.length === 0) return null;
      let postsKept = 0;
      for (const { userId } of enrollments) {
        const classes = await tx.enrollment.count({ where: { userId } });
        postsKept +=
          classes <= 1 ? await removeStudentData(tx, userId) : await removeStudentClassData(tx, userId, classroomId);
      }
      const detail = `${enrollments.length} students, ${postsKept} posts kept as placeholders`;
      await recordAudit(tx, { actorId: null, action: "retention.delete", subjectId: classroomId, detail }, now);
      return { classroomId, students: enrollments.length, postsKept };
    });
    if (result) purged.push(result);
  }
  for (const { classroomId } of toWarn)
    await db.classroom.update({ where: { id: classroomId }, data: { retentionWarnedAt: now } });
  return { warned: toWarn.map((c) => c.classroomId), purged };
}
