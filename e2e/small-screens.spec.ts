import { QuizPage } from "./pages/quiz-page";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_JOIN_CODE, DEMO_STUDENT, DEMO_TEACHER } from "./support/data";
import { studentJoins } from "./support/flows";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test.use({ viewport: { width: 360, height: 740 } });

test("pages fit a 360 px wide phone without sideways scrolling", async ({ page }) => {
  const fits = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const path of ["/", "/join", "/sign-up"]) {
    await page.goto(path);
    await fits();
  }
  await new SignInPage(page).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  await fits();

  // The header is one row: the name and a menu that holds the links, the language and who is signed in.
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  await expect(header.getByRole("link", { name: zh.nav.account })).toBeHidden();
  await header.getByText(zh.nav.menu, { exact: true }).click();
  await expect(header.getByRole("link", { name: zh.nav.account })).toBeVisible();
  await expect(header.getByRole("button", { name: zh.nav.signOut })).toBeVisible();
  await expect(header.getByText(zh.nav.signedInAs.replace("{name}", "陳同學")).filter({ visible: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await fits();
});

test("the quiz fits a phone: items, the article behind its toggle, the review screen; and the teacher's results and tables", async ({
  browser,
}) => {
  const student = await studentJoins(browser, DEMO_JOIN_CODE, "手機同學", { viewport: { width: 360, height: 740 } });
  const s = student.page;
  const fits = async () =>
    expect(await s.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const quiz = new QuizPage(s);
  await quiz.goto("/student/assignments/demo-assignment-h20");
  await quiz.start();
  await fits();
  // Question first: the item's heading is in the top half of the screen, the navigator after it.
  const itemHeading = s.getByRole("heading", { level: 2, name: /^第 1 題/ });
  expect((await itemHeading.boundingBox())!.y).toBeLessThan(370);
  const nav = s.getByRole("navigation", { name: zh.quiz.itemsNav });
  expect((await nav.boundingBox())!.y).toBeGreaterThan((await itemHeading.boundingBox())!.y);
  // Moving on with "next" keeps the current item's button in the row's view.
  await quiz.goToItem(20);
  for (let n = 21; n <= 26; n++) {
    await s.getByRole("button", { name: zh.quiz.next }).click();
    await quiz.expectItem(n);
  }
  await expect(quiz.navButton(26)).toBeInViewport();
  await expect(s.getByRole("complementary", { name: zh.quiz.article })).toBeHidden();
  await s.getByRole("button", { name: zh.quiz.showArticle }).click();
  await expect(s.getByRole("complementary", { name: zh.quiz.article })).toBeVisible();
  await fits();
  await quiz.goToItem(21);
  await fits();
  await quiz.review();
  await fits();
  await expectNoSeriousA11yViolations(s);
  await student.context.close();

  const teacher = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const t = await teacher.newPage();
  await new SignInPage(t).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  await t.goto("/teacher/assignments/demo-assignment-h20/quiz");
  expect(await t.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(t);
  // The teacher's other pages with tables: a table scrolls in its own box, and nothing in a row (a hidden
  // word for screen readers beside a row's action) widens the page.
  for (const path of [
    "/teacher/classes/demo-class",
    "/teacher/assignments/demo-assignment-h20",
    "/teacher/classes/demo-class/gradebook",
  ]) {
    await t.goto(path);
    expect(await t.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  await teacher.close();
});

test("the debate board fits a phone, for a student and for the teacher", async ({ browser }) => {
  const student = await studentJoins(browser, DEMO_JOIN_CODE, "手機辯士", { viewport: { width: 360, height: 740 } });
  const s = student.page;
  const fits = async (p: typeof s) =>
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await s.goto("/student/assignments/demo-assignment-h20/debate");
  await fits(s);
  await s.getByRole("radio", { name: h20Stance(3) }).check();
  await s.getByRole("button", { name: zh.debate.stanceSubmit }).click();
  await expect(
    s.getByRole("form", { name: zh.debate.newArgument }).or(s.getByRole("form", { name: zh.debate.chooseSide })),
  ).toBeVisible();
  await fits(s);
  await expectNoSeriousA11yViolations(s);
  await student.context.close();

  const teacher = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const t = await teacher.newPage();
  await new SignInPage(t).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  await t.goto("/teacher/assignments/demo-assignment-h20/debate");
  await fits(t);
  await expectNoSeriousA11yViolations(t);
  await teacher.close();
});
