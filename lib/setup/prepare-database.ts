import { createDb } from "@/lib/db/client";
import { type DatabaseTarget, describeDatabase } from "@/lib/db/database-url";
import { isUniqueViolation } from "@/lib/db/errors";
import { applyMigrations } from "@/lib/db/migrate";
import { gradeUngradedAttempts } from "@/lib/quiz/attempts";
import { isDatabaseEmpty, seedDemo } from "@/lib/seed/demo";
import { seedLibrary } from "@/lib/seed/library";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/**
 * Applies pending migrations, adds the shared library, then the demo class to an empty database when asked to,
 * and grades any quiz attempt an earlier version left handed in without a grade.
 */
export async function prepareDatabase(target: DatabaseTarget, options: { seed: boolean }): Promise<string[]> {
  const log: string[] = [];
  let applied: string[];
  try {
    applied = await applyMigrations(target);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (
      target.provider === "postgresql" &&
      code &&
      /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|3D000|28P01|28000)$/.test(code)
    ) {
      const why =
        code === "3D000"
          ? "the database does not exist"
          : code.startsWith("28")
            ? "the login was refused"
            : "the server cannot be reached";
      throw new DatabaseUnavailableError(`Cannot use ${describeDatabase(target)}: ${why} (${code}).`);
    }
    if (target.provider === "sqlite" && code && /^(ENOTDIR|EEXIST|EACCES|EPERM|EROFS|ENOSPC|SQLITE_)/.test(code)) {
      throw new DatabaseUnavailableError(
        `Cannot use ${describeDatabase(target)}: ${(error as Error).message} (${code}).`,
      );
    }
    if (/timeout/i.test(String((error as Error).message))) {
      throw new DatabaseUnavailableError(`Cannot use ${describeDatabase(target)}: the connection timed out.`);
    }
    throw error;
  }
  log.push(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  const db = createDb(target);
  try {
    try {
      if (options.seed && (await isDatabaseEmpty(db))) {
        await seedDemo(db);
        log.push("Empty database: added the demo class. Its logins and passwords are published in the README:");
        log.push("for a real school, start with SEED_DEMO=false on an empty database.");
      } else {
        await seedLibrary(db);
      }
    } catch (error) {
      // Two servers starting on one empty database both try to seed; the second finds the rows there.
      if (!isUniqueViolation(error)) throw error;
    }
    const graded = await gradeUngradedAttempts(db);
    if (graded) log.push(`Graded ${graded} quiz attempt(s) left handed in without a grade by an earlier stop.`);
  } finally {
    await db.$disconnect();
  }
  return log;
}
