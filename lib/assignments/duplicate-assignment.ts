import { activeTeacherClassroom, teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { newestRevision } from "@/lib/readings/revisions";

/**
 * A copy of one of this teacher's assignments (from any of their classes, archived ones too: last year's
 * lesson is the usual source) in a class they still teach: the reading (its newest revision), title,
 * instructions, dates, parts, and the quiz's settings (which items it asks too) and the board's. No student's work, no per-student extra time, no release, and the board
 * starts at its opening phase. `copyTitle` names a copy made in the same class, so the two can be told apart.
 */
export async function duplicateAssignment(
  db: Db,
  teacherId: string,
  input: { assignmentId: string; classroomId: string },
  copyTitle: (title: string) => string,
) {
  const [source, target] = await Promise.all([
    db.assignment.findFirst({
      where: { id: input.assignmentId, ...teacherAssignment(teacherId) },
      include: { quiz: true, debate: true, reading: { select: { id: true, firstRevisionId: true } } },
    }),
    db.classroom.findFirst({
      where: { id: input.classroomId, ...activeTeacherClassroom(teacherId) },
      select: { id: true },
    }),
  ]);
  if (!source) fail("notFound");
  if (!target) fail("notFound", "classroomId");
  const { quiz, debate } = source;
  // A copy is a new assignment: on the newest revision of its reading (decision 0039), whose items keep their keys.
  const reading = (await newestRevision(db, teacherId, source.reading)) ?? source.reading;
  return db.assignment.create({
    data: {
      classroomId: target.id,
      readingId: reading.id,
      title: target.id === source.classroomId ? copyTitle(source.title) : source.title,
      instructions: source.instructions,
      opensAt: source.opensAt,
      dueAt: source.dueAt,
      readingEnabled: source.readingEnabled,
      quizEnabled: source.quizEnabled,
      debateEnabled: source.debateEnabled,
      quiz: {
        create: quiz
          ? {
              attemptsAllowed: quiz.attemptsAllowed,
              timeLimitMinutes: quiz.timeLimitMinutes,
              release: quiz.release,
              betweenAttempts: quiz.betweenAttempts,
              lateWorkAllowed: quiz.lateWorkAllowed,
              glossaryDuringQuiz: quiz.glossaryDuringQuiz,
              itemSelection: quiz.itemSelection,
              chosenKeys: quiz.chosenKeys,
              randomCount: quiz.randomCount,
              orderByParagraph: quiz.orderByParagraph,
            }
          : {},
      },
      debate: {
        create: debate
          ? {
              motion: debate.motion,
              sideLabels: debate.sideLabels,
              rubricLevels: debate.rubricLevels,
              thirdSideEnabled: debate.thirdSideEnabled,
              rebuttalAt: debate.rebuttalAt,
              closesAt: debate.closesAt,
              sideMode: debate.sideMode,
              steelman: debate.steelman,
              anonymous: debate.anonymous,
            }
          : {},
      },
    },
    select: { id: true },
  });
}
