import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { QuizPage } from "./pages/quiz-page";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT, DEMO_STUDENT, DEMO_TEACHER } from "./support/data";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { SecondServer } from "./support/second-server";
import { expect, test } from "./support/test";

// An upgrade corrects a key after a student started the quiz: their attempt keeps the item it started with
// (no score changes by itself), and the teacher is told and grades it again on request (decision 0023).
// Its own copy of the app (e2e/support/second-server.ts), since the correction lands while the app is stopped.

const ITEMS = JSON.parse(readFileSync("prisma/seed/h20-quiz.json", "utf8")) as {
  key: string;
  answer: unknown;
  points?: number;
  options?: { key: string; zhHant: string }[];
}[];
const q01 = ITEMS[0]!;
const fullMarks = ITEMS.reduce((sum, i) => sum + (i.points ?? 1), 0);

test("a key corrected after students started: their score stays until the teacher grades again with the current items", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const server = new SecondServer(3103);
  await server.start();
  try {
    const student = await (await browser.newContext({ baseURL: server.baseURL })).newPage();
    await new SignInPage(student).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
    const quiz = new QuizPage(student);
    await quiz.goto(`/student/assignments/${DEMO_ASSIGNMENT}`);
    await quiz.start();

    // The installed version had q01's key wrong (not the seed's key): as if shipped that way, with the app stopped.
    await server.stop("SIGTERM");
    const wrongKey = q01.options!.find((o) => o.key !== q01.answer)!.key;
    const db = new Database(server.databaseUrl.slice("file:".length));
    db.prepare(`UPDATE "QuizItem" SET "content" = ? WHERE "key" = 'q01'`).run(
      JSON.stringify({ ...q01, answer: wrongKey }),
    );
    db.close();
    // The upgrade's start brings the seed's q01: a new revision, since an attempt exists.
    await server.start();

    // The student, still in the attempt they started, gives the right answer and hands in: it counts as wrong.
    await student.reload();
    await student.getByRole("radio", { name: q01.options!.find((o) => o.key === q01.answer)!.zhHant }).check();
    await quiz.expectAllSaved();
    await quiz.submit(ITEMS.slice(1).map((_, i) => i + 2));

    const teacher = await (await browser.newContext({ baseURL: server.baseURL })).newPage();
    await new SignInPage(teacher).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
    await teacher.goto(`/teacher/assignments/${DEMO_ASSIGNMENT}/quiz`);
    const row = teacher.getByRole("row", { name: /^陳同學 / });
    await expect(row).toContainText(`0 / ${fullMarks}`);
    const notice = teacher.getByRole("region", { name: zh.quizResults.correctedTitle });
    await expect(notice).toContainText(
      fmt(zh.quizResults.correctedNotice, { count: 1, keys: fmt(zh.quizResults.itemNumber, { n: 1 }) }),
    );
    await expectNoSeriousA11yViolations(teacher);

    await notice.getByRole("button", { name: zh.quizResults.regradeSubmit }).click();
    await expect(notice.getByRole("status")).toHaveText(fmt(zh.quizResults.regraded, { count: 1 }));
    await teacher.reload();
    await expect(row).toContainText(`1 / ${fullMarks}`);
    await expect(teacher.getByRole("region", { name: zh.quizResults.correctedTitle })).toHaveCount(0);
  } finally {
    if (server.process?.exitCode === null) await server.stop("SIGTERM", { to: "group" });
  }
});
