import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { arrangeColumns } from "./arrange";
import { boardPhase, findStudentBoard, findTeacherBoard, takeSeat } from "./board";
import { readChangedPosts, readPromptIds, readSeatIndexes, readStudentBoardHead } from "./board-change-rows";
import { canChangeOwnPost, canSee, type Phase, ratingsVisible } from "./phases";
import { deletedStudent, type PseudonymLocale, pseudonym } from "./pseudonyms";
import { parseRubricWording, type Rubric } from "./rubric";
import { activeSides, isSide, type Side } from "./sides";

/**
 * The board as one viewer may see it, decided here and only here: the opening phase shows students their
 * own posts only; a hidden post shows its reason to its author and is a placeholder for other students;
 * an anonymous board shows students pseudonyms (the teacher always sees names); rating totals appear for
 * students only once revealed or closed. The page and the live updates both render this.
 */
/**
 * Who looks at the board. `asClass`: the class's teacher showing it on a projector, seeing what every student
 * sees of others' posts (no hidden text, no own posts, pseudonyms when the board is anonymous).
 */
export type Viewer = { id: string; role: "TEACHER" | "STUDENT"; asClass?: boolean };

export type PostView = {
  id: string;
  parentId: string | null;
  depth: number;
  kind: string;
  side: Side | null;
  /** null for another student's hidden post, and for a deleted student's: only the placeholder is shown. */
  content: null | {
    claim: string;
    body: string;
    source: { title: string; url: string } | null;
    quotes: { paragraphId: string; position: number; start: number; end: number; quote: string }[];
  };
  author: string;
  mine: boolean;
  hidden: { reason: string } | null;
  /** Its author's account was deleted: shown as 「已刪除的同學」, its words gone (lib/privacy/delete-student.ts). */
  deleted: boolean;
  pinned: boolean;
  locked: boolean;
  createdAt: Date;
  ratings: { count: number; average: number } | null;
  myRating: number | null;
  /** Changed by its author after it was posted (everyone sees that it was). */
  edited: boolean;
  /** The words it had before each edit, oldest first: for the teacher only, else null. */
  revisions: { claim: string; body: string; replacedAt: Date }[] | null;
  /** The author's own post: what they may still do to it (lib/debate/phases.ts canChangeOwnPost). */
  own: { canEdit: boolean; canWithdraw: boolean } | null;
  replies: PostView[];
};

/** A teacher's prompt to the class, above the columns in every phase. */
export type PromptView = { id: string; body: string; author: string; createdAt: Date };

export type BoardView = Awaited<ReturnType<typeof loadBoardView>>;

export async function loadBoardView(
  db: Db,
  viewer: Viewer,
  assignmentId: string,
  locale: PseudonymLocale,
  now = new Date(),
) {
  const read = await readBoard(db, viewer, assignmentId, now);
  if (!read) return null;
  const { board, seat, phase, showRatings } = read;
  const [rows, pseudonymOf] = await Promise.all([
    readPostRows(db, read, { debateId: board.id }),
    readPseudonyms(db, board.id, locale),
  ]);
  const prompts: PromptView[] = rows
    .filter((row) => row.kind === "prompt")
    .map((row) => ({ id: row.id, body: row.body, author: row.author.displayName, createdAt: row.createdAt }));
  const posts = rows.flatMap((row) => postView(row, read, viewer, pseudonymOf, locale) ?? []);
  const sides = activeSides(board.thirdSideEnabled);

  return {
    board: {
      id: board.id,
      assignmentId: board.assignment.id,
      title: board.assignment.title,
      readingId: board.assignment.readingId,
      motion: board.motion,
      /** Everything the board's motion and side names are resolved from (lib/debate/wording.ts). */
      wording: {
        motion: board.motion,
        sideLabels: board.sideLabels,
        readingDefaults: board.assignment.reading.debateDefaults,
      },
      phase,
      rebuttalAt: board.rebuttalAt,
      closesAt: board.closesAt,
      sideMode: board.sideMode,
      steelman: board.steelman,
      anonymous: board.anonymous,
      ratingsVisible: showRatings,
      sides,
      /** The board's event number when this view was read (before its posts): the page's stream starts there. */
      eventSeq: board.eventSeq,
    },
    me: seat && {
      side: seat.side && isSide(seat.side) ? seat.side : null,
      pseudonym: pseudonym(seat.pseudonymIndex, locale),
      stanceBefore: seat.stanceBefore,
      stanceAfter: seat.stanceAfter,
      removed: seat.removedAt !== null,
      grade: teacherGrade(seat, board.rubricLevels),
    },
    prompts,
    /** Every post the viewer may see, oldest first, each without its replies (a page that merges changes). */
    posts,
    columns: arrangeColumns(posts, sides),
  };
}

