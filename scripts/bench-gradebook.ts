// `npm run bench:gradebook`: a full class's gradebook. 40 students × 20 assignments, each assignment with all
// three parts on and every student having read it, handed in its quiz, a rubric scored and three posts on its
// board; the teacher opens the gradebook page 30 times one after another, then downloads its CSV 10 times.
// Prints p50/p95/max of each and the page's size, and exits 1 unless the page's p95 < 500 ms, the CSV's
// p95 < 500 ms and no request failed.
//
// How: builds if needed, serves the production build (scripts/start.ts) on a throw-away SQLite database with
// the demo class, writes the class's data straight to the database (not measured), signs the demo teacher in
// over HTTP. Each request is request sent → whole reply read; the first page view is a warm-up, not counted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createAssignment } from "../lib/assignments/assignments";
import { hashPassword } from "../lib/auth/passwords";
import { createDb, type Db } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { LIBRARY_READING_ID } from "../lib/seed/library";
import { signIn, waitFor } from "./lib/http";
import { latencyTable, type Sample, summarize } from "./lib/latency";
import { ensureCurrentBuild, startBenchServer } from "./lib/server";

const STUDENTS = 40;
const ASSIGNMENTS = 20;
const PAGE_VIEWS = 30;
const CSV_DOWNLOADS = 10;
const TARGET_P95_MS = 500;

const PORT = 3196;
const base = `http://localhost:${PORT}`;
const CLASSROOM = "demo-class";
const TEACHER = { id: "demo-teacher", login: "teacher@demo.school", password: "demo-teacher-h20" };
const gradebookPath = `/teacher/classes/${CLASSROOM}/gradebook`;

ensureCurrentBuild();
if (
  await fetch(base).then(
    () => true,
    () => false,
  )
)
  throw new Error(`port ${PORT} is already in use`);

const dir = mkdtempSync(path.join(tmpdir(), "classroom-bench-"));
const databaseUrl = `file:${dir}/bench.db`;
const serverLog = path.join(dir, "server.log");
const server = startBenchServer(PORT, databaseUrl, serverLog);
process.on("SIGINT", () => {
  server.stop();
  process.exit(130);
});

let passed = false;
let db: Db | undefined;
try {
  await waitFor(`${base}/api/health`);
  db = createDb(parseDatabaseUrl(databaseUrl));
  await fillClass(db);
  const cookie = await signIn(base, TEACHER.login, TEACHER.password);
  await timedGet(cookie, gradebookPath, "page"); // warm-up
  const samples: Sample[] = [];
  let pageBytes = 0;
  for (let i = 0; i < PAGE_VIEWS; i++) {
    const { sample, bytes } = await timedGet(cookie, gradebookPath, "page");
    samples.push(sample);
    pageBytes = bytes;
  }
  for (let i = 0; i < CSV_DOWNLOADS; i++)
    samples.push((await timedGet(cookie, `${gradebookPath}/export`, "csv")).sample);
  passed = report(samples, pageBytes);
  rmSync(dir, { recursive: true, force: true });
} catch (error) {
  console.error(`bench:gradebook stopped; the server's output is in ${serverLog}`);
  throw error;
} finally {
  server.stop();
  await db?.$disconnect();
}
process.exit(passed ? 0 : 1);

/** Setup, not measured: the students, the assignments and every student's work on each. */
async function fillClass(db: Db) {
  const passwordHash = await hashPassword("bench-student-password");
  const students: string[] = [];
  for (let i = 1; i <= STUDENTS; i++) {
    const n = String(i).padStart(2, "0");
    const user = await db.user.create({
      data: { role: "STUDENT", loginName: `grade${n}`, displayName: `成績學生 ${n}`, passwordHash },
    });
    await db.enrollment.create({ data: { classroomId: CLASSROOM, userId: user.id } });
    students.push(user.id);
  }
  const paragraphs = await db.readingParagraph.count({ where: { readingId: LIBRARY_READING_ID } });
  for (let a = 1; a <= ASSIGNMENTS; a++) {
    const { id } = await createAssignment(db, TEACHER.id, {
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: `第 ${a} 週`,
      instructions: "",
      opensAt: new Date(Date.UTC(2026, 8, a)),
      readingEnabled: true,
      quizEnabled: true,
      debateEnabled: true,
    });
    const { quiz, debate } = await db.assignment.findUniqueOrThrow({
      where: { id },
      select: { quiz: { select: { id: true } }, debate: { select: { id: true } } },
    });
    await db.readingProgress.createMany({
      data: students.map((userId, i) => ({
        assignmentId: id,
        userId,
        furthestPosition: (i * 7) % (paragraphs + 1),
        markedReadAt: i % 3 === 0 ? new Date() : null,
      })),
    });
    await db.quizAttempt.createMany({
      data: students.map((userId, i) => ({
        quizId: quiz!.id,
        userId,
        number: 1,
        status: "graded",
        submittedAt: new Date(),
        score: i % 28,
        maxScore: 27,
      })),
    });
    await db.debateParticipant.createMany({
      data: students.map((userId, i) => ({
        debateId: debate!.id,
        userId,
        pseudonymIndex: i,
        side: i % 2 ? "second" : "first",
        rubricClaim: 1 + (i % 4),
        rubricEvidence: 1 + ((i + 1) % 4),
      })),
    });
    await db.debatePost.createMany({
      data: students.flatMap((authorId) =>
        ["argument", "support", "rebut"].map((kind) => ({ debateId: debate!.id, authorId, kind, body: "內容" })),
      ),
    });
  }
}

async function timedGet(cookie: string, pathname: string, kind: string) {
  const sentAt = performance.now();
  try {
    const reply = await fetch(base + pathname, { headers: { cookie } });
    const body = await reply.arrayBuffer();
    const ok = reply.status === 200 && (kind !== "page" || new TextDecoder().decode(body).includes("成績學生 40"));
    return {
      sample: { kind, sentAt, ms: performance.now() - sentAt, ok, problem: ok ? undefined : `status ${reply.status}` },
      bytes: body.byteLength,
    };
  } catch (error) {
    return { sample: { kind, sentAt, ms: performance.now() - sentAt, ok: false, problem: String(error) }, bytes: 0 };
  }
}

function report(samples: Sample[], pageBytes: number): boolean {
  console.log(`bench:gradebook: ${STUDENTS} students × ${ASSIGNMENTS} assignments, one request at a time`);
  for (const line of latencyTable(samples, ["page", "csv"])) console.log(`  ${line}`);
  console.log(`  page: ${(pageBytes / 1024).toFixed(1)} KB of HTML`);
  const page = summarize(samples.filter((s) => s.kind === "page"));
  const csv = summarize(samples.filter((s) => s.kind === "csv"));
  const checks = [
    [`page p95 < ${TARGET_P95_MS} ms`, page.p95 < TARGET_P95_MS],
    [`CSV p95 < ${TARGET_P95_MS} ms`, csv.p95 < TARGET_P95_MS],
    ["no failed request", page.errors + csv.errors === 0],
  ] as const;
  for (const [name, ok] of checks) console.log(`  ${ok ? "PASS" : "FAIL"} ${name}`);
  return checks.every(([, ok]) => ok);
}
