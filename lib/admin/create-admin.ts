import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "./audit";

export class CreateAdminError extends Error {}

/**
 * The first administrator (or another), made on the server by `npm run admin:create`. A new email becomes an
 * active teacher account with the administrator role; an existing teacher's account gets the role, the password
 * given and is made active (a way back in for a school whose only administrator forgot theirs; their other
 * sessions end). A student's login is refused.
 */
export async function createOrPromoteAdmin(
  db: Db,
  input: { email: string; displayName: string; password: string },
  now = new Date(),
): Promise<"created" | "promoted"> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { loginName: input.email }, select: { id: true, role: true } });
  if (existing && existing.role !== "TEACHER")
    throw new CreateAdminError(`${input.email} is a student's login, not a teacher's: choose another email.`);
  if (existing) {
    await db.user.update({
      where: { id: existing.id },
      data: { isAdmin: true, status: "active", passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAudit(db, { actorId: null, action: "admin.create", subjectId: existing.id, detail: "promoted" }, now);
    return "promoted";
  }
  const user = await db.user.create({
    data: {
      role: "TEACHER",
      isAdmin: true,
      status: "active",
      email: input.email,
      loginName: input.email,
      displayName: input.displayName,
      passwordHash,
    },
    select: { id: true },
  });
  await recordAudit(db, { actorId: null, action: "admin.create", subjectId: user.id, detail: "created" }, now);
  return "created";
}