/**
 * What changed on the board for this student since the event number `since` (their page's last read): the
 * posts stamped after it (DebatePost.changeSeq) or not stamped yet, through the same rules as the whole view
 * (postView), and what the page needs to tell whether merging them is enough (lib/debate/board-changes.ts):
 * the phase, whether ratings show, whether they were removed, how many posts they may see (a withdrawn post
 * leaves no row to stamp) and the prompts' ids. Read by SQL statements (lib/debate/board-change-rows.ts): each
 * open board asks once a second while the board is busy.
 */
export async function loadBoardChanges(
  db: Db,
  studentId: string,
  assignmentId: string,
  locale: PseudonymLocale,
  since: number,
  now = new Date(),
) {
  const head = await readStudentBoardHead(db, studentId, assignmentId, now);
  if (!head) return null;
  const seat = head.seatId
    ? { removedAt: head.removedAt, stanceBefore: head.stanceBefore }
    : await takeSeat(db, studentId, head.id);
  const phase = boardPhase(head, now);
  const showRatings = ratingsVisible({ phase, ratingsRevealedAt: head.ratingsRevealedAt, viewerIsTeacher: false });
  // seq: the board's event number, read before the posts: the page's next `since`.
  const answer = { seq: head.eventSeq, phase, ratingsVisible: showRatings };
  // What the board page shows them: a removed student, a notice; before they say where they stand, the
  // question alone (their first look at the others' arguments comes after it).
  if (seat.removedAt !== null) return { ...answer, removed: true, posts: [], visible: 0, promptIds: [] };
  if (seat.stanceBefore === null && phase !== "closed") return null;
  const read = { phase, seat, showRatings, owner: false, teacher: false, anonymous: head.anonymous };
  const [changed, seats, promptIds] = await Promise.all([
    readChangedPosts(db, head.id, studentId, since),
    head.anonymous ? readSeatIndexes(db, head.id) : [],
    readPromptIds(db, head.id),
  ]);
  const pseudonymOf = new Map(seats.map((s) => [s.userId, pseudonym(s.pseudonymIndex, locale)]));
  const seen = (mine: boolean) => canSee({ phase, viewerIsAuthor: mine, viewerIsTeacher: false, hidden: false });
  const viewer: Viewer = { id: studentId, role: "STUDENT" };
  // Counted with the posts when any were sent (a post made between two statements would otherwise be in one
  // and not the other, and the page would re-render for nothing).
  const counts = changed.counts ?? head;
  return {
    ...answer,
    removed: false,
    posts: changed.records.flatMap((row) => postView(row, read, viewer, pseudonymOf, locale) ?? []),
    visible: (seen(true) ? counts.myPosts : 0) + (seen(false) ? counts.posts - counts.myPosts : 0),
    promptIds,
  };
}

export type BoardChanges = NonNullable<Awaited<ReturnType<typeof loadBoardChanges>>>;

/** The board, the viewer's seat (taken on a student's first visit) and what follows from them and the clock. */
async function readBoard(db: Db, viewer: Viewer, assignmentId: string, now: Date) {
  const owner = viewer.role === "TEACHER";
  // What the viewer is shown: a teacher's view, or (projecting for the class) a student's.
  const teacher = owner && !viewer.asClass;
  const studentBoard = owner ? null : await findStudentBoard(db, viewer.id, assignmentId, now);
  const board = owner ? await findTeacherBoard(db, viewer.id, assignmentId) : studentBoard;
  if (!board) return null;
  // A student's seat is taken the first time they open the board (their pseudonym is fixed from then on).
  const seat = studentBoard ? (studentBoard.participants[0] ?? (await takeSeat(db, viewer.id, studentBoard.id))) : null;
  const phase: Phase = boardPhase(board, now);
  const showRatings = ratingsVisible({ phase, ratingsRevealedAt: board.ratingsRevealedAt, viewerIsTeacher: teacher });
  return { board, seat, phase, showRatings, owner, teacher, anonymous: board.anonymous && !teacher };
}

/** What postView needs to know of the board and the viewer's seat. */
type BoardRead = {
  phase: Phase;
  seat: { removedAt: Date | null } | null;
  showRatings: boolean;
  owner: boolean;
  teacher: boolean;
  anonymous: boolean;
};

function readPostRows(db: Db, read: BoardRead, where: Prisma.DebatePostWhereInput) {
  return db.debatePost.findMany({
    where,
    orderBy: { createdAt: "asc" },
    include: {
      author: { select: { displayName: true } },
      quotes: { include: { paragraph: { select: { position: true } } }, orderBy: { start: "asc" } },
      ratings: { select: { userId: true, value: true } },
      // Counted over every reply, shown or not: a reply the viewer cannot see still answers the post.
      _count: { select: { reports: { where: { resolvedAt: null } }, replies: true } },
      // The teacher sees what an edited post said before; nobody else is sent those words.
      revisions: read.teacher
        ? { select: { claim: true, body: true, replacedAt: true }, orderBy: { replacedAt: "asc" } }
        : false,
    },
  });
}

