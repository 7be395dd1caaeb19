// `npm run retention [-- --dry-run] [-- --now=2027-08-01T00:00:00Z]`: runs the retention job once
// (lib/privacy/retention.ts), as the server does at start and daily, and says what it deleted. --dry-run deletes
// nothing and says what the job would delete and whom it would warn. --now runs it as of another moment: with
// --dry-run, to see what a date would delete; without it, it deletes what would be due then.
import { createDb } from "../lib/db/client";
import { DatabaseUrlError, describeDatabase, missingSqliteDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { retentionPlan, runRetention } from "../lib/privacy/retention";

const dryRun = process.argv.includes("--dry-run");
const nowArg = process.argv.find((a) => a.startsWith("--now="))?.slice("--now=".length);
const now = nowArg ? new Date(nowArg) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now=${nowArg} is not a date and time (e.g. 2027-08-01T00:00:00Z).`);
  process.exit(1);
}
let target: ReturnType<typeof parseDatabaseUrl>;
try {
  target = parseDatabaseUrl(process.env.DATABASE_URL);
} catch (error) {
  console.error(error instanceof DatabaseUrlError ? error.message : String(error));
  process.exit(1);
}
console.log(`Database: ${describeDatabase(target)}`);
const missing = missingSqliteDatabase(target);
if (missing) {
  console.error(`Cannot run the retention job: ${missing}`);
  process.exit(1);
}
const db = createDb(target);
try {
  if (dryRun) await sayWhatItWouldDo();
  else await runIt();
} catch (error) {
  // Prisma's "table does not exist": a database the app never started on (the server migrates as it starts).
  console.error(
    (error as { code?: string }).code === "P2021"
      ? "This database has no tables yet: start the app on it once (npm start), or run npm run db:migrate."
      : `The retention job failed: ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

async function runIt() {
  const { warned, purged } = await runRetention(db, now);
  for (const p of purged)
    console.log(
      `class ${p.classroomId}: ${p.students} students' data deleted, ${p.postsKept} posts kept as placeholders`,
    );
  console.log(
    `Retention as of ${now.toISOString()}: ${purged.length} classes deleted, ${warned.length} teachers warned.`,
  );
}

async function sayWhatItWouldDo() {
  const { due, toWarn } = await retentionPlan(db, now);
  for (const c of due) console.log(`class ${c.classroomId} (${c.name}): ${c.students} students' data would be deleted`);
  for (const c of toWarn)
    console.log(
      `class ${c.classroomId} (${c.name}): its teacher would be told it is deleted on ${c.deletesAt.toISOString()}`,
    );
  console.log(
    `Dry run as of ${now.toISOString()}, nothing changed: ${due.length} classes would be deleted, ${toWarn.length} teachers warned.`,
  );
}
