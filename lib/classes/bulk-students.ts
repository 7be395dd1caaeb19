import { stringify } from "csv-stringify/sync";
import { activeTeacherClassroom } from "@/lib/access";
import { replaceResetCode, storeResetCode } from "@/lib/accounts/password-reset";
import { NO_PASSWORD_YET } from "@/lib/auth/passwords";
import { type Db, isPostgres, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";

/** A new account's first code lasts longer than a reset's day: handouts go out over a week of lessons. */
export const FIRST_CODE_HOURS = 14 * 24;

export type AddedStudent = { name: string; loginName: string; code: string };

/**
 * Students a teacher adds from a list of names (no email needed, decision 0046): each gets an account in the
 * class, a login name made from the class's join code and a number ("k7qm01"), and a one-time code with which
 * they set their own password on the reset page. Codes are shown once (only hashes are kept).
 * One transaction: all the list's accounts, or none. With a client key, the same list sent again (its reply
 * was lost, or a double click sent it twice at once) gives the same accounts new codes instead of adding them
 * twice: those still in the class.
 */
export async function addStudentsFromList(
  db: Db,
  teacherId: string,
  input: { classroomId: string; names: string[]; clientKey?: string },
  now = new Date(),
): Promise<{ students: AddedStudent[]; expiresAt: Date }> {
  const classroom = await db.classroom.findFirst({
    where: { id: input.classroomId, ...activeTeacherClassroom(teacherId) },
    select: { id: true, joinCode: true },
  });
  if (!classroom) fail("notFound");
  const batch = input.clientKey ? `${teacherId}:${input.clientKey}` : null;
  const prefix = loginPrefix(classroom.joinCode);
  for (let attempt = 0; ; attempt++) {
    try {
      const added = await db.$transaction(async (tx) => {
        // The same list sent twice at once: the second waits here for the first (on SQLite every write
        // transaction waits its turn), then finds its accounts instead of adding them again.
        if (isPostgres(db)) await tx.$queryRaw`SELECT "id" FROM "Classroom" WHERE "id" = ${classroom.id} FOR UPDATE`;
        const earlier = batch ? await earlierBatch(tx, batch, classroom.id) : null;
        if (earlier) return { earlier };
        return { created: await createAll(tx, teacherId, classroom.id, input.names, prefix, batch, now) };
      });
      if (added.earlier) {
        // The list's reply was lost and its students have all left the class since: an empty handout would
        // look like a list of nobody.
        if (added.earlier.length === 0) fail("bulkStudentsLeft");
        return reissue(db, teacherId, added.earlier, now);
      }
      const { created } = added;
      console.info(
        `[${now.toISOString()}] ${created.length} students added from a list by user ${teacherId} (class ${classroom.id})`,
      );
      return { students: created, expiresAt: new Date(now.getTime() + FIRST_CODE_HOURS * 3_600_000) };
    } catch (error) {
      // Another list took one of the same login names at the same moment: number again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/**
 * The accounts an earlier sending of the same list made, or null if there was none. Only those still in
 * this class get new codes: one since moved to another teacher's class is no longer this teacher's to
 * reset (lib/access.ts, studentOfTeacherClassroom).
 */
async function earlierBatch(tx: Tx, batch: string, classroomId: string) {
  const accounts = await tx.user.findMany({
    where: { addedInBatch: batch, role: "STUDENT" },
    select: {
      id: true,
      displayName: true,
      loginName: true,
      enrollments: { where: { classroomId }, select: { classroomId: true } },
    },
    orderBy: { loginName: "asc" },
  });
  if (accounts.length === 0) return null;
  return accounts.filter((a) => a.enrollments.length > 0);
}

/** The first four letters or digits of the join code, lower case: short, and the same for the whole class. */
export function loginPrefix(joinCode: string): string {
  return joinCode
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 4)
    .padEnd(3, "s");
}

async function createAll(
  tx: Tx,
  teacherId: string,
  classroomId: string,
  names: string[],
  prefix: string,
  batch: string | null,
  now: Date,
): Promise<AddedStudent[]> {
  const taken = new Set(
    (await tx.user.findMany({ where: { loginName: { startsWith: prefix } }, select: { loginName: true } })).map(
      (u) => u.loginName,
    ),
  );
  const loginNames: string[] = [];
  for (let n = 1; loginNames.length < names.length; n++) {
    const candidate = `${prefix}${String(n).padStart(2, "0")}`;
    if (!taken.has(candidate)) loginNames.push(candidate);
  }
  const created: AddedStudent[] = [];
  for (const [i, name] of names.entries()) {
    const loginName = loginNames[i]!;
    const user = await tx.user.create({
      data: {
        role: "STUDENT",
        displayName: name,
        loginName,
        passwordHash: NO_PASSWORD_YET,
        addedInBatch: batch,
        enrollments: { create: { classroomId } },
      },
      select: { id: true },
    });
    const { code } = await replaceResetCode(tx, { userId: user.id, issuedById: teacherId }, now, FIRST_CODE_HOURS);
    created.push({ name, loginName, code });
  }
  return created;
}

async function reissue(
  db: Db,
  teacherId: string,
  accounts: { id: string; displayName: string; loginName: string }[],
  now: Date,
) {
  const students: AddedStudent[] = [];
  let expiresAt = now;
  for (const account of accounts) {
    const issued = await storeResetCode(db, { userId: account.id, issuedById: teacherId }, now, FIRST_CODE_HOURS);
    expiresAt = issued.expiresAt;
    students.push({ name: account.displayName, loginName: account.loginName, code: issued.code });
  }
  return { students, expiresAt };
}

/** The handout as CSV: name, login name, code, where to use it (UTF-8 with BOM for Excel, no formulas). */
export function addedStudentsCsv(
  students: AddedStudent[],
  words: { name: string; loginName: string; code: string; where: string },
  url: string,
): string {
  const rows = students.map((s) => [s.name, s.loginName, s.code, url]);
  return (
    "\uFEFF" +
    stringify([[words.name, words.loginName, words.code, words.where], ...rows], {
      record_delimiter: "windows",
      escape_formulas: true,
    })
  );
}
