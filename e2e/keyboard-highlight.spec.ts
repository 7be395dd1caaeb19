import { DebatePage } from "./pages/debate-page";
import { ReaderPage } from "./pages/reader-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT_TITLE } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("with the keyboard alone a student highlights a sentence with a note, then quotes it on the board", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const { page: s } = await studentJoins(browser, setup.joinCode, "鍵盤同學");
  await s.getByRole("link", { name: DEMO_ASSIGNMENT_TITLE }).click();

  // The picker is a disclosure in the reader; from it on, only keys.
  const opener = s.getByText(zh.reader.keyboardHighlight);
  await opener.focus();
  await s.keyboard.press("Enter");
  const paragraph = s.getByRole("combobox", { name: zh.reader.pickParagraph });
  await expect(paragraph.getByRole("option").first()).toBeAttached(); // filled once the page's script runs
  await s.keyboard.press("Tab");
  await expect(paragraph).toBeFocused();
  await s.keyboard.press("ArrowDown");
  await s.keyboard.press("ArrowDown"); // ¶3
  await expect(paragraph).toHaveValue("2");
  const sentences = s.getByRole("group", { name: zh.reader.pickSentences }).getByRole("checkbox");
  await s.keyboard.press("Tab");
  await expect(sentences.first()).toBeFocused();
  await s.keyboard.press("Space");
  await expect(sentences.first()).toBeChecked();
  const sentence = ((await sentences.first().locator("xpath=..").textContent()) ?? "").trim();
  expect(sentence.length).toBeGreaterThan(3);
  await s.getByRole("button", { name: zh.reader.pickSubmit }).focus(); // the next tab stops are the other sentences
  await s.keyboard.press("Enter");

  // The same panel as for a mouse selection, with the focus on "save": back one to the note.
  const panel = s.getByRole("form", { name: zh.reader.highlightSelection });
  await expect(panel).toContainText(`「${sentence}」`);
  await expect(panel.getByRole("button", { name: zh.reader.saveHighlight })).toBeFocused();
  await s.keyboard.press("Shift+Tab");
  await expect(panel.getByLabel(zh.reader.noteLabel)).toBeFocused();
  await s.keyboard.type("這句是退卻說的核心。");
  await s.keyboard.press("Tab");
  await s.keyboard.press("Enter");
  await expect(panel).toBeHidden();
  const mine = s.getByRole("region", { name: zh.reader.myHighlights });
  await expect(mine).toContainText(sentence);
  await expect(mine).toContainText("這句是退卻說的核心。");
  await expectNoSeriousA11yViolations(s);

  // On the board the highlight is a checkbox among the evidence: ticked and posted with keys.
  await s.goto(`${setup.readerPath}/debate`);
  const board = new DebatePage(s);
  await board.giveStance(h20Stance(2));
  await board.chooseSide("first");
  const form = s.getByRole("form", { name: zh.debate.newArgument });
  await form.getByRole("textbox", { name: zh.debate.claim }).fill("鍵盤也能引用");
  await form.getByRole("textbox", { name: zh.debate.reasoning }).fill("引用我在閱讀時畫的句子。");
  const evidence = form.getByRole("checkbox", { name: new RegExp(sentence.slice(0, 6)) });
  await evidence.focus();
  await s.keyboard.press("Space");
  await expect(evidence).toBeChecked();
  await form.getByRole("button", { name: zh.debate.postArgument }).focus();
  await s.keyboard.press("Enter");
  await expect(form.getByText(zh.debate.posted)).toBeVisible();
  await expect(board.argument("鍵盤也能引用")).toContainText(`「${sentence}」`);
});

test("the glossary terms are one tab stop with the arrow keys between them, and a skip link passes the article", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const setup = await teacherWithAssignment(page);
  const { context, page: s } = await studentJoins(browser, setup.joinCode, "方向鍵同學");
  await s.goto(setup.readerPath);
  await new ReaderPage(s).expectLoaded(DEMO_ASSIGNMENT_TITLE);
  // ¶1's terms, in order: 英偉達, 黃仁勳, 出口許可 (the repeats of 英偉達 are not buttons), H20.
  const term = (name: string) => s.getByRole("button", { name, exact: true }).first();
  const markRead = s.getByRole("button", { name: zh.reader.markRead });

  // From the control before the article, one Tab lands on its first term, which says how to go on.
  await s.getByText(zh.reader.keyboardHighlight).focus();
  await s.keyboard.press("Tab");
  await expect(term("英偉達")).toBeFocused();
  await expect(term("英偉達")).toHaveAccessibleDescription(zh.reader.termKeys);
  await s.keyboard.press("ArrowRight");
  await expect(term("黃仁勳")).toBeFocused();
  await s.keyboard.press("ArrowDown");
  await expect(term("出口許可")).toBeFocused();
  await s.keyboard.press("ArrowUp");
  await s.keyboard.press("ArrowLeft");
  await expect(term("英偉達")).toBeFocused();
  await s.keyboard.press("End");
  await expect(term("英偉達")).not.toBeFocused();
  await s.keyboard.press("Home");
  await expect(term("英偉達")).toBeFocused();
  await s.keyboard.press("ArrowRight");

  // Enter opens the explanation as before; Escape closes it, back on the term.
  await s.keyboard.press("Enter");
  const explanation = s.getByRole("dialog", { name: "黃仁勳" });
  await expect(explanation).toBeVisible();
  await s.keyboard.press("Escape");
  await expect(explanation).toBeHidden();
  await expect(term("黃仁勳")).toBeFocused();

  // Dozens of terms, one tab stop: Tab leaves them for "mark as read", Shift+Tab comes back to the last one used.
  await s.keyboard.press("Tab");
  await expect(markRead).toBeFocused();
  await s.keyboard.press("Shift+Tab");
  await expect(term("黃仁勳")).toBeFocused();

  // The skip link at the top of the reader, shown when focused, goes past the article to "mark as read".
  const skip = s.getByRole("link", { name: zh.reader.skipArticle });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await s.keyboard.press("Enter");
  await expect(s).toHaveURL(/#reader-end$/);
  await s.keyboard.press("Tab");
  await expect(markRead).toBeFocused();
  await expect(markRead).toBeInViewport();
  await expectNoSeriousA11yViolations(s);
  await context.close();
});
