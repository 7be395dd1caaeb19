import { studentAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { type Steps, stepsOf } from "./student-steps";

/**
 * Assignments of every active class the student is enrolled in (the enrollment check is in the query), newest
 * first, each with the student's three steps (stepsOf). Five queries whatever the number of assignments.
 */
export async function listStudentAssignments(db: Db, studentId: string, now = new Date()) {
  const assignments = await db.assignment.findMany({
    where: studentAssignment(studentId),
    orderBy: [{ opensAt: "desc" }],
    select: {
      id: true,
      title: true,
      opensAt: true,
      dueAt: true,
      readingEnabled: true,
      quizEnabled: true,
      debateEnabled: true,
      classroom: { select: { name: true } },
      reading: { select: { title: true, _count: { select: { paragraphs: true } } } },
      quiz: { select: { id: true, release: true, releasedAt: true, lateWorkAllowed: true, attemptsAllowed: true } },
      debate: { select: { id: true, phase: true, rebuttalAt: true, closesAt: true, phaseSetAt: true } },
    },
  });
  const ids = assignments.map((a) => a.id);
  const quizIds = assignments.flatMap((a) => (a.quiz ? [a.quiz.id] : []));
  const debateIds = assignments.flatMap((a) => (a.debate ? [a.debate.id] : []));
  const [progress, attempts, seats, posts] = await Promise.all([
    db.readingProgress.findMany({
      where: { userId: studentId, assignmentId: { in: ids } },
      select: { assignmentId: true, furthestPosition: true, markedReadAt: true },
    }),
    db.quizAttempt.findMany({
      where: { userId: studentId, quizId: { in: quizIds } },
      orderBy: { number: "asc" },
      select: { quizId: true, status: true, score: true, maxScore: true },
    }),
    db.debateParticipant.findMany({
      where: { userId: studentId, debateId: { in: debateIds } },
      select: {
        debateId: true,
        feedback: true,
        rubricClaim: true,
        rubricEvidence: true,
        rubricReasoning: true,
        rubricRebuttal: true,
      },
    }),
    db.debatePost.groupBy({
      by: ["debateId"],
      where: { authorId: studentId, debateId: { in: debateIds } },
      _count: { _all: true },
    }),
  ]);
  return assignments.map((a) => {
    const seat = a.debate ? seats.find((s) => s.debateId === a.debate!.id) : undefined;
    const steps: Steps = stepsOf(
      {
        readingEnabled: a.readingEnabled,
        quizEnabled: a.quizEnabled,
        debateEnabled: a.debateEnabled,
        dueAt: a.dueAt,
        paragraphs: a.reading._count.paragraphs,
        progress: progress.find((p) => p.assignmentId === a.id) ?? null,
        quiz: a.quiz ? { ...a.quiz, attempts: attempts.filter((t) => t.quizId === a.quiz!.id) } : null,
        debate: a.debate
          ? {
              ...a.debate,
              posts: posts.find((p) => p.debateId === a.debate!.id)?._count._all ?? 0,
              feedback: Boolean(
                seat &&
                  (seat.feedback.trim() ||
                    [seat.rubricClaim, seat.rubricEvidence, seat.rubricReasoning, seat.rubricRebuttal].some(
                      (n) => n !== null,
                    )),
              ),
            }
          : null,
      },
      now,
    );
    return {
      id: a.id,
      title: a.title,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      classroom: a.classroom,
      reading: { title: a.reading.title },
      steps,
    };
  });
}
