import { requireAdmin } from "@/lib/access";
import type { Db } from "@/lib/db/client";

/** A student an administrator looks up by login name (to export or delete their data), or null. */
export async function findStudentForAdmin(db: Db, adminId: string, loginName: string) {
  await requireAdmin(db, adminId);
  return db.user.findFirst({
    where: { loginName: loginName.trim().toLowerCase(), role: "STUDENT", status: "active" },
    select: {
      id: true,
      displayName: true,
      loginName: true,
      createdAt: true,
      enrollments: { select: { classroom: { select: { name: true } } } },
    },
  });
}
