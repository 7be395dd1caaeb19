import { QuizPage } from "./pages/quiz-page";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_TEACHER } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { callServerAction, serverActionId } from "./support/server-actions";
import { expect, type Page, test } from "./support/test";

// A short article of the teacher's own, written for this test.
const TITLE = `晨會紀錄 ${Date.now()}`;
const PARAGRAPHS = ["晶圓廠每天早上七點開晨會。", "工程師先報告前一天的良率。", "最後由主管決定當天的產線調整。"];
const ed = zh.bank.editor;
const inZh = (field: string) => fmt(ed.inZhHant, { field });

/** Opens the editor for a new item and chooses its type. */
async function newItem(page: Page, type: keyof typeof zh.bank.type) {
  await page.getByRole("link", { name: zh.bank.addItem }).click();
  await expect(page.getByRole("heading", { level: 1, name: ed.addTitle })).toBeVisible();
  const form = page.getByRole("form", { name: ed.addForm });
  await form.getByLabel(ed.type).selectOption({ label: zh.bank.type[type] });
  return form;
}

/** A paragraph of the text in the editor, to cite by clicking it. */
const paragraphToggle = (page: Page, n: number) =>
  page.getByRole("checkbox", { name: `¶${n} ${PARAGRAPHS[n - 1]}`, exact: true });

