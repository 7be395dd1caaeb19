import { DebatePage } from "./pages/debate-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { boardInRebuttal, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { H20_SIDES, h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

const TRAP = "H20是刻意留下的安全閥";
const STEELMAN = "替陷阱說想：美國要中國繼續依賴";

test("with the steelman rule, a student is told before writing that rebutting the other side needs an argument for it first; the chosen side looks chosen", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const a = await studentJoins(browser, setup.joinCode, "甲同學");
  const b = await studentJoins(browser, setup.joinCode, "乙同學");

  await boardInRebuttal(page, [zh.debateTeacher.settings.steelman]);

  const boardA = new DebatePage(a.page);
  const boardB = new DebatePage(b.page);
  await boardB.open();
  await boardB.giveStance(h20Stance(4));
  await boardB.chooseSide("second");
  await boardB.postArgument({ claim: TRAP, reasoning: "第19段的安全閥。", quote: { paragraph: 19, text: "安全閥" } });

  await boardA.open();
  await boardA.giveStance(h20Stance(2));
  await boardA.chooseSide("first");
  const chosen = a.page
    .getByRole("form", { name: zh.debate.chooseSide })
    .getByRole("button", { name: H20_SIDES.first });
  await expect(chosen).toHaveAttribute("aria-pressed", "true");
  // Chosen looks chosen: filled, not only announced.
  expect(await chosen.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

  // Replying to the other side's argument: "rebut" is not offered yet, and the form says why.
  const trap = boardA.argument(TRAP);
  await trap.getByRole("button", { name: fmt(zh.debate.replyTo, { name: TRAP }) }).click();
  const form = trap.getByRole("form", { name: fmt(zh.debate.replyTo, { name: TRAP }) });
  await expect(form.getByRole("radio", { name: zh.debate.kind.rebut })).toBeDisabled();
  await expect(form.getByRole("radio", { name: zh.debate.kind.support })).toBeChecked();
  await expect(form.getByText(zh.errors.steelmanFirst)).toBeVisible();
  await expectNoSeriousA11yViolations(a.page);
  await form.getByRole("button", { name: zh.debate.cancel }).click();

  // After arguing for that side once, rebutting it is open.
  const newArgument = a.page.getByRole("form", { name: zh.debate.newArgument });
  await newArgument.getByLabel(zh.debate.argumentSide).selectOption("second");
  await newArgument.getByRole("textbox", { name: zh.debate.claim }).fill(STEELMAN);
  await newArgument
    .getByRole("textbox", { name: zh.debate.reasoning })
    .fill("盧特尼克要中國開發者留在美國技術堆疊上。");
  await boardA.selectInArticle(19, "安全閥");
  await newArgument.getByRole("button", { name: zh.debate.addSelection }).click();
  await newArgument.getByRole("button", { name: zh.debate.postArgument }).click();
  await expect(newArgument.getByText(zh.debate.posted)).toBeVisible();
  await boardA.reply(TRAP, { kind: "rebut", body: "但第10段說美方損失超80億美元，是被迫的。" });
  await expect(trap).toContainText("但第10段說美方損失超80億美元，是被迫的。");
});
