import { DebatePage } from "./pages/debate-page";
import { ReaderPage } from "./pages/reader-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

// A short article of the teacher's own, written for this test.
const TITLE = `工程師的一週 ${Date.now()}`;
const PARAGRAPHS = ["週一，工程師檢查機台。", "週三，良率報表出爐，大家鬆了一口氣。", "週五，團隊一起吃晚餐。"];
const EDITED = ["週一，工程師檢查機台。", "週三下午，新的良率報表出爐，大家鬆了一口氣。", "週五，團隊一起吃晚餐。"];

test("once assigned, an edited reading becomes a new revision: the student's highlight stays on the words it was made on", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page);
  await page.goto("/teacher/readings/new");
  const form = page.getByRole("form", { name: zh.library.form });
  await form.getByRole("textbox", { name: zh.library.fieldTitle, exact: true }).fill(TITLE);
  await form.getByRole("textbox", { name: zh.library.fieldText }).fill(`${PARAGRAPHS.join("\n")}\n後記`);
  await form.getByRole("button", { name: fmt(zh.library.markHeading, { n: 4 }) }).click(); // "後記" is a heading
  await expect(form.getByRole("listitem", { name: fmt(zh.library.previewHeading, { n: 4 }) })).toBeVisible();
  await form.getByRole("button", { name: zh.library.save }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const readingUrl = page.url();

  // Not yet assigned: an edit changes the text in place (a line added), the page shows it at once.
  await page.getByRole("link", { name: zh.library.edit }).click();
  const edit = page.getByRole("form", { name: zh.library.editForm });
  await expect(edit.getByText(zh.library.editAssignedNotice)).toHaveCount(0);
  await expect(edit.getByRole("textbox", { name: zh.library.fieldText })).toHaveValue(
    `${PARAGRAPHS.join("\n\n")}\n\n# 後記`, // a blank line between paragraphs, "# " before a heading
  );
  await edit.getByRole("textbox", { name: zh.library.fieldText }).fill(`${PARAGRAPHS.join("\n")}\n# 後記\n全文完。`);
  await edit.getByRole("button", { name: zh.library.saveEdit }).click();
  await expect(page).toHaveURL(readingUrl);
  await expect(page.getByRole("region", { name: zh.library.text }).getByRole("listitem")).toHaveText([
    ...PARAGRAPHS,
    "後記",
    "全文完。",
  ]);

  await page.goto(setup.classUrl);
  await page.getByRole("link", { name: zh.classPage.newAssignment }).click();
  await page.getByLabel(zh.assignmentForm.reading).selectOption({ label: TITLE });
  await page.getByRole("checkbox", { name: zh.assignmentForm.partDebate }).check();
  await page.getByRole("button", { name: zh.assignmentForm.submit }).click();
  await expect(page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
  const assignmentUrl = page.url();
  const readerPath = `/student/assignments/${assignmentUrl.split("/").pop()}`;

  const { page: s } = await studentJoins(browser, setup.joinCode, "畫線同學");
  const reader = new ReaderPage(s);
  await s.goto(readerPath);
  await reader.expectLoaded(TITLE);
  await reader.highlight(2, "良率報表出爐", "重點");
  await expect.poll(() => reader.paintedTexts()).toEqual(["良率報表出爐"]);
  // …and quotes the same words as evidence on the board (the reading's general motion: 同意 / 不同意).
  const board = new DebatePage(s);
  await s.goto(`${readerPath}/debate`);
  await board.giveStance(fmt(zh.debate.stance2, zh.debate.side));
  await board.chooseSide("first", zh.debate.side.first);
  const claim = "良率讓團隊放心";
  await board.postArgument({
    claim,
    reasoning: "第2段說報表出爐後大家鬆了一口氣。",
    quote: { paragraph: 2, text: "良率報表出爐" },
  });
  await expect(board.argument(claim)).toContainText("良率報表出爐");

  // Two tabs open the editor; the first saves a new revision, the second is refused and keeps what it typed.
  await page.goto(readingUrl);
  await page.getByRole("link", { name: zh.library.edit }).click();
  const second = await page.context().newPage();
  await second.goto(`${readingUrl}/edit`);
  const editor = page.getByRole("form", { name: zh.library.editForm });
  await expect(editor.getByText(zh.library.editAssignedNotice)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await editor.getByRole("textbox", { name: zh.library.fieldText }).fill(`${EDITED.join("\n")}\n# 後記`);
  await editor.getByRole("button", { name: zh.library.saveEdit }).click();
  await expect(page.getByText(fmt(zh.library.revisionLabel, { n: 2 }))).toBeVisible();
  await expect(page.getByRole("region", { name: zh.library.text })).toContainText(EDITED[1]!);
  const stale = second.getByRole("form", { name: zh.library.editForm });
  await stale.getByRole("textbox", { name: zh.library.fieldText }).fill("另一個分頁的版本");
  await stale.getByRole("button", { name: zh.library.saveEdit }).click();
  await expect(stale.getByText(zh.errors.readingChanged)).toBeVisible();
  await expect(stale.getByRole("textbox", { name: zh.library.fieldText })).toHaveValue("另一個分頁的版本");
  await second.close();

  // The first revision stays for its assignment and says a newer one exists.
  await page.goto(readingUrl);
  await expect(page.getByText(fmt(zh.library.olderRevision, { n: 1 }))).toBeVisible();
  await expect(page.getByRole("link", { name: zh.library.edit })).toHaveCount(0);

  // The student's reader still shows the words they highlighted, on the same words.
  await s.goto(readerPath);
  await reader.expectLoaded(TITLE);
  await expect(reader.paragraph(2)).toHaveText(PARAGRAPHS[1]!);
  await expect.poll(() => reader.paintedTexts()).toEqual(["良率報表出爐"]);
  await s.goto(`${readerPath}/debate`);
  await expect(board.argument(claim)).toContainText("良率報表出爐");

  // The assignment says it is on revision 1; a student has worked on it, so it stays there.
  await page.goto(assignmentUrl);
  await expect(page.getByText(fmt(zh.assignmentForm.revision.older, { n: 1, newest: 2 }))).toBeVisible();
  await expect(page.getByText(zh.assignmentForm.revision.hasWork)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A new assignment gets the newest revision.
  await page.goto(setup.classUrl);
  await page.getByRole("link", { name: zh.classPage.newAssignment }).click();
  await page.getByLabel(zh.assignmentForm.reading).selectOption({ label: TITLE });
  await page.getByRole("button", { name: zh.assignmentForm.submit }).click();
  await expect(page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
  await s.goto(`/student/assignments/${page.url().split("/").pop()}`);
  await expect(reader.paragraph(2)).toHaveText(EDITED[1]!);
});
