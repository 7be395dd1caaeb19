import { ReaderPage } from "./pages/reader-page";
import { DEMO_ASSIGNMENT_TITLE } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("the reader keeps the paragraph in view through 繁/简 and text size, and the focus on “mark as read” after it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);
  const { page: s } = await studentJoins(browser, setup.joinCode, "位置同學");
  await s.getByRole("link", { name: DEMO_ASSIGNMENT_TITLE }).click();
  const reader = new ReaderPage(s);
  await reader.expectLoaded(DEMO_ASSIGNMENT_TITLE);

  // Read well down, then go back up to ¶6: the furthest paragraph (where the page would jump) is far below.
  await reader.readTo(20);
  await s.waitForTimeout(2500); // the furthest paragraph is reported every two seconds
  await s.locator("#p-6").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await reader.switchScript("simp");
  await expect(s.locator("#p-6")).toBeInViewport();
  await expect(s.locator("#p-20")).not.toBeInViewport();

  await s.getByRole("button", { name: new RegExp(zh.reader.larger) }).click();
  await expect(s.locator("#p-6")).toBeInViewport();
  // And back to 繁: the same paragraph stays in view.
  await reader.switchScript("trad");
  await expect(s.locator("#p-6")).toBeInViewport();
  await expect(s.locator("#p-20")).not.toBeInViewport();

  await s.getByRole("button", { name: zh.reader.markRead }).click();
  await expect(s.getByText(zh.reader.markedRead)).toBeVisible();
  await expect(s.getByRole("button", { name: zh.reader.markUnread })).toBeFocused();
});
