import { teacherClassroom } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { generateJoinCode } from "./join-code";

/** A teacher's classes, newest first, with the join code and how many students and assignments each has. */
export function listTeacherClassrooms(db: Db, teacherId: string) {
  return db.classroom.findMany({
    where: teacherClassroom(teacherId),
    orderBy: [{ archived: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archived: true,
      endsOn: true,
      retentionWarnedAt: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
}

export async function createClassroom(db: Db, teacherId: string, input: { name: string }) {
  // 31^6 ≈ 887 million codes: a collision is rare, and a retry settles it.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.classroom.create({
        data: { name: input.name, ownerId: teacherId, joinCode: generateJoinCode() },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
