import { DEMO_ASSIGNMENT_TITLE } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("the teacher's assignment page shows students' reading progress as it happens, without a reload", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);
  const { page: s } = await studentJoins(browser, setup.joinCode, "即時同學");
  await page.goto(setup.teacherAssignmentUrl);
  const row = page.getByRole("row").filter({ hasText: "即時同學" });
  await expect(row.getByRole("cell").first()).toHaveText(zh.assignmentPage.no); // not opened yet
  await expect(page.getByRole("status").filter({ hasText: zh.debate.live })).toBeVisible();

  // The student opens the reading and marks it read; the teacher's page follows by itself.
  await s.getByRole("link", { name: DEMO_ASSIGNMENT_TITLE }).click();
  await expect(row.getByRole("cell").first()).toHaveText(zh.assignmentPage.yes, { timeout: 10_000 });
  await s.getByRole("button", { name: zh.reader.markRead }).click();
  await expect(s.getByText(zh.reader.markedRead)).toBeVisible();
  await expect(row.getByRole("cell").nth(2)).toHaveText(zh.assignmentPage.yes, { timeout: 10_000 });
});
