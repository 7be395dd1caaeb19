import { teacherAssignmentForStudent } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { excerpt } from "@/lib/text/excerpt";
import { parseRubricWording, type Rubric } from "./rubric";
import { sideOf } from "./sides";

/**
 * One student's work on one board, for the teacher grading it: every post of theirs (hidden ones too, with
 * the reason), what each reply answered, the passages they quoted, their classmates' ratings, and their
 * rubric and feedback so far. The previous and next students (by name, as the students table lists them)
 * let the teacher grade a class in one pass. null unless the teacher owns the class and the student is
 * enrolled in it, checked in the query.
 */
export async function loadStudentWork(db: Db, teacherId: string, assignmentId: string, studentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignmentForStudent(teacherId, studentId) },
    select: {
      id: true,
      title: true,
      debate: true,
      reading: { select: { debateDefaults: true } },
      classroom: { select: { enrollments: { select: { user: { select: { id: true, displayName: true } } } } } },
    },
  });
  if (!assignment?.debate) return null;
  const board = assignment.debate;
  // Sorted here rather than in SQL: SQLite and PostgreSQL collate Chinese names differently.
  const students = assignment.classroom.enrollments
    .map((e) => e.user)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "zh-Hant"));
  const index = students.findIndex((s) => s.id === studentId);
  const student = students[index];
  if (!student) return null;

  const [seat, posts] = await Promise.all([
    db.debateParticipant.findUnique({ where: { debateId_userId: { debateId: board.id, userId: studentId } } }),
    db.debatePost.findMany({
      where: { debateId: board.id, authorId: studentId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        side: true,
        claim: true,
        body: true,
        sourceTitle: true,
        hiddenAt: true,
        hiddenReason: true,
        editedAt: true,
        createdAt: true,
        parent: { select: { claim: true, body: true } },
        quotes: { select: { quote: true, paragraph: { select: { position: true } } } },
        ratings: { select: { value: true } },
      },
    }),
  ]);
  const rubric: Rubric = {
    claim: seat?.rubricClaim ?? null,
    evidence: seat?.rubricEvidence ?? null,
    reasoning: seat?.rubricReasoning ?? null,
    rebuttal: seat?.rubricRebuttal ?? null,
  };
  return {
    assignment: { id: assignment.id, title: assignment.title },
    student,
    previous: students[index - 1] ?? null,
    next: students[index + 1] ?? null,
    seated: seat !== null,
    side: sideOf(seat?.side),
    rubric,
    feedback: seat?.feedback ?? "",
    rubricWording: parseRubricWording(board.rubricLevels),
    wording: { motion: board.motion, sideLabels: board.sideLabels, readingDefaults: assignment.reading.debateDefaults },
    posts: posts.map((p) => ({
      id: p.id,
      kind: p.kind,
      side: sideOf(p.side),
      claim: p.claim,
      body: p.body,
      sourceTitle: p.sourceTitle,
      hiddenReason: p.hiddenAt ? (p.hiddenReason ?? "") : null,
      edited: p.editedAt !== null,
      createdAt: p.createdAt,
      replyTo: p.parent ? excerpt(p.parent.claim || p.parent.body, 40) : null,
      quotes: p.quotes.map((q) => ({ position: q.paragraph.position, quote: q.quote })),
      ratings: {
        count: p.ratings.length,
        average: p.ratings.length ? p.ratings.reduce((sum, r) => sum + r.value, 0) / p.ratings.length : null,
      },
    })),
  };
}

export type StudentWork = NonNullable<Awaited<ReturnType<typeof loadStudentWork>>>;
