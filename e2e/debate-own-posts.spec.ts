import { DebatePage } from "./pages/debate-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { argumentAndOpponent, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

const PROMPT = "第10段的80億美元，查得到來源嗎？";
const FIRST = "美國撐不住了";
const EDITED = "美國是被迫退卻";
const SPARE = "這則我想收回";

test("the teacher's prompt on the board; a student edits and withdraws their own posts until answered, and after a hide edits again", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const a = await studentJoins(browser, setup.joinCode, "甲同學");
  const b = await studentJoins(browser, setup.joinCode, "乙同學");

  // The teacher posts a prompt; it shows at the top of the students' board, marked as the teacher's.
  await page.getByRole("link", { name: zh.debateTeacher.panel.link }).click();
  await page.getByText(zh.debateTeacher.prompts.form, { exact: true }).click();
  const promptForm = page.getByRole("form", { name: zh.debateTeacher.prompts.form });
  await promptForm.getByRole("textbox", { name: zh.debateTeacher.prompts.body }).fill(PROMPT);
  await promptForm.getByRole("button", { name: zh.debateTeacher.prompts.submit }).click();
  await expect(promptForm.getByText(zh.debateTeacher.prompts.posted)).toBeVisible();
  await expect(promptForm.getByRole("textbox", { name: zh.debateTeacher.prompts.body })).toHaveValue("");

  const boardA = new DebatePage(a.page);
  await boardA.open();
  await boardA.giveStance(h20Stance(2));
  const prompts = a.page.getByRole("region", { name: zh.debate.prompts.title });
  await expect(prompts).toContainText(PROMPT);
  await expect(prompts).toContainText(zh.debate.prompts.teacherBadge);
  await boardA.chooseSide("first");
  await boardA.postArgument({ claim: FIRST, reasoning: "第10段。", quote: { paragraph: 10, text: "80億美元" } });
  await boardA.postArgument({ claim: SPARE, reasoning: "想錯了。", quote: { paragraph: 3, text: "戰略退卻" } });

  // Edit: the claim and the reasoning change; everyone sees "edited", the teacher the earlier words.
  const mine = boardA.argument(FIRST);
  const yours = fmt(zh.debate.ownPost.yourArgument, { claim: FIRST });
  await mine.getByRole("button", { name: fmt(zh.debate.ownPost.editLabel, { name: yours }) }).click();
  const edit = a.page.getByRole("form", { name: fmt(zh.debate.ownPost.editLabel, { name: yours }) });
  await expect(edit.getByRole("textbox", { name: zh.debate.claim })).toBeFocused();
  await edit.getByRole("textbox", { name: zh.debate.claim }).fill("");
  await edit.getByRole("button", { name: zh.debate.ownPost.save }).click();
  await expect(edit.getByText(zh.errors.required)).toBeVisible(); // an argument keeps a claim
  await edit.getByRole("textbox", { name: zh.debate.claim }).fill(EDITED);
  await edit.getByRole("textbox", { name: zh.debate.reasoning }).fill("第10段：美方損失超80億美元。");
  await expectNoSeriousA11yViolations(a.page);
  await edit.getByRole("button", { name: zh.debate.ownPost.save }).click();
  const edited = boardA.argument(EDITED);
  await expect(edited).toContainText("第10段：美方損失超80億美元。");
  await expect(edited).toContainText(zh.debate.edited);
  await expect(edited).toContainText("80億美元"); // the quote stays

  // Withdraw the other one: gone, and the teacher's log says so.
  const spare = fmt(zh.debate.ownPost.yourArgument, { claim: SPARE });
  await boardA
    .argument(SPARE)
    .getByRole("button", { name: fmt(zh.debate.ownPost.withdrawLabel, { name: spare }) })
    .click();
  const withdraw = a.page.getByRole("form", { name: fmt(zh.debate.ownPost.withdrawLabel, { name: spare }) });
  await expect(withdraw).toContainText(zh.debate.ownPost.withdrawConfirm);
  await withdraw.getByRole("button", { name: zh.debate.ownPost.withdrawSubmit }).click();
  await expect(boardA.argument(SPARE)).toHaveCount(0);

  await page.reload();
  const teacherCard = page.getByRole("article", { name: EDITED });
  await expect(teacherCard).toContainText(zh.debateTeacher.board.edited);
  await teacherCard.getByText(fmt(zh.debateTeacher.board.revisions, { count: 1 })).click();
  await expect(teacherCard).toContainText(FIRST);
  await expect(page.getByRole("table", { name: zh.debateTeacher.audit.caption })).toContainText(
    zh.debateTeacher.audit.actions.postWithdraw,
  );
  await expectNoSeriousA11yViolations(page);

  // Once someone answered, the post stays as it was answered...
  await page
    .getByRole("form", { name: zh.debateTeacher.controls.phaseForm })
    .getByRole("button", { name: zh.debateTeacher.controls.phaseButton.rebuttal })
    .click();
  const boardB = new DebatePage(b.page);
  await boardB.open();
  await boardB.giveStance(h20Stance(4));
  await boardB.chooseSide("second");
  await boardB.reply(EDITED, { kind: "question", body: "80億是哪裡來的數字？" });
  // A rating before the teacher reveals the ratings: the rater's form shows it at once (the board's changes do
  // not bring it back to anyone), and it is stored.
  const rating = b.page.getByRole("form", { name: fmt(zh.debate.rateLabel, { claim: EDITED }) });
  const four = rating.getByRole("button", { name: fmt(zh.debate.rateValue, { value: 4 }) });
  await four.click();
  await expect(four).toHaveAttribute("aria-pressed", "true");
  await expect(rating.getByRole("button", { name: zh.debate.withdrawRating })).toBeVisible();
  await b.page.reload();
  await expect(four).toHaveAttribute("aria-pressed", "true");
  await rating.getByRole("button", { name: zh.debate.withdrawRating }).click();
  await expect(four).toHaveAttribute("aria-pressed", "false");
  await expect(rating.getByRole("button", { name: zh.debate.withdrawRating })).toHaveCount(0);
  const yoursNow = fmt(zh.debate.ownPost.yourArgument, { claim: EDITED });
  await a.page.reload();
  await expect(boardA.argument(EDITED)).toContainText("80億是哪裡來的數字？");
  await expect(
    boardA.argument(EDITED).getByRole("button", { name: fmt(zh.debate.ownPost.editLabel, { name: yoursNow }) }),
  ).toHaveCount(0);

  // ...until the teacher hides it asking for a fix: then it can be edited (not withdrawn: it has a reply).
  await page.getByText(`${zh.debateTeacher.board.moderate} ${EDITED}`, { exact: true }).first().click();
  const hide = page.getByRole("form", { name: fmt(zh.debateTeacher.board.hideForm, { name: EDITED }) });
  await hide.getByRole("textbox", { name: zh.debateTeacher.board.hideReason }).fill("請說明數字的出處。");
  await hide.getByRole("button", { name: zh.debateTeacher.board.hide }).click();
  await a.page.reload();
  const hidden = boardA.argument(EDITED);
  await expect(
    hidden.getByRole("button", { name: fmt(zh.debate.ownPost.editLabel, { name: yoursNow }) }),
  ).toBeVisible();
  await expect(
    hidden.getByRole("button", { name: fmt(zh.debate.ownPost.withdrawLabel, { name: yoursNow }) }),
  ).toHaveCount(0);
});

