import { StudentHomePage } from "./pages/student-home-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT_TITLE, unique } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

// The server and this test run on one machine, so a wall-clock time means the same instant to both.
const shown = (wallClock: Date) =>
  new Intl.DateTimeFormat("zh-Hant", { dateStyle: "medium", timeStyle: "short" }).format(wallClock);

test("a teacher moves the due date and the student's home shows it; copies the assignment to another class; deletes it after confirming", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);
  const { page: student } = await studentJoins(browser, setup.joinCode, "改期同學");
  const card = student
    .getByRole("listitem")
    .filter({ has: new StudentHomePage(student).assignment(DEMO_ASSIGNMENT_TITLE) });
  await expect(card).toContainText(zh.studentHome.noDue);

  // Edit: the form starts from the assignment as it is; the reading is named, not offered for change.
  await page.getByRole("link", { name: zh.assignmentForm.editLink }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.assignmentForm.editTitle })).toBeVisible();
  await expect(page.getByLabel(zh.assignmentForm.assignmentTitle)).toHaveValue(DEMO_ASSIGNMENT_TITLE);
  await expect(page.getByText(zh.assignmentForm.readingStays)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A due date before the opening time is refused in words, and nothing changes.
  await page.getByLabel(zh.assignmentForm.dueAt).fill("2000-01-01T08:00");
  await page.getByRole("button", { name: zh.assignmentForm.save }).click();
  await expect(page.getByText(zh.errors.dueBeforeOpens)).toBeVisible();
  await page.getByLabel(zh.assignmentForm.dueAt).fill("2030-06-30T17:00");
  await page.getByRole("button", { name: zh.assignmentForm.save }).click();
  await expect(page).toHaveURL(setup.teacherAssignmentUrl);
  const due = shown(new Date(2030, 5, 30, 17, 0));
  await expect(page.getByRole("definition").filter({ hasText: due })).toBeVisible();
  await student.reload();
  await expect(card).toContainText(due);

  // Copy it into a second class: the copy opens in its edit form, in that class.
  const secondClass = unique("高一乙 ");
  const home = new TeacherHomePage(page);
  await home.goto();
  await home.createClass(secondClass);
  await expect(home.classCard(secondClass)).toBeVisible();
  await page.goto(setup.teacherAssignmentUrl);
  await page.getByText(zh.assignmentForm.duplicateTitle, { exact: true }).click();
  const copyForm = page.getByRole("form", { name: zh.assignmentForm.duplicateTitle });
  await copyForm.getByLabel(zh.assignmentForm.duplicateTo).selectOption({ label: secondClass });
  await expectNoSeriousA11yViolations(page);
  await copyForm.getByRole("button", { name: zh.assignmentForm.duplicateSubmit }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.assignmentForm.editTitle })).toBeVisible();
  await expect(page.getByText(fmt(zh.assignmentForm.for, { name: secondClass }))).toBeVisible();
  await expect(page.getByLabel(zh.assignmentForm.dueAt)).toHaveValue("2030-06-30T17:00");

  // Delete the original: the student has opened it, so the page lists that and asks for a tick first.
  await student.getByRole("link", { name: DEMO_ASSIGNMENT_TITLE }).click();
  await page.goto(setup.teacherAssignmentUrl);
  await page.getByRole("link", { name: zh.assignmentForm.deleteLink }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.assignmentForm.deleteTitle })).toBeVisible();
  await expect(page.getByText(fmt(zh.assignmentForm.workReaders, { count: 1 }))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: zh.assignmentForm.deleteSubmit }).click();
  await expect(page.getByText(zh.errors.confirmDelete)).toBeVisible();
  await page.getByRole("checkbox", { name: zh.assignmentForm.deleteConfirm }).check();
  await page.getByRole("button", { name: zh.assignmentForm.deleteSubmit }).click();
  await expect(page).toHaveURL(setup.classUrl);
  await expect(page.getByRole("link", { name: DEMO_ASSIGNMENT_TITLE })).toHaveCount(0);
  expect((await page.request.get(setup.teacherAssignmentUrl)).status()).toBe(404);
  await student.goto("/student");
  await expect(card).toHaveCount(0);
});
