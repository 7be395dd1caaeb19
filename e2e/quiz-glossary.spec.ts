import { readFileSync } from "node:fs";
import { QuizPage } from "./pages/quiz-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { enableQuiz, studentJoins, teacherWithAssignment } from "./support/flows";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

const ITEM_COUNT = (JSON.parse(readFileSync("prisma/seed/h20-quiz.json", "utf8")) as unknown[]).length;

test("a teacher can keep the glossary from students while they take the quiz; it is back once they hand in", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const setup = await teacherWithAssignment(page);
  await enableQuiz(page);
  const form = page.getByRole("form", { name: zh.quizSettings.formLabel });
  const glossarySetting = form.getByRole("checkbox", { name: zh.quizSettings.glossaryDuringQuiz });
  await expect(glossarySetting).toBeChecked(); // on by default
  await glossarySetting.uncheck();
  await form.getByRole("button", { name: zh.quizSettings.save }).click();
  await expect(form.getByText(zh.quizSettings.saved)).toBeVisible();

  const student = await studentJoins(browser, setup.joinCode, "詞彙同學");
  const s = student.page;
  const term = s.getByRole("button", { name: "卡脖子" }).first();
  await s.goto(setup.readerPath);
  await expect(term).toBeVisible(); // before the attempt: explained as usual

  const quiz = new QuizPage(s);
  await quiz.goto(setup.readerPath);
  await quiz.start();
  await s.goto(setup.readerPath);
  await expect(s.getByText(zh.reader.glossaryHeldBack)).toBeVisible();
  await expect(s.getByText("卡脖子").first()).toBeVisible(); // the text is all there…
  await expect(term).toHaveCount(0); // …but no term opens an explanation
  await expectNoSeriousA11yViolations(s);

  await quiz.goto(setup.readerPath);
  await quiz.submit(Array.from({ length: ITEM_COUNT }, (_, i) => i + 1));
  await s.goto(setup.readerPath);
  await expect(term).toBeVisible();
  await expect(s.getByText(zh.reader.glossaryHeldBack)).toHaveCount(0);
  await student.context.close();
});
