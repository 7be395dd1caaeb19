import { teacherClassroom } from "@/lib/access";
import type { Db } from "@/lib/db/client";

export const PROGRESS_SORTS = ["name", "progress", "read", "activity"] as const;
export type ProgressSort = (typeof PROGRESS_SORTS)[number];

export type StudentProgress = {
  studentId: string;
  displayName: string;
  loginName: string;
  opened: boolean;
  furthestPosition: number;
  percent: number;
  markedRead: boolean;
  lastActivityAt: Date | null;
};

/**
 * One row per student enrolled in the assignment's class, whether or not they have opened it yet.
 * The teacher's ownership is part of the query: another teacher's assignment id lists nobody.
 */
export async function listStudentProgress(
  db: Db,
  teacherId: string,
  assignmentId: string,
  paragraphCount: number,
): Promise<StudentProgress[]> {
  const enrollments = await db.enrollment.findMany({
    where: { classroom: { ...teacherClassroom(teacherId), assignments: { some: { id: assignmentId } } } },
    select: {
      user: {
        select: {
          id: true,
          displayName: true,
          loginName: true,
          readingProgress: {
            where: { assignmentId },
            select: { furthestPosition: true, markedReadAt: true, lastActivityAt: true },
          },
        },
      },
    },
  });
  return enrollments.map(({ user }) => {
    const p = user.readingProgress[0];
    return {
      studentId: user.id,
      displayName: user.displayName,
      loginName: user.loginName,
      opened: Boolean(p),
      furthestPosition: p?.furthestPosition ?? 0,
      percent: p && paragraphCount ? Math.round((100 * p.furthestPosition) / paragraphCount) : 0,
      markedRead: Boolean(p?.markedReadAt),
      lastActivityAt: p?.lastActivityAt ?? null,
    };
  });
}

export function sortProgress(rows: StudentProgress[], sort: ProgressSort, descending: boolean): StudentProgress[] {
  const key: Record<ProgressSort, (r: StudentProgress) => number | string> = {
    name: (r) => r.displayName,
    progress: (r) => r.percent,
    read: (r) => (r.markedRead ? 1 : 0),
    activity: (r) => r.lastActivityAt?.getTime() ?? 0,
  };
  const get = key[sort];
  const sorted = [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    const order = typeof x === "string" ? x.localeCompare(String(y), "zh-Hant") : x - (y as number);
    return order || a.displayName.localeCompare(b.displayName, "zh-Hant");
  });
  return descending ? sorted.reverse() : sorted;
}
