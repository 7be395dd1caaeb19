import { SignInPage } from "./pages/sign-in-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_JOIN_CODE, DEMO_TEACHER } from "./support/data";
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
