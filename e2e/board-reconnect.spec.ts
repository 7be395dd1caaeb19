import { DebatePage } from "./pages/debate-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { callServerAction, serverActionId } from "./support/server-actions";
import { expect, test } from "./support/test";

test("the board keeps trying after its event stream answers 500, says so meanwhile, and catches up when it is back", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const assignmentId = setup.readerPath.split("/").pop()!;
  const student = await studentJoins(browser, setup.joinCode, "重連同學");
  const board = new DebatePage(student.page);
  await board.open();
  await board.giveStance(h20Stance(3));

  // The database is briefly away: every try at the event stream gets a 500 until it is back.
  let failedTries = 0;
  const eventStream = /\/api\/debate\/[^/]+\/events(\?|$)/; // with or without the last event number it saw
  await student.page.route(eventStream, (route) => {
    failedTries++;
    return route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" });
  });
  await student.page.reload();
  const status = student.page.getByRole("status").filter({ hasText: zh.debate.liveReconnecting });
  await expect(status).toBeVisible();
  await expect.poll(() => failedTries, { timeout: 15_000 }).toBeGreaterThanOrEqual(2); // it tried again after the 500
  await expectNoSeriousA11yViolations(student.page);

  // While the board cannot hear of changes, the teacher opens the rebuttal.
  const setPhase = serverActionId("lib/debate/teacher-actions.ts", "setPhaseAction");
  expect(
    await callServerAction(page.request, `/teacher/assignments/${assignmentId}/debate`, setPhase, [
      null,
      { assignmentId, phase: "rebuttal" },
    ]),
  ).toContain('"ok":true');
  await expect(student.page.getByText(zh.debate.phase.rebuttal)).toHaveCount(0);

  // Back: the board reconnects by itself and shows what changed meanwhile, without a reload.
  await student.page.unroute(eventStream);
  await expect(student.page.getByRole("status").filter({ hasText: zh.debate.live })).toBeVisible({ timeout: 20_000 });
  await expect(student.page.getByText(zh.debate.phase.rebuttal)).toBeVisible({ timeout: 5_000 });
  await student.context.close();
});
