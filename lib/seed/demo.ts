import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/passwords";
import { parseReadingText } from "@/lib/readings/paragraphs";

/** The demo accounts, listed in the README. Seeded on an empty database unless SEED_DEMO=false. */
export const DEMO = {
  teacher: { login: "teacher@demo.school", password: "demo-teacher-h20", displayName: "王老師 (Demo teacher)" },
  students: [
    { login: "student1", password: "demo-student-h20", displayName: "陳同學" },
    { login: "student2", password: "demo-student-h20", displayName: "林同學" },
    { login: "student3", password: "demo-student-h20", displayName: "張同學" },
  ],
  classroom: { name: "高二 公民與社會 (Demo)", joinCode: "DEBATE" },
  reading: {
    file: "prisma/seed/h20-article.zh-Hant.txt",
    language: "zh-Hant",
    author: "華山穹劍",
    source: "hstong.com; dignews.cc",
    publishedOn: new Date("2025-07-15T00:00:00Z"),
  },
} as const;

// Fixed ids make every step an upsert: running the seed twice, or from two processes, changes nothing.
const IDS = { teacher: "demo-teacher", classroom: "demo-class", reading: "demo-reading-h20", assignment: "demo-assignment-h20" };

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export async function seedDemo(db: Db, root = process.cwd()): Promise<void> {
  const { teacher, students, classroom, reading } = DEMO;
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

  const text = parseReadingText(readFileSync(path.join(root, reading.file), "utf8"));
  await db.reading.upsert({
    where: { id: IDS.reading },
    update: {},
    create: {
      id: IDS.reading,
      title: text.title,
      language: reading.language,
      author: reading.author,
      source: reading.source,
      publishedOn: reading.publishedOn,
      createdById: IDS.teacher,
      paragraphs: {
        create: text.paragraphs.map((p, i) => ({ id: `h20-p${String(i + 1).padStart(2, "0")}`, position: i + 1, text: p })),
      },
    },
  });
  await db.assignment.upsert({
    where: { id: IDS.assignment },
    update: {},
    create: {
      id: IDS.assignment,
      classroomId: IDS.classroom,
      readingId: IDS.reading,
      title: text.title,
      instructions: "",
      opensAt: new Date("2025-07-16T00:00:00Z"),
    },
  });
}
