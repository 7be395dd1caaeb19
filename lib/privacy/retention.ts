import { accountWithAnythingLeft, studentsWithWorkIn } from "@/lib/access";
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

/** How many students have data in the class: what its deletion would delete (studentsWithWorkIn). */
function studentsWithWork(db: Db, classroomId: string): Promise<number> {
  return db.user.count({ where: studentsWithWorkIn(classroomId) });
}

/**
 * The date a class's teacher is shown, from WARNING_DAYS before it: when the class has student data to delete
 * (of students enrolled now, or removed but with work left in it, as the job deletes), else null.
 */
export async function deletionNotice(
  db: Db,
  classroom: { id: string; endsOn: Date | null; retentionWarnedAt: Date | null },
  retentionDays: number,
  now: Date,
): Promise<Date | null> {
  const deletesAt = deletionDate(classroom, retentionDays, now);
  if (!deletionIsNear(deletesAt, now)) return null;
  return (await studentsWithWork(db, classroom.id)) > 0 ? deletesAt : null;
}

/**
 * What the retention job would do as of `now`, changing nothing (`npm run retention -- --dry-run`): the classes
 * whose student data is due for deletion, with how many students have data in each, and the classes whose
 * teacher is to be warned now.
 */
export async function retentionPlan(db: Db, now = new Date()) {
  const { retentionDays } = await schoolSettings(db);
  const classes = await db.classroom.findMany({
    where: { endsOn: { not: null } },
    select: { id: true, name: true, endsOn: true, retentionWarnedAt: true },
    orderBy: { endsOn: "asc" },
  });
  const due: { classroomId: string; name: string; students: number }[] = [];
  const toWarn: { classroomId: string; name: string; deletesAt: Date }[] = [];
  for (const classroom of classes) {
    const deletesAt = deletionDate(classroom, retentionDays, now)!;
    if (deletesAt <= now) {
      const students = await studentsWithWork(db, classroom.id);
      if (students > 0) due.push({ classroomId: classroom.id, name: classroom.name, students });
    } else if (deletionIsNear(deletesAt, now) && !classroom.retentionWarnedAt)
      toWarn.push({ classroomId: classroom.id, name: classroom.name, deletesAt });
  }
  return { due, toWarn };
}

/**
 * The retention job (decision 0047), run when the server starts and then daily (lib/privacy/retention-schedule.ts),
 * or by `npm run retention`. For each class with an end date (retentionPlan):
 * - once its deletion date has come (deletionDate: at least WARNING_DAYS after the warning): the class is
 *   archived (nobody joins it any more), and every student's data in it is deleted (studentsWithWorkIn in
 *   lib/access.ts), each student in a transaction of their own: a class of hundreds in one would outlast Prisma's 5 s limit
 *   for a transaction, and on SQLite every request waits while one runs. An account goes too once nothing of
 *   it is left (no class, no work anywhere); its debate posts stay as 「已刪除的同學」 placeholders. Each
 *   student's deletion is audited in its transaction, with counts only;
 * - within WARNING_DAYS of it: retentionWarnedAt is set (once) and the teacher sees the date on the class page.
 * Running it again changes nothing more: a purged class has no student data left.
 */
export async function runRetention(db: Db, now = new Date()) {
  const { due, toWarn } = await retentionPlan(db, now);
  const purged: { classroomId: string; students: number; postsKept: number }[] = [];
  const postgres = isPostgres(db);
  for (const { classroomId } of due) {
    await db.classroom.update({ where: { id: classroomId }, data: { archived: true } });
    const students = await db.user.findMany({ where: studentsWithWorkIn(classroomId), select: { id: true } });
    let removed = 0;
    let postsKept = 0;
    for (const { id } of students) {
      const kept = await db.$transaction(async (tx) => {
        // Another server may run the job at the same moment: on PostgreSQL the class's row is locked and the
        // student looked at again under the lock, so the second run finds nothing left of them and changes nothing.
        if (postgres) await tx.$queryRaw`SELECT "id" FROM "Classroom" WHERE "id" = ${classroomId} FOR UPDATE`;
        // On SQLite the job is a process apart from the app's: its transaction holds the write lock from its
        // start (lib/db/sqlite-begin-immediate.ts), so the app's writes wait their turn, and it waits for theirs.
        const still = await tx.user.findFirst({
          where: { id, ...studentsWithWorkIn(classroomId) },
          select: { id: true },
        });
        if (!still) return null;
        const inClass = await removeStudentClassData(tx, id, classroomId);
        const left = await tx.user.findFirst({ where: { id, ...accountWithAnythingLeft }, select: { id: true } });
        const kept = left ? inClass : inClass + (await removeStudentData(tx, id));
        // Audited with the deletion itself, so a job stopped halfway leaves no deletion unrecorded.
        const detail = `1 student${left ? "" : " (account deleted)"}, ${kept} posts kept as placeholders`;
        await recordAudit(tx, { actorId: null, action: "retention.delete", subjectId: classroomId, detail }, now);
        return kept;
      });
      if (kept === null) continue;
      removed++;
      postsKept += kept;
    }
    if (removed > 0) purged.push({ classroomId, students: removed, postsKept });
  }
  for (const { classroomId } of toWarn)
    await db.classroom.update({ where: { id: classroomId }, data: { retentionWarnedAt: now } });
  return { warned: toWarn.map((c) => c.classroomId), purged };
}
