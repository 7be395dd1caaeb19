import { teacherClassroom } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { RUBRIC_TOTAL_MAX } from "@/lib/debate/rubric";

/** One student's reading of one assignment; null when the assignment has no reading part. */
export type ReadingCell = { opened: boolean; percent: number; read: boolean };
/** Their counted (latest) quiz attempt; null when the quiz is off. */
export type QuizCell = {
  status: "not_started" | "in_progress" | "submitted" | "graded";
  score: number | null;
  maxScore: number | null;
};
/** Their board: the teacher's rubric total (null until one criterion is scored) and how often they posted. */
export type DebateCell = { rubricTotal: number | null; rubricMax: number; arguments: number; replies: number };
export type GradebookCell = { reading: ReadingCell | null; quiz: QuizCell | null; debate: DebateCell | null };

export type GradebookAssignment = {
  id: string;
  title: string;
  opensAt: Date;
  dueAt: Date | null;
  /** Its parts that are on: each has its columns. */
  parts: { reading: boolean; quiz: boolean; debate: boolean };
};
export type GradebookRow = {
  studentId: string;
  displayName: string;
  loginName: string;
  /** One per assignment, in the assignments' order. */
  cells: GradebookCell[];
};
export type Gradebook = NonNullable<Awaited<ReturnType<typeof loadGradebook>>>;

/**
 * The class's gradebook: every enrolled student × every assignment (oldest first), with what they read, their
 * quiz score and their board's rubric and posts. null unless the class is this teacher's (checked in the
 * query; an archived class still has its gradebook). `only` narrows it to one enrolled student (their page;
 * no rows if they are not in the class). Five queries whatever the class's size, each over the
 * whole class at once, so 40 students × 20 assignments costs what 3 × 1 does plus the rows.
 */
export async function loadGradebook(db: Db, teacherId: string, classroomId: string, only?: { studentId: string }) {
  const classroom = await db.classroom.findFirst({
    where: { id: classroomId, ...teacherClassroom(teacherId) },
    select: {
      id: true,
      name: true,
      archived: true,
      enrollments: {
        where: only ? { userId: only.studentId } : undefined,
        select: { user: { select: { id: true, displayName: true, loginName: true } } },
      },
      assignments: {
        orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          opensAt: true,
          dueAt: true,
          readingEnabled: true,
          quizEnabled: true,
          debateEnabled: true,
          reading: { select: { _count: { select: { paragraphs: true } } } },
          quiz: { select: { id: true } },
          debate: { select: { id: true } },
        },
      },
    },
  });
  if (!classroom) return null;
  const { assignments } = classroom;
  // Sorted here rather than in SQL: SQLite and PostgreSQL collate Chinese names differently.
  const students = classroom.enrollments
    .map((e) => e.user)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "zh-Hant"));
  const studentIds = students.map((s) => s.id);
  const quizIds = assignments.flatMap((a) => (a.quiz ? [a.quiz.id] : []));
  const debateIds = assignments.flatMap((a) => (a.debate ? [a.debate.id] : []));

  const [progress, attempts, seats, posts] = await Promise.all([
    db.readingProgress.findMany({
      where: { assignmentId: { in: assignments.map((a) => a.id) }, userId: { in: studentIds } },
      select: { assignmentId: true, userId: true, furthestPosition: true, markedReadAt: true },
    }),
    db.quizAttempt.findMany({
      where: { quizId: { in: quizIds }, userId: { in: studentIds } },
      orderBy: { number: "desc" },
      select: { quizId: true, userId: true, status: true, score: true, maxScore: true },
    }),
    db.debateParticipant.findMany({
      where: { debateId: { in: debateIds }, userId: { in: studentIds } },
      select: {
        debateId: true,
        userId: true,
        rubricClaim: true,
        rubricEvidence: true,
        rubricReasoning: true,
        rubricRebuttal: true,
      },
    }),
    // Posts a teacher hid still count as taking part: the gradebook says how often a student spoke.
    db.debatePost.groupBy({
      by: ["debateId", "authorId", "kind"],
      where: { debateId: { in: debateIds }, authorId: { in: studentIds } },
      _count: { _all: true },
    }),
  ]);

  const key = (a: string, b: string) => `${a} ${b}`;
  const progressOf = new Map(progress.map((p) => [key(p.assignmentId, p.userId), p]));
  const latestAttempt = new Map<string, (typeof attempts)[number]>();
  for (const a of attempts)
    if (!latestAttempt.has(key(a.quizId, a.userId))) latestAttempt.set(key(a.quizId, a.userId), a);
  const seatOf = new Map(seats.map((s) => [key(s.debateId, s.userId), s]));
  const postCount = new Map<string, { arguments: number; replies: number }>();
  for (const p of posts) {
    const k = key(p.debateId, p.authorId);
    const count = postCount.get(k) ?? { arguments: 0, replies: 0 };
    if (p.kind === "argument") count.arguments += p._count._all;
    else count.replies += p._count._all;
    postCount.set(k, count);
  }

  const rows: GradebookRow[] = students.map((s) => ({
    studentId: s.id,
    displayName: s.displayName,
    loginName: s.loginName,
    cells: assignments.map((a) => {
      const p = progressOf.get(key(a.id, s.id));
      const paragraphs = a.reading._count.paragraphs;
      const attempt = a.quiz ? latestAttempt.get(key(a.quiz.id, s.id)) : undefined;
      const seat = a.debate ? seatOf.get(key(a.debate.id, s.id)) : undefined;
      const scored = seat
        ? [seat.rubricClaim, seat.rubricEvidence, seat.rubricReasoning, seat.rubricRebuttal].filter(
            (n): n is number => n !== null,
          )
        : [];
      const spoke = a.debate ? postCount.get(key(a.debate.id, s.id)) : undefined;
      return {
        reading: a.readingEnabled
          ? {
              opened: Boolean(p),
              percent: p && paragraphs ? Math.round((100 * p.furthestPosition) / paragraphs) : 0,
              read: Boolean(p?.markedReadAt),
            }
          : null,
        quiz: a.quizEnabled
          ? {
              status: (attempt?.status as QuizCell["status"] | undefined) ?? "not_started",
              score: attempt && attempt.status !== "in_progress" ? attempt.score : null,
              maxScore: attempt?.maxScore ?? null,
            }
          : null,
        debate: a.debateEnabled
          ? {
              rubricTotal: scored.length ? scored.reduce((sum, n) => sum + n, 0) : null,
              rubricMax: RUBRIC_TOTAL_MAX,
              arguments: spoke?.arguments ?? 0,
              replies: spoke?.replies ?? 0,
            }
          : null,
      };
    }),
  }));

  return {
    classroom: { id: classroom.id, name: classroom.name, archived: classroom.archived },
    assignments: assignments.map(
      (a): GradebookAssignment => ({
        id: a.id,
        title: a.title,
        opensAt: a.opensAt,
        dueAt: a.dueAt,
        parts: { reading: a.readingEnabled, quiz: a.quizEnabled, debate: a.debateEnabled },
      }),
    ),
    rows,
  };
}
