import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { prepareDatabase } from "@/lib/setup/prepare-database";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { rightAnswer } from "@/lib/testing/quiz-answers";
import { parseItem, saveAnswer, startAttempt, submitAttempt } from "./attempts";
import type { QuizItem } from "./items";

const ASSIGNMENT = "demo-assignment-h20";
const STUDENT = "demo-student-1";

/** Submits in a child process that is killed (SIGKILL) at the first COMMIT after the attempt's row changed. */
function submitAndCrash(url: string, attemptId: string) {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", "lib/testing/submit-then-crash.ts", url, STUDENT, attemptId],
    {
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { signal: child.signal, output: child.stdout + child.stderr };
}

describe.each(TEST_PROVIDERS)("a server killed in the middle of a hand-in, on %s", (provider) => {
  let t: TestDatabase;
  let db: Db;
  let items: { id: string; item: QuizItem }[];
  let fullMarks: number;
  let maxScore: number;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    db = t.db;
    await seedDemo(db);
    const rows = await db.quizItem.findMany({ where: { readingId: LIBRARY_READING_ID }, orderBy: { position: "asc" } });
    items = rows.map((r) => ({ id: r.id, item: parseItem(r.content) }));
    // Short answers wait for the teacher; every other item answered right.
    fullMarks = items.filter(({ item }) => item.type !== "short").reduce((sum, { item }) => sum + item.points, 0);
    maxScore = items.reduce((sum, { item }) => sum + item.points, 0);
  });
  afterAll(async () => {
    if (db !== t?.db) await db?.$disconnect();
    await t?.drop();
  });

  /** A restart, as `npm start` does it: this process's client closed, then the start-up, then a new client. */
  const restart = async () => {
    await db.$disconnect();
    const log = await prepareDatabase(t.target, { seed: false });
    db = createDb(t.target);
    return log;
  };

  const answerAllRight = async () => {
    const attempt = await startAttempt(db, STUDENT, ASSIGNMENT);
    for (const [n, { id, item }] of items.entries()) {
      if (item.type !== "short")
        await saveAnswer(db, STUDENT, {
          attemptId: attempt.id,
          itemId: id,
          value: rightAnswer(item),
          clientSeq: n + 1,
        });
    }
    return attempt;
  };

  it("never leaves the attempt handed in without its grade: it is still open, and the student's submit then scores it", async () => {
    const attempt = await answerAllRight();
    const crash = submitAndCrash(t.target.url, attempt.id);
    expect(crash.signal, crash.output).toBe("SIGKILL");

    await restart();
    const afterCrash = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(afterCrash).toMatchObject({ status: "in_progress", score: null, submittedAt: null });

    // The submit got no reply, so the student presses it again: every saved answer counts.
    const graded = await submitAttempt(db, STUDENT, attempt.id);
    expect(graded).toMatchObject({ status: "graded", score: fullMarks, maxScore });
  });

  it("grades, at start-up, an attempt that an earlier version left handed in without a grade", async () => {
    await db.quizAttempt.deleteMany();
    const attempt = await answerAllRight();
    // The state a two-step hand-in left after a crash between its steps.
    await db.quizAttempt.update({ where: { id: attempt.id }, data: { status: "submitted", submittedAt: new Date() } });

    const log = await restart();
    expect(log.join("\n")).toMatch(/Graded 1 quiz attempt/);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: "graded",
      score: fullMarks,
      maxScore,
    });
  });
});
