// `npm run bench:reader`: a class opens the reading at once (issue 18). Two measurements on one server process
// (SQLite, the production build, the demo class):
//
// 1. The burst: 40 students open the reader for the first time, evenly within 2 s, while 40 others each save two
//    quiz answers in the same 2 s. Prints p50/p95/p99 per kind; target: the reader's p99 under 500 ms, 0 errors,
//    0 lost answers.
// 2. Throughput against a bare server: autocannon, 40 connections for 10 s, on the reader page as the signed-in
//    students (their cookies in turn), then on a bare `node:http` server (another process on this machine)
//    answering every request with the same page's bytes. Prints both rates and their ratio; target ≥ 0.05.
//
// Setup (students, sign-ins, quiz attempts, one warm-up open by another student) is not measured. Exits 1 unless
// every target is met. `--duration=S` sets the throughput runs' length in seconds.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { hashPassword } from "../lib/auth/passwords";
import { createDb, type Db } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { signIn, waitFor } from "./lib/http";
import { latencyTable, measure, type Sample, summarize } from "./lib/latency";
import { ensureCurrentBuild, startBenchServer } from "./lib/server";

const READERS = 40;
const SAVERS = 40;
const SAVES_EACH = 2;
const WINDOW_MS = 2000;
const TARGET_P99_MS = 500;
const TARGET_RATIO = 0.05;
const CONNECTIONS = 40;
const DURATION_S = Number(process.argv.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 10);
if (!(DURATION_S > 0)) throw new Error("--duration must be a positive number of seconds");

const PORT = 3197;
const BARE_PORT = 3196;
const base = `http://localhost:${PORT}`;
const CLASSROOM = "demo-class";
const ASSIGNMENT = "demo-assignment-h20";
const readerPath = `/student/assignments/${ASSIGNMENT}`;
const PASSWORD = "bench-student-password";

const KINDS = ["reader", "save"] as const;
type Kind = (typeof KINDS)[number];
type Student = { userId: string; cookie: string };
type Saver = Student & { attemptId: string; answers: string[] };

ensureCurrentBuild();
if (
  await fetch(base).then(
    () => true,
    () => false,
  )
)
  throw new Error(`port ${PORT} is already in use`);

const dir = mkdtempSync(path.join(tmpdir(), "classroom-bench-reader-"));
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
  const items = await singleChoiceItems(db);
  const passwordHash = await hashPassword(PASSWORD);
  const readers = await addStudents(db, passwordHash, "reader", READERS);
  const savers = await prepareSavers(db, await addStudents(db, passwordHash, "saver", SAVERS), items);
  // One open by someone else first, as on a server that has been running: its caches and code are warm.
  const [warm] = await addStudents(db, passwordHash, "warm", 1);
  const page = await fetch(base + readerPath, { headers: { cookie: warm!.cookie } });
  const html = await page.text();
  if (readerProblem(page.status, html)) throw new Error(`the warm-up open: ${readerProblem(page.status, html)}`);

  const burst = await runBurst(readers, savers, items);
  const lost = await lostAnswers(db, savers, items);
  const burstPassed = reportBurst(burst.samples, burst.elapsedMs, lost);

  const reader = await throughput(readers.map((r) => r.cookie));
  const bare = await bareThroughput(html);
  const ratio = reader.rate / bare.rate;
  console.log(`throughput, autocannon ${CONNECTIONS} connections × ${DURATION_S} s:`);
  console.log(
    `  reader page:  ${reader.rate.toFixed(1)} requests/s, p99 ${reader.p99} ms, ${reader.errors} errors (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB a page)`,
  );
  console.log(`  bare node:http, same bytes: ${bare.rate.toFixed(1)} requests/s, p99 ${bare.p99} ms`);
  const ratioPassed = ratio >= TARGET_RATIO && reader.errors === 0;
  console.log(
    `${ratioPassed ? "PASS" : "FAIL"}: ratio ${ratio.toFixed(3)} ${ratio >= TARGET_RATIO ? "≥" : "<"} ${TARGET_RATIO}${reader.errors ? `, ${reader.errors} errors` : ""}`,
  );
  passed = burstPassed && ratioPassed;
  rmSync(dir, { recursive: true, force: true });
} catch (error) {
  console.error(`bench:reader stopped; the server's output is in ${serverLog}`);
  throw error;
} finally {
  server.stop();
  await db?.$disconnect();
}
process.exit(passed ? 0 : 1);

