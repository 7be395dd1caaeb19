import { expect, test } from "@playwright/test";
import { DebatePage } from "./pages/debate-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { zh } from "./support/messages";

const RETREAT = "美國是被迫讓步,不是主動示好。";
const TRAP = "H20 是讓中國企業依賴英偉達的安全閥。";

test("two students debate: the opening phase is private, the rebuttal appears live with its quote", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const a = await studentJoins(browser, setup.joinCode, "甲同學");
  const b = await studentJoins(browser, setup.joinCode, "乙同學");
  const boardA = new DebatePage(a.page);
  const boardB = new DebatePage(b.page);

  await boardA.open();
  await boardA.giveStance(zh.debate.stance2);
  await boardA.chooseSide("retreat");
  await boardA.postArgument({ claim: RETREAT, reasoning: "第3段直說這是「戰略退卻」。", quote: { paragraph: 3, text: "戰略退卻" } });
  await expect(boardA.argument(RETREAT)).toContainText("「戰略退卻」");
  await expectNoSeriousA11yViolations(a.page);

  await boardB.open();
  await boardB.giveStance(zh.debate.stance4);
  await boardB.chooseSide("trap");
  await boardB.postArgument({ claim: TRAP, reasoning: "第19段說美國打著小算盤。", quote: { paragraph: 19, text: "安全閥" } });
  // Opening phase: each sees only their own argument.
  await expect(boardB.argument(RETREAT)).toHaveCount(0);
  await expect(boardA.argument(TRAP)).toHaveCount(0);
});
