import { managedTeacher, requireAdmin } from "@/lib/access";
import { newOneTimeCode, oneTimeCodeHash } from "@/lib/accounts/one-time-code";
import { storeResetCode } from "@/lib/accounts/password-reset";
import { type Db, isPostgres, type Tx } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { recordAudit } from "./audit";

/**
 * What a school administrator does to teacher accounts. Every function starts from requireAdmin, so a
 * teacher who is not one (or a disabled administrator) gets notFound, and names only teacher accounts
 * (managedTeacher), so no student can be approved, disabled or promoted here. Each change is audited.
 */

export const INVITE_DAYS = 7;

export async function listTeachers(db: Db, adminId: string) {
  await requireAdmin(db, adminId);
  const teachers = await db.user.findMany({
    where: { role: "TEACHER" },
    select: { id: true, displayName: true, email: true, status: true, isAdmin: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }],
  });
  // Waiting for approval first: that is what the administrator came for.
  const rank = (status: string) => (status === "pending" ? 0 : status === "active" ? 1 : 2);
  return teachers.sort((a, b) => rank(a.status) - rank(b.status));
}

/** A teacher who signed up under TEACHER_SIGNUP=approval may now sign in. */
export async function approveTeacher(db: Db, adminId: string, teacherId: string, now = new Date()) {
  await requireAdmin(db, adminId);
  if (teacherId === adminId) fail("notOwnAccount");
  const changed = await db.user.updateMany({
    where: { ...managedTeacher(teacherId), status: "pending" },
    data: { status: "active" },
  });
  if (changed.count !== 1) fail("notFound");
  await recordAudit(db, { actorId: adminId, action: "teacher.approve", subjectId: teacherId }, now);
}

/**
 * Turns a teacher's account off (every session ends at once: the session check wants status active) or on
 * again. Not one's own account; and not the last active administrator, so the school is never left with none.
 */
export async function setTeacherDisabled(
  db: Db,
  adminId: string,
  input: { teacherId: string; disabled: boolean },
  now = new Date(),
) {
  await requireAdmin(db, adminId);
  if (input.teacherId === adminId) fail("notOwnAccount");
  await db.$transaction(async (tx) => {
    if (input.disabled) await keepAnotherAdmin(tx, input.teacherId, isPostgres(db));
    const changed = await tx.user.updateMany({
      where: { ...managedTeacher(input.teacherId), status: input.disabled ? { not: "disabled" } : "disabled" },
      data: { status: input.disabled ? "disabled" : "active", sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) fail("notFound");
    const action = input.disabled ? "teacher.disable" : "teacher.enable";
    await recordAudit(tx, { actorId: adminId, action, subjectId: input.teacherId }, now);
  });
}

/** Makes a teacher an administrator, or takes the role away (one's own too, while another remains). */
export async function setAdministrator(
  db: Db,
  adminId: string,
  input: { teacherId: string; isAdmin: boolean },
  now = new Date(),
) {
  await requireAdmin(db, adminId);
  await db.$transaction(async (tx) => {
    if (!input.isAdmin) await keepAnotherAdmin(tx, input.teacherId, isPostgres(db));
    const changed = await tx.user.updateMany({
      where: { ...managedTeacher(input.teacherId), status: "active", isAdmin: !input.isAdmin },
      data: { isAdmin: input.isAdmin },
    });
    if (changed.count !== 1) fail("notFound");
    const action = input.isAdmin ? "admin.grant" : "admin.revoke";
    await recordAudit(tx, { actorId: adminId, action, subjectId: input.teacherId }, now);
  });
}

/**
 * Fails with lastAdmin when `leaving` is the only active administrator. On PostgreSQL the administrators' rows
 * are locked first, so two administrators removing each other at the same moment cannot leave none (SQLite
 * runs one write transaction at a time).
 */
async function keepAnotherAdmin(tx: Tx, leaving: string, postgres: boolean) {
  if (postgres) await tx.$queryRaw`SELECT "id" FROM "User" WHERE "isAdmin" = ${true} FOR UPDATE`;
  const others = await tx.user.count({ where: { isAdmin: true, status: "active", id: { not: leaving } } });
  if (others === 0) fail("lastAdmin");
}

/**
 * A one-time code with which a teacher who forgot their password sets a new one on the reset page (the
 * same mechanism as a teacher's code for a student). Shown to the administrator once. The teacher's sessions
 * end now: a reset is also what an administrator does when an account may be in someone else's hands.
 */
export async function issueTeacherResetCode(db: Db, adminId: string, teacherId: string, now = new Date()) {
  await requireAdmin(db, adminId);
  if (teacherId === adminId) fail("notOwnAccount");
  const teacher = await db.user.findFirst({ where: managedTeacher(teacherId), select: { id: true, loginName: true } });
  if (!teacher) fail("notFound");
  const issued = await storeResetCode(db, { userId: teacher.id, issuedById: adminId }, now);
  await db.user.update({ where: { id: teacher.id }, data: { sessionVersion: { increment: 1 } } });
  await recordAudit(db, { actorId: adminId, action: "password.reset", subjectId: teacher.id }, now);
  return { ...issued, loginName: teacher.loginName };
}

/**
 * An invite link's code for one new teacher: signs up without approval, under every policy, once, within
 * INVITE_DAYS. 16 characters (80 bits): a link is pasted, not typed. Only the hash is kept.
 */
export async function createTeacherInvite(db: Db, adminId: string, now = new Date()) {
  await requireAdmin(db, adminId);
  const { code } = newOneTimeCode(16);
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3_600_000);
  await db.teacherInvite.create({
    data: { codeHash: oneTimeCodeHash(code), createdById: adminId, createdAt: now, expiresAt },
  });
  await recordAudit(db, { actorId: adminId, action: "invite.create" }, now);
  return { code, expiresAt };
}