test("an argument's author sees at once, without reloading, that a rating or a report changed what they may do with it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b, boardA, boardB } = await argumentAndOpponent(page, browser, {
    claim: FIRST,
    reasoning: "第10段。",
    quote: { paragraph: 10, text: "80億美元" },
  });
  const yours = fmt(zh.debate.ownPost.yourArgument, { claim: FIRST });
  const editButton = boardA
    .argument(FIRST)
    .getByRole("button", { name: fmt(zh.debate.ownPost.editLabel, { name: yours }) });
  const withdrawButton = boardA
    .argument(FIRST)
    .getByRole("button", { name: fmt(zh.debate.ownPost.withdrawLabel, { name: yours }) });
  await expect(editButton).toBeVisible();
  await expect(withdrawButton).toBeVisible();
  // Rated while the ratings are hidden, as its author is rewording it: the author can no longer change it, and
  // their open page says so. The words they were typing stay, to copy.
  await editButton.click();
  const edit = a.page.getByRole("form", { name: fmt(zh.debate.ownPost.editLabel, { name: yours }) });
  await edit.getByRole("textbox", { name: zh.debate.reasoning }).fill("改寫到一半的理由");
  const rating = b.page.getByRole("form", { name: fmt(zh.debate.rateLabel, { claim: FIRST }) });
  await rating.getByRole("button", { name: fmt(zh.debate.rateValue, { value: 4 }) }).click();
  await expect(rating.getByRole("button", { name: zh.debate.withdrawRating })).toBeVisible();
  await expect(edit.getByText(zh.debate.ownPost.noLongerEditable)).toBeVisible();
  await expect(edit.getByRole("textbox", { name: zh.debate.reasoning })).toHaveValue("改寫到一半的理由");
  await expect(edit.getByRole("button", { name: zh.debate.ownPost.save })).toHaveCount(0);
  await expectNoSeriousA11yViolations(a.page);
  await edit.getByRole("button", { name: zh.debate.cancel }).click();
  await expect(edit).toHaveCount(0);
  await expect(editButton).toHaveCount(0);
  await expect(withdrawButton).toHaveCount(0);
  // The only rating taken back: the buttons return.
  await rating.getByRole("button", { name: zh.debate.withdrawRating }).click();
  await expect(editButton).toBeVisible();
  await expect(withdrawButton).toBeVisible();
  // Reported: the author may still edit it, not withdraw it while the teacher looks into it.
  await boardB
    .argument(FIRST)
    .getByRole("button", { name: fmt(zh.debate.reportLabel, { name: FIRST }) })
    .click();
  const report = b.page.getByRole("form", { name: fmt(zh.debate.reportLabel, { name: FIRST }) });
  await report.getByRole("button", { name: zh.debate.sendReport }).click();
  await expect(boardB.argument(FIRST).getByRole("status")).toHaveText(zh.debate.reported);
  await expect(withdrawButton).toHaveCount(0);
  await expect(editButton).toBeVisible();
  await expectNoSeriousA11yViolations(a.page);
});
