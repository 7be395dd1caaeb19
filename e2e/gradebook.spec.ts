import { readFileSync } from "node:fs";
import { DebatePage } from "./pages/debate-page";
import { QuizPage } from "./pages/quiz-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT_TITLE } from "./support/data";
import { enableQuiz, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

const ITEMS = JSON.parse(readFileSync("prisma/seed/h20-quiz.json", "utf8")) as {
  answer: unknown;
  points?: number;
  options?: { key: string; zhHant: string }[];
}[];
const maxScore = ITEMS.reduce((sum, i) => sum + (i.points ?? 1), 0);

test("the gradebook row of a student after reading, quiz and rubric; sortable; their own page; a CSV for the teacher only", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  await enableQuiz(page);
  const { page: s } = await studentJoins(browser, setup.joinCode, "成績同學");

  // The student reads and marks it read, hands in the quiz with the first item right, and opens the board.
  await s.getByRole("link", { name: DEMO_ASSIGNMENT_TITLE }).click();
  await s.getByRole("button", { name: zh.reader.markRead }).click();
  await expect(s.getByText(zh.reader.markedRead)).toBeVisible();
  const quiz = new QuizPage(s);
  await quiz.goto(setup.readerPath);
  await quiz.start();
  await s.getByRole("radio", { name: ITEMS[0]!.options!.find((o) => o.key === ITEMS[0]!.answer)!.zhHant }).check();
  await quiz.expectAllSaved();
  await quiz.submit(ITEMS.slice(1).map((_, i) => i + 2));
  await s.goto(`${setup.readerPath}/debate`);
  await new DebatePage(s).giveStance(h20Stance(3));

  // The teacher scores one rubric criterion on the board's page.
  await page.goto(setup.teacherAssignmentUrl);
  await page.getByRole("link", { name: zh.debateTeacher.panel.link }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "成績同學" }) });
  await row.getByRole("link", { name: fmt(zh.debateTeacher.students.gradeLink, { name: "成績同學" }) }).click();
  const rubric = page.getByRole("form", { name: fmt(zh.debateTeacher.students.rubricForm, { name: "成績同學" }) });
  await rubric
    .getByRole("group", { name: zh.debateRubric.criteria.claim })
    .getByRole("radio", { name: fmt(zh.debateRubric.level, { level: 3 }) })
    .check();
  await rubric.getByRole("button", { name: zh.debateTeacher.students.rubricSubmit }).click();
  await expect(rubric.getByText(zh.debateTeacher.students.saved)).toBeVisible();

  // The gradebook, from the class page.
  await page.goto(setup.classUrl);
  await page.getByRole("link", { name: zh.gradebook.link }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(zh.gradebook.title);
  const gradebookRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "成績同學" }) });
  await expect(gradebookRow.getByRole("cell")).toHaveText([
    zh.gradebook.read,
    fmt(zh.gradebook.score, { score: 1, max: maxScore }),
    fmt(zh.gradebook.score, { score: 3, max: 16 }),
    fmt(zh.gradebook.postCount, { arguments: 0, replies: 0 }),
  ]);
  await expectNoSeriousA11yViolations(page);
  const quizHeader = page.getByRole("columnheader", { name: zh.gradebook.quiz });
  await quizHeader.getByRole("link").click();
  await expect(quizHeader).toHaveAttribute("aria-sort", "ascending");
  await quizHeader.getByRole("link").click();
  await expect(quizHeader).toHaveAttribute("aria-sort", "descending");

  // The student's own page, from their name.
  await gradebookRow.getByRole("link", { name: "成績同學" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: fmt(zh.gradebook.studentTitle, { name: "成績同學" }) }),
  ).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: zh.gradebook.read })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The CSV: UTF-8 with a byte order mark for Excel; nobody but the teacher gets it.
  const csvUrl = `${setup.classUrl}/gradebook/export`;
  const csv = await page.request.get(csvUrl);
  expect(csv.status()).toBe(200);
  const text = (await csv.body()).toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text).toContain("成績同學");
  expect((await s.request.get(csvUrl)).status()).toBe(404);
  expect((await s.request.get(`${setup.classUrl}/gradebook`)).status()).toBe(404);
});
