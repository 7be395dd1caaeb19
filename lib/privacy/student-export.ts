import type { Db } from "@/lib/db/client";
import { quizItemSchema } from "@/lib/quiz/items";
import { studentResultsView } from "@/lib/quiz/student-quiz";
import type { StudentDataScope } from "./scope";

/**
 * All of a student's data within a scope (lib/privacy/scope.ts), as one plain object: the JSON download, and
 * what the readable HTML page is drawn from. Everything the student made or was given: account, classes,
 * reading progress, highlights and notes, quiz attempts with answers, grades and comments, debate seats
 * (side, stances, rubric and feedback), posts, ratings given, reports made. Never a quiz's answer key, nor
 * anyone else's words (a rated or reported post is named by its id); in the student's own copy, no score
 * their quiz page does not show yet (scope.ownCopy).
 */
export async function studentDataExport(db: Db, scope: StudentDataScope, now = new Date()) {
  const { studentId } = scope;
  const inScope = scope.classroomIds === "all" ? {} : { classroomId: { in: scope.classroomIds } };
  const assignment = { select: { title: true, classroom: { select: { name: true } } } } as const;
  const where = { assignment: inScope };
  const [user, enrollments, progress, highlights, attempts, seats, posts, ratings, reports] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: studentId },
      select: { loginName: true, displayName: true, createdAt: true, preferredScript: true },
    }),
    db.enrollment.findMany({
      where: {
        userId: studentId,
        ...(scope.classroomIds === "all" ? {} : { classroomId: { in: scope.classroomIds } }),
      },
      select: { createdAt: true, classroom: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.readingProgress.findMany({
      where: { userId: studentId, ...where },
      select: { assignment, openedAt: true, furthestPosition: true, markedReadAt: true, lastActivityAt: true },
    }),
    db.highlight.findMany({
      where: { userId: studentId, ...where },
      select: { assignment, quote: true, note: true, createdAt: true, updatedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.quizAttempt.findMany({
      where: { userId: studentId, quiz: where },
      select: {
        quiz: {
          select: {
            id: true,
            release: true,
            releasedAt: true,
            betweenAttempts: true,
            attemptsAllowed: true,
            lateWorkAllowed: true,
            assignment: { select: { ...assignment.select, dueAt: true } },
          },
        },
        number: true,
        status: true,
        startedAt: true,
        submittedAt: true,
        score: true,
        maxScore: true,
        answers: {
          select: {
            value: true,
            savedAt: true,
            autoScore: true,
            teacherScore: true,
            overrideReason: true,
            item: { select: { key: true, content: true } },
          },
        },
      },
      orderBy: [{ startedAt: "asc" }],
    }),
    db.debateParticipant.findMany({
      where: { userId: studentId, debate: where },
      select: {
        debate: { select: { assignment } },
        side: true,
        stanceBefore: true,
        stanceAfter: true,
        rubricClaim: true,
        rubricEvidence: true,
        rubricReasoning: true,
        rubricRebuttal: true,
        feedback: true,
        joinedAt: true,
      },
    }),
    db.debatePost.findMany({
      where: { authorId: studentId, debate: where },
      select: {
        id: true,
        debate: { select: { assignment } },
        kind: true,
        side: true,
        claim: true,
        body: true,
        sourceTitle: true,
        sourceUrl: true,
        createdAt: true,
        editedAt: true,
        hiddenAt: true,
        quotes: { select: { quote: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.debateRating.findMany({
      where: { userId: studentId, post: { debate: where } },
      select: { postId: true, value: true, updatedAt: true, post: { select: { debate: { select: { assignment } } } } },
    }),
    db.debateReport.findMany({
      where: { reporterId: studentId, post: { debate: where } },
      select: { postId: true, reason: true, createdAt: true, post: { select: { debate: { select: { assignment } } } } },
    }),
  ]);
  const assignmentOf = (a: { title: string; classroom: { name: string } }) => ({
    assignment: a.title,
    class: a.classroom.name,
  });
  return {
    exportedAt: now.toISOString(),
    scope: scope.classroomIds === "all" ? "all classes" : "the requesting teacher's classes",
    account: user,
    classes: enrollments.map((e) => ({ class: e.classroom.name, joinedAt: e.createdAt })),
    reading: progress.map(({ assignment: a, ...rest }) => ({ ...assignmentOf(a), ...rest })),
    highlights: highlights.map(({ assignment: a, ...rest }) => ({ ...assignmentOf(a), ...rest })),
    quizAttempts: attempts.map(({ quiz, answers, score, ...rest }) => {
      const used = attempts.filter((a) => a.quiz.id === quiz.id).length;
      const view = studentResultsView(quiz, used, now);
      // The student's own copy shows no more than their quiz page does; a teacher's or an administrator's, all.
      const showScore = !scope.ownCopy || view.released;
      const showVerdicts = !scope.ownCopy || view.itemFeedback;
      return {
        ...assignmentOf(quiz.assignment),
        ...rest,
        score: showScore ? score : null,
        resultsReleased: view.released,
        answers: answers.map(({ item, value, autoScore, teacherScore, overrideReason, savedAt }) => ({
          item: item.key,
          prompt: promptOf(item.content),
          answer: parseValue(value),
          savedAt,
          ...(showVerdicts ? { autoScore, teacherScore, overrideReason } : {}),
        })),
      };
    }),
    debateSeats: seats.map(({ debate, ...rest }) => ({ ...assignmentOf(debate.assignment), ...rest })),
    debatePosts: posts.map(({ debate, quotes, hiddenAt, ...rest }) => ({
      ...assignmentOf(debate.assignment),
      ...rest,
      quotes: quotes.map((q) => q.quote),
      hiddenByTeacher: hiddenAt !== null,
    })),
    ratingsGiven: ratings.map(({ post, ...rest }) => ({ ...assignmentOf(post.debate.assignment), ...rest })),
    reportsMade: reports.map(({ post, ...rest }) => ({ ...assignmentOf(post.debate.assignment), ...rest })),
  };
}

export type StudentDataExport = Awaited<ReturnType<typeof studentDataExport>>;

/** The item's question in both languages (not its key or explanation). */
function promptOf(content: string): { zhHant: string; en: string } | null {
  const parsed = quizItemSchema.safeParse(JSON.parse(content));
  return parsed.success ? parsed.data.prompt : null;
}

function parseValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
