import { DebatePage } from "./pages/debate-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { boardInRebuttal, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { H20_SIDES, h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

const CLAIM = "美方是被迫鬆口，不是設陷阱";

test("the projector view shows the board as the class sees it, in large type without controls, and updates live", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const student = await studentJoins(browser, setup.joinCode, "投影同學");

  // The teacher makes the board anonymous and opens it for rebuttals, then opens the projector view.
  await boardInRebuttal(page, [zh.debateTeacher.settings.anonymous]);
  const projector = await page.context().newPage();
  await projector.goto(`${page.url()}/projector`);
  await expect(projector.getByText(zh.debate.phase.rebuttal, { exact: true })).toBeVisible();
  const screen = projector.locator("#projector");
  await expect(screen.getByRole("heading", { level: 2, name: new RegExp(H20_SIDES.first) })).toContainText(
    fmt(zh.debateTeacher.projector.arguments, { count: 0 }),
  );
  await expectNoSeriousA11yViolations(projector);

  // A student argues; the projector shows it without a reload, under the student's pseudonym, with no controls.
  const board = new DebatePage(student.page);
  await board.open();
  await board.giveStance(h20Stance(2));
  await board.chooseSide("first");
  await board.postArgument({
    claim: CLAIM,
    reasoning: "第3段直說這是「戰略退卻」。",
    quote: { paragraph: 3, text: "戰略退卻" },
  });
  const projected = screen.getByRole("article").filter({ hasText: CLAIM });
  await expect(projected).toBeVisible({ timeout: 10_000 });
  await expect(projected).toContainText("「戰略退卻」");
  await expect(projected).toContainText("同學 A");
  await expect(screen).not.toContainText("投影同學");
  await expect(screen.getByRole("button")).toHaveCount(0);
  await expect(screen.getByRole("textbox")).toHaveCount(0);
  await expectNoSeriousA11yViolations(projector);

  // Nobody but the class's teacher opens it.
  expect((await student.page.request.get(`${page.url()}/projector`)).status()).toBe(404);
});
