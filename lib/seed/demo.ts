import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db/client";
import { LIBRARY_READING_ID, seedLibrary } from "./library";

/** The demo accounts, listed in the README. Seeded on an empty database unless SEED_DEMO=false. */
export const DEMO = {
  teacher: { login: "teacher@demo.school", password: "demo-teacher-h20", displayName: "王老師 (Demo teacher)" },
  students: [
    { login: "student1", password: "demo-student-h20", displayName: "陳同學" },
    { login: "student2", password: "demo-student-h20", displayName: "林同學" },
    { login: "student3", password: "demo-student-h20", displayName: "張同學" },
  ],
  classroom: { name: "高二 公民與社會 (Demo)", joinCode: "DEBATE" },
} as const;

// Fixed ids make every step an upsert: running the seed twice, or from two processes, changes nothing.
const IDS = { teacher: "demo-teacher", classroom: "demo-class", assignment: "demo-assignment-h20" };

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** The demo class on top of the library: a teacher, three students, and the article assigned to them. */
export async function seedDemo(db: Db, root = process.cwd()): Promise<void> {
  const { teacher, students, classroom } = DEMO;
  const reading = await seedLibrary(db, root);
  const teacherHash = await hashPassword(teacher.password);
  const studentHash = await hashPassword(students[0].password);

  await db.user.upsert({
    where: { id: IDS.teacher },
    update: {},
    create: {
      id: IDS.teacher,
      role: "TEACHER",
      loginName: teacher.login,
      email: teacher.login,
      displayName: teacher.displayName,
      passwordHash: teacherHash,
    },
  });
  await db.classroom.upsert({
    where: { id: IDS.classroom },
    update: {},
    create: { id: IDS.classroom, name: classroom.name, joinCode: classroom.joinCode, ownerId: IDS.teacher },
  });
  for (const [i, s] of students.entries()) {
    const id = `demo-student-${i + 1}`;
    await db.user.upsert({
      where: { id },
      update: {},
      create: { id, role: "STUDENT", loginName: s.login, displayName: s.displayName, passwordHash: studentHash },
    });
    await db.enrollment.upsert({
      where: { classroomId_userId: { classroomId: IDS.classroom, userId: id } },
      update: {},
      create: { classroomId: IDS.classroom, userId: id },
    });
  }

  await db.assignment.upsert({
    where: { id: IDS.assignment },
    update: {},
    create: {
      id: IDS.assignment,
      classroomId: IDS.classroom,
      readingId: LIBRARY_READING_ID,
      title: reading.title,
      instructions: "先細讀全文，標出你認為是「事實」與「觀點」的句子，並為可疑的數字寫下筆記。",
      opensAt: new Date("2025-07-16T00:00:00Z"),
      quizEnabled: true,
      debateEnabled: true,
    },
  });
  // The quiz with its defaults: one attempt, no time limit, results on submit.
  await db.quiz.upsert({
    where: { assignmentId: IDS.assignment },
    update: {},
    create: { assignmentId: IDS.assignment },
  });
  // The board with its defaults: the opening phase, students choose their side, names shown.
  await db.debate.upsert({
    where: { assignmentId: IDS.assignment },
    update: {},
    create: { assignmentId: IDS.assignment },
  });
}
