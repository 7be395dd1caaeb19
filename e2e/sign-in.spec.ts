import { JoinPage } from "./pages/join-page";
import { SignInPage } from "./pages/sign-in-page";
import { StudentHomePage } from "./pages/student-home-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_JOIN_CODE, DEMO_TEACHER, STRONG_PASSWORD, unique } from "./support/data";
import { en, zh } from "./support/messages";
import { expect, test } from "./support/test";

test("the landing page says what the app is, in 繁體中文 first, and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: zh.landing.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expectNoSeriousA11yViolations(page);
  // The icon browsers ask for on every page is there (not a 404 in every log).
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.landing.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expectNoSeriousA11yViolations(page);

  // The choice follows the person to the next page.
  await page.getByRole("link", { name: en.nav.signIn, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.signIn.title })).toBeVisible();
  await page.getByRole("button", { name: "繁體中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.signIn.title })).toBeVisible();
});

test("the demo teacher signs in and sees the class with its join code, then signs out", async ({ page }) => {
  await new SignInPage(page).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  const home = new TeacherHomePage(page);
  await home.expectLoaded();
  const card = home.classCard("高二 公民與社會 (Demo)");
  await expect(card).toContainText(DEMO_JOIN_CODE);
  // Other specs add students to the demo class in parallel, so only the shape of the count is fixed.
  await expect(card).toContainText(/\d+ 位學生/);

  await page.getByRole("button", { name: zh.nav.signOut }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.landing.title })).toBeVisible();
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password gives a clear message and signs nobody in", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO_TEACHER.login, "not-the-password");
  await expect(signIn.failureMessage()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an unknown login name gets the same message as a wrong password", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("nobody-by-this-name", "whatever-password");
  await expect(signIn.failureMessage()).toBeVisible();
});

test("a classmate's wrong passwords slow the account down for seconds, not lock its student out", async ({
  page,
  browser,
}) => {
  const loginName = unique("slow.");
  await new JoinPage(page).goto();
  await new JoinPage(page).join({
    joinCode: DEMO_JOIN_CODE,
    loginName,
    displayName: "被猜的人",
    password: STRONG_PASSWORD,
  });
  await new StudentHomePage(page).expectLoaded();
  await page.context().clearCookies();

  // From the same school address, someone tries the student's login with wrong passwords until told to wait.
  const classmate = await browser.newContext();
  const guesser = new SignInPage(await classmate.newPage());
  await guesser.goto();
  await expect(async () => {
    await guesser.signIn(loginName, "a-wrong-guess-2026");
    await expect(guesser.page.getByRole("status")).toContainText(/請在 \d+ 秒後再試/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await classmate.close();

  // The student, a moment later, signs in as usual (the old rule locked the name for five minutes after ten).
  const signIn = new SignInPage(page);
  await expect(async () => {
    await signIn.goto();
    await signIn.signIn(loginName, STRONG_PASSWORD);
    await expect(page).toHaveURL(/\/student$/, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
});
