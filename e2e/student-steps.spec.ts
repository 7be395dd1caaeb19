import { readFileSync } from "node:fs";
import { QuizPage } from "./pages/quiz-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT_TITLE } from "./support/data";
import { enableQuiz, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, type Page, test } from "./support/test";

const ITEMS = JSON.parse(readFileSync("prisma/seed/h20-quiz.json", "utf8")) as {
  answer: unknown;
  points?: number;
  options?: { key: string; zhHant: string }[];
}[];
const maxScore = ITEMS.reduce((sum, i) => sum + (i.points ?? 1), 0);

/** The card's steps, each as "<step name> <status>", and which one is marked as next. */
async function steps(page: Page) {
  const list = page.getByRole("list", { name: fmt(zh.studentHome.stepsLabel, { title: DEMO_ASSIGNMENT_TITLE }) });
  await expect(list).toBeVisible();
  return {
    items: list.getByRole("listitem"),
    next: list.locator('[aria-current="step"]'),
  };
}

test("a student's home shows 閱讀 → 測驗 → 辯論 with a status each, and the next step moves as they work", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  await enableQuiz(page);
  const { page: s } = await studentJoins(browser, setup.joinCode, "步驟同學");

  let card = await steps(s);
  await expect(card.items).toHaveText([
    `${zh.studentHome.stepReading} ${zh.studentHome.reading_not_started} ${zh.studentHome.nextStep}`,
    `${zh.quiz.quizLink} ${zh.studentHome.quiz_not_started}`,
    `${zh.debate.debateLink} ${zh.studentHome.debate_opening} · ${fmt(zh.studentHome.debatePosts, { count: 0 })}`,
  ]);
  await expect(card.next).toContainText(zh.studentHome.stepReading);
  await expectNoSeriousA11yViolations(s);

  // Reading: marked read, the reader's end leads to the quiz.
  await card.next.getByRole("link", { name: zh.studentHome.stepReading }).click();
  await s.getByRole("button", { name: zh.reader.markRead }).click();
  await expect(s.getByText(zh.reader.markedRead)).toBeVisible();
  await s.getByRole("link", { name: zh.reader.nextQuiz }).click();
  const quiz = new QuizPage(s);
  await expect(s).toHaveURL(`${setup.readerPath}/quiz`);
  await s.goto("/student");
  card = await steps(s);
  await expect(card.items.first()).toContainText(zh.studentHome.reading_read);
  await expect(card.next).toContainText(zh.quiz.quizLink);

  // The quiz: in progress, then scored; its result leads to the board.
  await card.next.getByRole("link", { name: zh.quiz.quizLink }).click();
  await quiz.start();
  await s.goto("/student");
  await expect((await steps(s)).items.nth(1)).toContainText(zh.studentHome.quiz_in_progress);
  await quiz.goto(setup.readerPath);
  await s.getByRole("radio", { name: ITEMS[0]!.options!.find((o) => o.key === ITEMS[0]!.answer)!.zhHant }).check();
  await quiz.expectAllSaved();
  await quiz.submit(ITEMS.slice(1).map((_, i) => i + 2));
  await expect(s.getByRole("link", { name: zh.quiz.nextDebate })).toBeVisible();
  await s.goto("/student");
  card = await steps(s);
  await expect(card.items.nth(1)).toContainText(fmt(zh.studentHome.quiz_scored, { score: 1, max: maxScore }));
  await expect(card.next).toContainText(zh.debate.debateLink);
  await expectNoSeriousA11yViolations(s);
});