/** The quiz's single-choice items: each saver answers the first SAVES_EACH of them. */
async function singleChoiceItems(db: Db): Promise<{ id: string; optionKeys: string[] }[]> {
  const { readingId } = await db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } });
  const items = await db.quizItem.findMany({
    where: { readingId, type: "single", retiredAt: null },
    orderBy: { position: "asc" },
    take: SAVES_EACH,
  });
  if (items.length < SAVES_EACH) throw new Error(`the demo quiz has fewer than ${SAVES_EACH} single-choice items`);
  return items.map((item) => ({
    id: item.id,
    optionKeys: (JSON.parse(item.content) as { options: { key: string }[] }).options.map((o) => o.key),
  }));
}

/** Students in the demo class, signed in over HTTP. */
async function addStudents(db: Db, passwordHash: string, prefix: string, count: number): Promise<Student[]> {
  const students: Student[] = [];
  for (let i = 1; i <= count; i++) {
    const loginName = `${prefix}${String(i).padStart(2, "0")}`;
    const user = await db.user.create({
      data: { role: "STUDENT", loginName, displayName: `Bench ${loginName}`, passwordHash },
    });
    await db.enrollment.create({ data: { classroomId: CLASSROOM, userId: user.id } });
    students.push({ userId: user.id, cookie: await signIn(base, loginName, PASSWORD) });
  }
  return students;
}

/** Each saver starts an attempt with the start button's form post; their answers differ from one another. */
async function prepareSavers(db: Db, students: Student[], items: { optionKeys: string[] }[]): Promise<Saver[]> {
  for (const s of students) {
    const reply = await fetch(`${base}/api/quiz/start`, {
      method: "POST",
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded", referer: base + readerPath },
      body: new URLSearchParams({ assignmentId: ASSIGNMENT }),
      redirect: "manual",
    });
    if (reply.status !== 303) throw new Error(`starting an attempt failed: HTTP ${reply.status}`);
  }
  const attempts = await db.quizAttempt.findMany({
    where: { userId: { in: students.map((s) => s.userId) }, status: "in_progress" },
  });
  return students.map((s, i) => {
    const attempt = attempts.find((a) => a.userId === s.userId);
    if (!attempt) throw new Error("a saver has no attempt in progress");
    return {
      ...s,
      attemptId: attempt.id,
      answers: items.map((item, k) => item.optionKeys[(i + k) % item.optionKeys.length]!),
    };
  });
}

/** The measured window: reader opens and saves, each sent at its planned moment within WINDOW_MS. */
async function runBurst(readers: Student[], savers: Saver[], items: { id: string }[]) {
  const samples: Sample<Kind>[] = [];
  const t0 = performance.now();
  const at = (offset: number, run: () => Promise<void>) =>
    new Promise((resolve) => setTimeout(resolve, Math.max(0, t0 + offset - performance.now()))).then(run);
  const opens = readers.map((r, i) =>
    at((i * WINDOW_MS) / readers.length, async () => {
      samples.push(
        await measure(t0, "reader", () => fetch(base + readerPath, { headers: { cookie: r.cookie } }), readerProblem),
      );
    }),
  );
  const saves = savers.flatMap((s, i) =>
    items.map((item, k) =>
      at(((i + k * savers.length) * WINDOW_MS) / (savers.length * items.length), async () => {
        const body = { attemptId: s.attemptId, itemId: item.id, value: s.answers[k], clientSeq: k + 1 };
        samples.push(
          await measure(
            t0,
            "save",
            () =>
              fetch(`${base}/api/quiz/answers`, {
                method: "POST",
                headers: { cookie: s.cookie, "content-type": "application/json" },
                body: JSON.stringify(body),
              }),
            saveProblem,
          ),
        );
      }),
    ),
  );
  await Promise.all([...opens, ...saves]);
  return { samples, elapsedMs: performance.now() - t0 };
}

