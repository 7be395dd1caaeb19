import { requireAdmin } from "@/lib/access";
import { recordAudit } from "@/lib/admin/audit";
import { NO_PASSWORD_YET } from "@/lib/auth/passwords";
import type { Db, Tx } from "@/lib/db/client";
import { boardPhase } from "@/lib/debate/board";
import { announce, tellAuthor } from "@/lib/debate/events";
import { ratingsVisible } from "@/lib/debate/phases";
import { fail } from "@/lib/errors";
import { DELETED_STUDENT_ID } from "./deleted-student-id";

export { DELETED_STUDENT_ID };

/**
 * Deletes a student's account and everything that is theirs (an administrator's act, audited without the
 * content): enrollments, reading progress, highlights and notes, quiz attempts and answers, debate seats,
 * ratings and reports go with the account. Their debate posts stay where they are in their threads, so the
 * replies of others keep their place, but lose their words, quotes, sources and earlier versions and show as
 * 「已刪除的同學」 (DebatePost.authorDeleted). All in one transaction; then each board the student wrote on,
 * rated or reported on is told, so the pages open on it show the placeholders and totals at once, and so is
 * each author whose post they rated or reported (lib/debate/events.ts authorBus): with those ratings and
 * reports gone, the author may be free to edit or withdraw it again.
 */
export async function deleteStudent(db: Db, adminId: string, studentId: string, now = new Date()) {
  await requireAdmin(db, adminId);
  const student = await db.user.findFirst({
    where: { id: studentId, role: "STUDENT", NOT: { id: DELETED_STUDENT_ID } },
    select: { id: true },
  });
  if (!student) fail("notFound");
  const {
    kept: posts,
    boards,
    authors,
  } = await db.$transaction(async (tx) => {
    const { boards, authors } = await touchedBy(tx, student.id);
    const kept = await removeStudentData(tx, student.id);
    await recordAudit(
      tx,
      {
        actorId: adminId,
        action: "student.delete",
        subjectId: student.id,
        detail: `${kept} posts kept as placeholders`,
      },
      now,
    );
    return { kept, boards, authors };
  });
  for (const debateId of boards) await announce(db, debateId, "moderation");
  for (const { debateId, authorId } of authors) await tellAuthor(debateId, authorId);
  return { postsKept: posts };
}

/**
 * What the student's deletion changes for others, read once: the boards where it changes what they see (the
 * student's posts, ratings and reports), and the authors, with their boards, of the posts they rated or reported.
 */
async function touchedBy(tx: Tx, studentId: string) {
  const posts = await tx.debatePost.findMany({
    where: {
      OR: [
        { authorId: studentId },
        { ratings: { some: { userId: studentId } } },
        { reports: { some: { reporterId: studentId } } },
      ],
    },
    select: { debateId: true, authorId: true, authorDeleted: true },
    distinct: ["debateId", "authorId"],
  });
  return {
    boards: [...new Set(posts.map((p) => p.debateId))],
    // Not the student themself (their account goes), nor a placeholder (nobody to tell).
    authors: posts.filter((p) => p.authorId !== studentId && !p.authorDeleted),
  };
}

/**
 * The part shared with the retention job (lib/privacy/retention.ts): the student's posts become placeholders
 * under DELETED_STUDENT_ID, then the account goes, and what hangs on it with it. Returns the posts kept.
 */
export async function removeStudentData(tx: Tx, studentId: string): Promise<number> {
  const kept = await postsToPlaceholders(tx, { authorId: studentId });
  await markRatedWhereRatingsShow(tx, studentId);
  await tx.user.delete({ where: { id: studentId } });
  return kept;
}

/**
 * A student's data in one class only (the retention job, for a student who is in other classes too): their
 * work on its assignments, their posts there as placeholders, and their place in the class. The account stays.
 */
export async function removeStudentClassData(tx: Tx, studentId: string, classroomId: string): Promise<number> {
  const inClass = { assignment: { classroomId } };
  const kept = await postsToPlaceholders(tx, { authorId: studentId, debate: inClass });
  await tx.readingProgress.deleteMany({ where: { userId: studentId, ...inClass } });
  await tx.highlight.deleteMany({ where: { userId: studentId, ...inClass } });
  await tx.quizAttempt.deleteMany({ where: { userId: studentId, quiz: inClass } });
  await markRatedWhereRatingsShow(tx, studentId, inClass);
  await tx.debateRating.deleteMany({ where: { userId: studentId, post: { debate: inClass } } });
  await tx.debateReport.deleteMany({ where: { reporterId: studentId, post: { debate: inClass } } });
  await tx.debateParticipant.deleteMany({ where: { userId: studentId, debate: inClass } });
  await tx.quizAccommodation.deleteMany({ where: { userId: studentId, quiz: inClass } });
  await tx.enrollment.deleteMany({ where: { userId: studentId, classroomId } });
  return kept;
}

/**
 * The posts this student rated on boards whose ratings the class sees, marked changed (unstamped,
 * lib/debate/events.ts): their totals move as the student's ratings go. Not the posts they rated before the
 * teacher revealed the ratings, nor those they reported: sent again to every open page, those would tell the
 * class what this student rated or reported (as rateArgument and reportPost in lib/debate/posts.ts avoid). The
 * teacher's pages re-render on every event and show the new totals and reports anyway; an author whose post
 * is free to edit again is told alone (deleteStudent).
 */
async function markRatedWhereRatingsShow(tx: Tx, studentId: string, debate?: { assignment: { classroomId: string } }) {
  const now = new Date();
  const rated = await tx.debatePost.findMany({
    where: { ...(debate ? { debate } : {}), ratings: { some: { userId: studentId } } },
    select: {
      id: true,
      debate: {
        select: { phase: true, rebuttalAt: true, closesAt: true, phaseSetAt: true, ratingsRevealedAt: true },
      },
    },
  });
  const shown = rated.filter(({ debate }) =>
    ratingsVisible({
      phase: boardPhase(debate, now),
      ratingsRevealedAt: debate.ratingsRevealedAt,
      viewerIsTeacher: false,
    }),
  );
  if (shown.length > 0)
    await tx.debatePost.updateMany({ where: { id: { in: shown.map((p) => p.id) } }, data: { changeSeq: null } });
}

/** Posts that lose their author and words but keep their place in the thread. Returns how many. */
async function postsToPlaceholders(
  tx: Tx,
  where: { authorId: string; debate?: { assignment: { classroomId: string } } },
) {
  await tx.user.upsert({
    where: { id: DELETED_STUDENT_ID },
    update: {},
    create: {
      id: DELETED_STUDENT_ID,
      role: "STUDENT",
      status: "disabled",
      loginName: "!deleted-student",
      displayName: "",
      passwordHash: NO_PASSWORD_YET,
    },
  });
  const posts = await tx.debatePost.findMany({ where, select: { id: true } });
  const ids = posts.map((p) => p.id);
  if (ids.length > 0) {
    await tx.debateQuote.deleteMany({ where: { postId: { in: ids } } });
    await tx.debatePostRevision.deleteMany({ where: { postId: { in: ids } } });
    await tx.debatePost.updateMany({
      where: { id: { in: ids } },
      data: {
        authorId: DELETED_STUDENT_ID,
        authorDeleted: true,
        claim: "",
        body: "",
        sourceTitle: null,
        sourceUrl: null,
        clientKey: null,
        hiddenReason: null,
        // Unstamped: every page's next read of the board's changes gets the placeholder (lib/debate/events.ts).
        changeSeq: null,
      },
    });
  }
  return ids.length;
}