test("a teacher writes items of three types for a reading of their own; a student takes them and is graded right", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page);

  await page.goto("/teacher/readings/new");
  const reading = page.getByRole("form", { name: zh.library.form });
  await reading.getByRole("textbox", { name: zh.library.fieldTitle, exact: true }).fill(TITLE);
  await reading.getByRole("textbox", { name: zh.library.fieldText }).fill(PARAGRAPHS.join("\n\n"));
  await reading.getByRole("button", { name: zh.library.save }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const readingId = page.url().split("/").pop()!;
  await page.getByRole("link", { name: fmt(zh.bank.link, { count: 0 }) }).click();
  await expect(page.getByText(zh.bank.empty)).toBeVisible();
  const bankUrl = page.url();

  // 1. A single choice citing ¶1, chosen by clicking the paragraph; the preview draws it as a student sees it.
  let form = await newItem(page, "single");
  const prompt1 = "第1段說「每天早上七點開晨會」：晨會在什麼時候？";
  await form.getByRole("textbox", { name: inZh(ed.prompt) }).fill(prompt1);
  await form.getByRole("textbox", { name: fmt(ed.optionZhHant, { n: 1 }) }).fill("早上");
  await form.getByRole("textbox", { name: fmt(ed.optionZhHant, { n: 2 }) }).fill("晚上");
  await paragraphToggle(page, 1).click();
  const preview = page.getByRole("region", { name: ed.preview });
  await expect(preview.getByRole("group", { name: prompt1 })).toBeVisible();
  await expect(preview.getByRole("radio", { name: "晚上" })).toBeVisible();
  await form.getByRole("button", { name: ed.add }).click();
  await expect(form.getByText(zh.errors.correctRequired)).toBeVisible(); // no right answer marked yet
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("radio", { name: fmt(ed.correctOption, { n: 1 }) }).check();
  await form.getByRole("button", { name: ed.add }).click();
  await expect(page).toHaveURL(bankUrl);

  // 2. True/false: a quotation that is not the text's own words is refused, then corrected.
  form = await newItem(page, "true_false");
  await form.getByRole("textbox", { name: inZh(ed.prompt) }).fill("第2段說「工程師先報告明天的良率」。");
  await form.getByRole("radio", { name: zh.quiz.true }).check();
  await form.getByRole("button", { name: ed.add }).click();
  await expect(form.getByText(zh.errors.quoteNotInText)).toBeVisible();
  await form.getByRole("textbox", { name: inZh(ed.prompt) }).fill("文中說「工程師先報告前一天的良率」。");
  await form.getByRole("button", { name: ed.add }).click();
  await expect(page).toHaveURL(bankUrl);

  // 3. Find the paragraph: ¶3 is the right one.
  form = await newItem(page, "paragraph");
  await form.getByRole("textbox", { name: inZh(ed.prompt) }).fill("找證據：哪一段說誰決定產線調整？");
  await form.getByRole("checkbox", { name: fmt(ed.rightParagraph, { n: 3 }) }).check();
  await form.getByRole("textbox", { name: inZh(ed.explanation) }).fill("第3段：主管決定。");
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: ed.add }).click();
  await expect(page).toHaveURL(bankUrl);

  // The bank: three items, cited paragraphs shown; a duplicate lands after its original and can be removed.
  await expect(page.getByText(fmt(zh.bank.count, { count: 3 }))).toBeVisible();
  const card = (n: number) =>
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: fmt(zh.bank.edit, { n }), exact: true }) });
  await expect(card(1)).toContainText(fmt(zh.bank.cites, { paragraphs: 1 }));
  // Each item's key, for the teacher to check before assigning.
  await expect(card(1)).toContainText(fmt(zh.bank.answerKey, { answer: "早上" }));
  await expect(card(2)).toContainText(fmt(zh.bank.answerKey, { answer: zh.quizResults.answerTrue }));
  await expect(card(3)).toContainText(
    fmt(zh.bank.answerKey, { answer: fmt(zh.quizResults.answerParagraph, { position: 3 }) }),
  );
  await page.getByRole("button", { name: fmt(zh.bank.moveUp, { n: 3 }) }).click();
  await expect(card(2)).toContainText("找證據");
  await page.getByRole("button", { name: fmt(zh.bank.moveDown, { n: 2 }) }).click();
  await expect(card(3)).toContainText("找證據");
  await page.getByRole("button", { name: fmt(zh.bank.duplicate, { n: 1 }) }).click();
  await expect(page.getByText(fmt(zh.bank.count, { count: 4 }))).toBeVisible();
  await expect(card(2)).toContainText(prompt1);
  await page.getByRole("button", { name: fmt(zh.bank.remove, { n: 2 }) }).click();
  await expect(page.getByText(fmt(zh.bank.count, { count: 3 }))).toBeVisible();
  await expect(card(2)).toContainText("工程師先報告前一天的良率");

  // Edited before any student began: the item says what the editor saved.
  await page.getByRole("link", { name: fmt(zh.bank.edit, { n: 2 }) }).click();
  form = page.getByRole("form", { name: ed.editForm });
  await expect(form.getByRole("radio", { name: zh.quiz.true })).toBeChecked();
  await form.getByRole("textbox", { name: inZh(ed.prompt) }).fill("是非：文中說「工程師先報告前一天的良率」。");
  await form.getByRole("button", { name: ed.save }).click();
  await expect(page).toHaveURL(bankUrl);
  await expect(page.getByText("是非：文中說「工程師先報告前一天的良率」。")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const itemUrl = await page.getByRole("link", { name: fmt(zh.bank.edit, { n: 2 }) }).getAttribute("href");

  // Another teacher gets 404 on the private reading's bank, its editor and its export, and cannot save into it.
  const other = await browser.newContext();
  const o = await other.newPage();
  await new SignInPage(o).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  for (const path of [bankUrl, `${bankUrl}/new`, itemUrl!, `${bankUrl}/export/csv`])
    expect((await o.goto(path))?.status(), path).toBe(404);
  const save = serverActionId("lib/quiz/bank-actions.ts", "saveItemAction");
  const itemId = itemUrl!.split("/").pop()!;
  const forged = { readingId, itemId, type: "true_false", points: "1", promptZhHant: "改掉", truth: "false" };
  expect(await callServerAction(o.request, "/teacher", save, [null, forged])).toContain('"formError":"notFound"');
  await other.close();

  // Assigned with its quiz; a student answers every item right and is graded right.
  await page.goto(setup.classUrl);
  await page.getByRole("link", { name: zh.classPage.newAssignment }).click();
  await page.getByLabel(zh.assignmentForm.reading).selectOption({ label: TITLE });
  await page.getByRole("checkbox", { name: zh.assignmentForm.partQuiz }).check();
  await page.getByRole("button", { name: zh.assignmentForm.submit }).click();
  await expect(page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
  const assignmentId = page.url().split("/").pop()!;

  // Ordered by the paragraphs the items cite: ¶1, then ¶3, then the item citing none.
  await page
    .getByText(fmt(zh.quizSettings.items.summary, { summary: fmt(zh.quizSettings.items.summaryAll, { count: 3 }) }))
    .click();
  const which = page.getByRole("form", { name: zh.quizSettings.items.title });
  await which.getByRole("radio", { name: zh.quizSettings.items.chosen }).check();
  await which.getByRole("button", { name: zh.quizSettings.items.save }).click();
  await expect(which.getByText(zh.errors.chooseItems)).toBeVisible(); // none chosen
  await which.getByRole("radio", { name: fmt(zh.quizSettings.items.all, { count: 3 }) }).check();
  await which.getByRole("checkbox", { name: zh.quizSettings.items.orderByParagraph }).check();
  await which.getByRole("button", { name: zh.quizSettings.items.save }).click();
  await expect(which.getByText(zh.quizSettings.items.saved)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const { page: s } = await studentJoins(browser, setup.joinCode, "作答同學");
  // Every reply the student's browser gets while taking the quiz: the key of an authored item is in none.
  const replies: Promise<string>[] = [];
  s.on("response", (response) => {
    if (response.url().includes("/quiz")) replies.push(response.text().catch(() => ""));
  });
  const quiz = new QuizPage(s);
  await quiz.goto(`/student/assignments/${assignmentId}`);
  await quiz.start();
  await expect(s.getByRole("group", { name: prompt1 })).toBeVisible();
  await s.getByRole("radio", { name: "早上" }).check();
  await s.getByRole("button", { name: zh.quiz.next }).click();
  await quiz.expectItem(2);
  await s.getByRole("radio", { name: new RegExp(`^${fmt(zh.quiz.paragraphNumber, { n: 3 })}`) }).check();
  await s.getByRole("button", { name: zh.quiz.next }).click();
  await quiz.expectItem(3);
  await s.getByRole("radio", { name: zh.quiz.true }).check();
  await quiz.expectAllSaved();
  const taking = [...(await Promise.all(replies)), await s.content()].join("\n");
  expect(taking).toContain("找證據：哪一段說誰決定產線調整？");
  expect(taking).not.toContain("第3段：主管決定。");
  expect(taking).not.toMatch(/\\?"(answer|explanation|rubric)\\?":/);
  await quiz.submit([]);
  await expect(s.getByText(fmt(zh.quiz.yourScore, { score: 3, max: 3 }))).toBeVisible();
  await expect(s.getByText("第3段：主管決定。")).toBeVisible(); // the explanation, after grading only
  await expectNoSeriousA11yViolations(s);
});