function readerProblem(status: number, body: string): string | undefined {
  if (status !== 200) return `HTTP ${status}`;
  if (!body.includes('data-pid="h20-p01"')) return "no article on the page";
}

function saveProblem(status: number, body: string): string | undefined {
  if (status !== 200) return `HTTP ${status}`;
  if (!body.includes('"ok":true')) return `not ok: ${body.slice(0, 120)}`;
}

/** Every saver's attempt must hold exactly the answers sent. */
async function lostAnswers(db: Db, savers: Saver[], items: { id: string }[]): Promise<number> {
  const answers = await db.quizAnswer.findMany({ where: { attemptId: { in: savers.map((s) => s.attemptId) } } });
  let lost = 0;
  for (const s of savers)
    items.forEach((item, k) => {
      const saved = answers.find((a) => a.attemptId === s.attemptId && a.itemId === item.id);
      if (saved?.value !== JSON.stringify(s.answers[k])) lost++;
    });
  return lost;
}

function reportBurst(samples: Sample<Kind>[], elapsedMs: number, lost: number): boolean {
  console.log(
    `bench:reader: ${READERS} students open the reader and ${SAVERS} save ${SAVES_EACH} answers each, sent over ${WINDOW_MS} ms (finished in ${Math.round(elapsedMs)} ms)`,
  );
  for (const line of latencyTable(samples, KINDS)) console.log(line);
  const problems = new Map<string, number>();
  for (const s of samples)
    if (s.problem) problems.set(`${s.kind}: ${s.problem}`, (problems.get(`${s.kind}: ${s.problem}`) ?? 0) + 1);
  for (const [problem, count] of problems) console.log(`  error ×${count} ${problem}`);
  console.log(`lost answers: ${lost}`);
  const opens = summarize(samples.filter((s) => s.kind === "reader"));
  const errors = summarize(samples).errors;
  const failures = [
    errors > 0 && `${errors} errors`,
    lost > 0 && `${lost} lost answers`,
    !(opens.p99 < TARGET_P99_MS) && `reader p99 ${Math.round(opens.p99)} ms ≥ ${TARGET_P99_MS} ms`,
  ].filter(Boolean);
  console.log(
    failures.length
      ? `FAIL: ${failures.join(", ")}`
      : `PASS: 0 errors, 0 lost answers, reader p99 ${Math.round(opens.p99)} ms < ${TARGET_P99_MS} ms`,
  );
  return failures.length === 0;
}

type Rate = { rate: number; p99: number; errors: number };

/** autocannon against the reader page, each request with the next student's cookie. */
async function throughput(cookies: string[]): Promise<Rate> {
  let next = 0;
  const result = await autocannon({
    url: base + readerPath,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, cookie: cookies[next++ % cookies.length]! },
        }),
      },
    ],
  });
  return { rate: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The same bytes from a bare node:http server in its own process, so it does not share this process's loop. */
async function bareThroughput(html: string): Promise<Rate> {
  const page = path.join(dir, "page.html");
  writeFileSync(page, html);
  const bare = fork(path.join(import.meta.dirname, "lib/bare-page-server.ts"), [String(BARE_PORT), page], {
    execArgv: ["--import", "tsx"],
    stdio: "inherit",
  });
  try {
    await waitFor(`http://localhost:${BARE_PORT}/`);
    const result = await autocannon({
      url: `http://localhost:${BARE_PORT}/`,
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    return { rate: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    bare.kill("SIGTERM");
  }
}
