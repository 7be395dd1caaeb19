import { expect, test } from "@playwright/test";
import { DebatePage } from "./pages/debate-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT_TITLE } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { zh } from "./support/messages";

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
  await board.giveStance(zh.debate.stance2);
  await board.chooseSide("retreat");
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