/** A post as read for the view: by the model query below, or by SQL (lib/debate/board-change-rows.ts). */
type PostRecord = {
  id: string;
  parentId: string | null;
  depth: number;
  kind: string;
  side: string | null;
  claim: string;
  body: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  pinned: boolean;
  locked: boolean;
  createdAt: Date;
  editedAt: Date | null;
  authorDeleted: boolean;
  authorId: string;
  author: { displayName: string };
  quotes: { paragraphId: string; start: number; end: number; quote: string; paragraph: { position: number } }[];
  ratings: { userId: string; value: number }[];
  _count: { replies: number; reports: number };
  /** Read for the teacher only. */
  revisions?: { claim: string; body: string; replacedAt: Date }[];
};

async function readPseudonyms(db: Db, debateId: string, locale: PseudonymLocale) {
  const seats = await db.debateParticipant.findMany({
    where: { debateId },
    select: { userId: true, pseudonymIndex: true },
  });
  return new Map(seats.map((s) => [s.userId, pseudonym(s.pseudonymIndex, locale)]));
}

/** One post as this viewer may see it, or null (a prompt, or a post the phase keeps from them). */
function postView(
  row: PostRecord,
  { phase, seat, teacher, owner, anonymous, showRatings }: BoardRead,
  viewer: Viewer,
  pseudonymOf: Map<string, string>,
  locale: PseudonymLocale,
): PostView | null {
  if (row.kind === "prompt") return null;
  const mine = !viewer.asClass && row.authorId === viewer.id;
  if (!canSee({ phase, viewerIsAuthor: mine, viewerIsTeacher: teacher, hidden: false })) return null;
  const hiddenForViewer = (row.hiddenAt !== null && !mine && !teacher) || row.authorDeleted;
  const values = row.ratings.map((r) => r.value);
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    kind: row.kind,
    side: row.side && isSide(row.side) ? row.side : null,
    content: hiddenForViewer
      ? null
      : {
          claim: row.claim,
          body: row.body,
          source: row.sourceTitle && row.sourceUrl ? { title: row.sourceTitle, url: row.sourceUrl } : null,
          quotes: row.quotes.map((q) => ({
            paragraphId: q.paragraphId,
            position: q.paragraph.position,
            start: q.start,
            end: q.end,
            quote: q.quote,
          })),
        },
    author: row.authorDeleted
      ? deletedStudent(locale)
      : anonymous && !mine
        ? (pseudonymOf.get(row.authorId) ?? "?")
        : row.author.displayName,
    mine,
    hidden: row.hiddenAt && (mine || teacher) && !row.authorDeleted ? { reason: row.hiddenReason ?? "" } : null,
    deleted: row.authorDeleted,
    pinned: row.pinned,
    locked: row.locked,
    createdAt: row.createdAt,
    ratings:
      showRatings && row.kind === "argument"
        ? { count: values.length, average: values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0 }
        : null,
    myRating: row.ratings.find((r) => r.userId === viewer.id)?.value ?? null,
    edited: row.editedAt !== null,
    revisions: teacher ? (row.revisions ?? []) : null,
    own:
      mine && !owner
        ? ownChanges({
            phase,
            removed: seat?.removedAt != null,
            answered: row._count.replies > 0 || row.ratings.length > 0,
            hidden: row.hiddenAt !== null,
            reported: row._count.reports > 0,
          })
        : null,
    replies: [],
  };
}

function ownChanges(f: { phase: Phase; removed: boolean; answered: boolean; hidden: boolean; reported: boolean }) {
  const canEdit = canChangeOwnPost({ ...f, change: "edit" }) === null;
  const canWithdraw = canChangeOwnPost({ ...f, change: "withdraw" }) === null;
  return canEdit || canWithdraw ? { canEdit, canWithdraw } : null;
}

/**
 * The teacher's rubric and private feedback for this student (their own seat only), or null before any,
 * with the board's wording of the rubric's levels (so the student reads what their score means).
 */
function teacherGrade(
  seat: {
    rubricClaim: number | null;
    rubricEvidence: number | null;
    rubricReasoning: number | null;
    rubricRebuttal: number | null;
    feedback: string;
  },
  rubricLevels: string,
) {
  const rubric: Rubric = {
    claim: seat.rubricClaim,
    evidence: seat.rubricEvidence,
    reasoning: seat.rubricReasoning,
    rebuttal: seat.rubricRebuttal,
  };
  const graded = Object.values(rubric).some((score) => score !== null);
  return graded || seat.feedback
    ? { rubric, feedback: seat.feedback, wording: parseRubricWording(rubricLevels) }
    : null;
}
