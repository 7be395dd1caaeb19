// `npm run retention [-- --now=2027-08-01T00:00:00Z]`: runs the retention job once (lib/privacy/retention.ts),
// as the server does at start and daily, and says what it deleted. --now runs it as of another moment (to see
// what a date would delete, or in the tests, with a clock they control).
import { createDb } from "../lib/db/client";
import { DatabaseUrlError, parseDatabaseUrl } from "../lib/db/database-url";
import { runRetention } from "../lib/privacy/retention";

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
const db = createDb(target);
try {
  const { warned, purged } = await runRetention(db, now);
  for (const p of purged)
    console.log(
      `class ${p.classroomId}: ${p.students} students' data deleted, ${p.postsKept} posts kept as placeholders`,
    );
  console.log(
    `Retention as of ${now.toISOString()}: ${purged.length} classes deleted, ${warned.length} teachers warned.`,
  );
} finally {
  await db.$disconnect();
}
