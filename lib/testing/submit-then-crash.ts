// Run as a child process by lib/quiz/hand-in-crash.db.test.ts: submits a quiz attempt, and is killed with
// SIGKILL (as a power cut or the kernel's out-of-memory killer would) at the COMMIT of the grade: the moment
// at which a hand-in in two steps (status first, then the grade) had handed the attempt in without a grade.
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/database-url";
import { submitAttempt } from "@/lib/quiz/attempts";

const [url, studentId, attemptId] = process.argv.slice(2) as [string, string, string];
let gradeWritten = false;

function watch(query: SqlQuery) {
  if (/^\s*UPDATE\b[\s\S]*\bQuizAttempt\b[\s\S]*\bscore\b/i.test(query.sql)) gradeWritten = true;
  if (/^\s*COMMIT\s*$/i.test(query.sql) && gradeWritten) process.kill(process.pid, "SIGKILL");
}

function watched<T extends Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">>(queryable: T): T {
  const [queryRaw, executeRaw] = [queryable.queryRaw.bind(queryable), queryable.executeRaw.bind(queryable)];
  queryable.queryRaw = (query) => {
    watch(query);
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    watch(query);
    return executeRaw(query);
  };
  return queryable;
}

const db = createDb(parseDatabaseUrl(url), {
  hook: (adapter) => {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (level) => watched<Transaction>(await startTransaction(level));
    return watched(adapter);
  },
});
await submitAttempt(db, studentId, attemptId);
console.log("submitted, and no COMMIT came after the grade was written");
await db.$disconnect();
