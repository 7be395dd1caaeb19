import { SignInPage } from "./pages/sign-in-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_STUDENT, DEMO_TEACHER, unique } from "./support/data";
import { teacherWithAssignment } from "./support/flows";
import { zh } from "./support/messages";
import { callServerAction, serverActionId } from "./support/server-actions";
import { expect, test } from "./support/test";

const createClassroom = () => serverActionId("lib/classes/actions.ts", "createClassroomAction");

test("a visitor is sent to sign in from the teacher and student homes", async ({ page }) => {
  for (const path of ["/teacher", "/student", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});

test("a student opening a teacher page gets 404", async ({ page }) => {
  await new SignInPage(page).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  const response = await page.goto("/teacher");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: zh.notFound.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Nor the school administrator's page, nor another student's data export.
  expect((await page.goto("/admin"))?.status()).toBe(404);
  expect((await page.request.get("/api/privacy/students/demo-student-2/export")).status()).toBe(404);
});

test("a teacher opening the student home gets 404", async ({ page }) => {
  await new SignInPage(page).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  const response = await page.goto("/student");
  expect(response?.status()).toBe(404);
  // A teacher who is not an administrator has no administrator's page.
  expect((await page.goto("/admin"))?.status()).toBe(404);
});

test("a student POSTing to the teacher's create-class action directly is refused, and nothing is created", async ({
  page,
  browser,
}) => {
  await new SignInPage(page).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  const name = unique("Hijack ");
  const reply = await callServerAction(page.request, "/teacher", createClassroom(), [null, { name }]);
  expect(reply).toContain('"formError":"notAllowed"');

  // A visitor with no session is refused the same way.
  const anonymous = await browser.newContext();
  expect(await callServerAction(anonymous.request, "/teacher", createClassroom(), [null, { name }])).toContain(
    '"formError":"notAllowed"',
  );
  await anonymous.close();

  const teacher = await browser.newContext();
  const teacherPage = await teacher.newPage();
  await new SignInPage(teacherPage).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  await expect(teacherPage.getByRole("heading", { name })).toHaveCount(0);
  await teacher.close();
});

test("the same action, called by a teacher, does create the class (so the refusal above is real)", async ({ page }) => {
  await new SignInPage(page).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  const name = unique("Direct ");
  const reply = await callServerAction(page.request, "/teacher", createClassroom(), [null, { name }]);
  expect(reply).toContain('"ok":true');
  const home = new TeacherHomePage(page);
  await home.goto();
  await expect(home.classCard(name)).toBeVisible();
});

test("another teacher gets 404 on a class and an assignment that are not theirs, and cannot rename the class", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page);
  const other = await browser.newContext();
  const o = await other.newPage();
  await new SignInPage(o).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  expect((await o.goto(setup.classUrl))?.status()).toBe(404);
  expect((await o.goto(setup.teacherAssignmentUrl))?.status()).toBe(404);
  expect((await o.goto(setup.readerPath))?.status()).toBe(404); // the reading's preview is for the class's own teacher
  // The downloads too, with the same reply in the teacher's language as for an assignment that does not exist.
  for (const download of ["quiz/export", "debate/export/csv"]) {
    const reply = await o.request.get(`${setup.teacherAssignmentUrl}/${download}`);
    expect(reply.status()).toBe(404);
    expect(await reply.text()).toContain(zh.notFound.title);
  }
  // The board's rubric: its wording is not theirs to change.
  const assignmentId = setup.teacherAssignmentUrl.split("/").pop()!;
  const reword = serverActionId("lib/debate/teacher-actions.ts", "saveRubricWordingAction");
  expect(
    await callServerAction(o.request, "/teacher", reword, [null, { assignmentId, "claim-1": "Taken over" }]),
  ).toContain('"formError":"notFound"');
  const classroomId = setup.classUrl.split("/").pop()!;
  const rename = serverActionId("lib/classes/actions.ts", "renameClassroomAction");
  expect(await callServerAction(o.request, "/teacher", rename, [null, { classroomId, name: "Taken over" }])).toContain(
    '"formError":"notFound"',
  );
  await other.close();
  await page.goto(setup.classUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Taken over" })).toHaveCount(0);
  await page.goto(`${setup.teacherAssignmentUrl}/debate`);
  await expect(page.getByRole("table", { name: zh.debateTeacher.rubric.caption })).not.toContainText("Taken over");
});
