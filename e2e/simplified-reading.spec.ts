import { ReaderPage } from "./pages/reader-page";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

// A short Simplified Chinese article of the teacher's own, written for this test.
const TITLE = `内存芯片涨价 ${Date.now()}`;
const PARAGRAPHS = ["今年内存芯片的价格一路上涨。", "很多工厂把产能转向人工智能服务器。"];

test("a Simplified original reads in 繁 too, Taiwan words and all; a highlight made in 繁 is the same words in 简", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);
  await page.goto("/teacher/readings/new");
  const form = page.getByRole("form", { name: zh.library.form });
  await form.getByRole("textbox", { name: zh.library.fieldTitle, exact: true }).fill(TITLE);
  await form.getByRole("textbox", { name: zh.library.fieldText }).fill(PARAGRAPHS.join("\n"));
  await form.getByRole("button", { name: zh.library.save }).click();
  await expect(
    page.getByText(fmt(zh.library.languageLabel, { language: zh.library.language["zh-Hans"] })),
  ).toBeVisible(); // detected

  // Assigned from the reading's own page: its button for the class opens a new assignment of this reading.
  await page.getByRole("link", { name: fmt(zh.library.assignTo, { name: setup.className }) }).click();
  await expect(page.getByLabel(zh.assignmentForm.assignmentTitle)).toHaveValue(TITLE);
  await page.getByRole("button", { name: zh.assignmentForm.submit }).click();
  await expect(page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
  const readerPath = `/student/assignments/${page.url().split("/").pop()}`;

  const { page: s } = await studentJoins(browser, setup.joinCode, "簡體同學");
  const reader = new ReaderPage(s);
  await s.goto(readerPath);
  // A student who has not chosen sees 繁: 内存芯片 in Taiwan's words, marked as Traditional for screen readers.
  await expect(s.getByRole("heading", { level: 1 })).toContainText("記憶體晶片漲價");
  await reader.expectLoaded(/記憶體晶片漲價/);
  await expect(reader.paragraph(1)).toHaveText("今年記憶體晶片的價格一路上漲。");
  await expect(s.getByRole("article")).toHaveAttribute("lang", "zh-Hant-TW");
  await expect(
    s.getByRole("button", { name: fmt(zh.reader.originalLabel, { script: zh.reader.simpLabel }) }),
  ).toBeVisible();

  await reader.highlight(1, "記憶體晶片", "價格");
  await expect.poll(() => reader.paintedTexts()).toEqual(["記憶體晶片"]);
  await reader.switchScript("simp");
  await expect(reader.paragraph(1)).toHaveText(PARAGRAPHS[0]!);
  await expect.poll(() => reader.paintedTexts()).toEqual(["内存芯片"]);
  await expect(reader.myHighlights()).toContainText("内存芯片");
});
