import { SignUpPage } from "./pages/sign-up-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { DEMO_TEACHER, STRONG_PASSWORD, unique } from "./support/data";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("a teacher signs up, lands on an empty home and creates a class with a join code", async ({ page }) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  // Who does not belong here is sent on: someone with an account to sign in, a student to join a class.
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "登入", exact: true })).toHaveAttribute("href", "/sign-in");
  await expect(main.getByRole("link", { name: "加入班級", exact: true })).toHaveAttribute("href", "/join");
  await signUp.signUp({ email: `${unique("t")}@School.example`, displayName: "吳老師", password: STRONG_PASSWORD });
  const home = new TeacherHomePage(page);
  await expect(page).toHaveURL(/\/teacher$/);
  await home.expectLoaded();
  await expect(page.getByText(zh.teacherHome.empty)).toBeVisible();

  const className = unique("國文 ");
  await home.createClass(className);
  const card = home.classCard(className);
  await expect(card).toBeVisible();
  await expect(card.locator(".join-code")).toHaveText(/^[A-HJ-NP-Z2-9]{6}$/);
  await home.expectLoaded();
});

test("an email already registered is refused with a clear message", async ({ page }) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ email: DEMO_TEACHER.login.toUpperCase(), displayName: "重複", password: STRONG_PASSWORD });
  await expect(page.getByText(zh.errors.emailTaken)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});
