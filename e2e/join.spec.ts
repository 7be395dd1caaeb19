import { JoinPage } from "./pages/join-page";
import { SignInPage } from "./pages/sign-in-page";
import { StudentHomePage } from "./pages/student-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_ASSIGNMENT_TITLE, STRONG_PASSWORD, unique } from "./support/data";
import { teacherWithAssignment } from "./support/flows";
import { joinFrom } from "./support/join-guess";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("a new student joins with the code typed in lower case with spaces and sees the assignment", async ({ page }) => {
  const join = new JoinPage(page);
  await join.goto();
  const loginName = unique("stu.");
  await join.join({ joinCode: " de bate ", loginName, displayName: "新同學", password: STRONG_PASSWORD });
  const home = new StudentHomePage(page);
  await home.expectLoaded();
  await expect(home.assignment(DEMO_ASSIGNMENT_TITLE)).toBeVisible();
  // The header holds its links twice (laid out, and in the phone's menu): the one shown.
  await expect(page.getByText(zh.nav.signedInAs.replace("{name}", "新同學")).filter({ visible: true })).toBeVisible();
});

test("a wrong join code gives a clear message, keeps what was typed, and creates no account", async ({
  page,
  browser,
}) => {
  const join = new JoinPage(page);
  await join.goto();
  const loginName = unique("nocode.");
  await join.join({ joinCode: "ZZZZZZ", loginName, displayName: "沒有班級", password: STRONG_PASSWORD });
  await expect(page.getByText(zh.errors.joinCodeUnknown)).toBeVisible();
  await expect(join.field(zh.join.joinCode)).toHaveAttribute("aria-invalid", "true");
  await expect(join.field(zh.join.loginName)).toHaveValue(loginName);
  await expectNothingCreated(browser, loginName);
});

test("bad input is refused field by field in the user's language, and nothing is stored", async ({ page, browser }) => {
  const join = new JoinPage(page);
  await join.goto();
  const loginName = unique("bad.");
  await join.join({ joinCode: "DEBATE", loginName, displayName: "名".repeat(81), password: "password123" });
  await expect(page.getByText(zh.errors.nameTooLong)).toBeVisible();
  await expect(page.getByText(zh.errors.passwordTooCommon)).toBeVisible();

  await join.join({ joinCode: "DEBATE", loginName: "x", displayName: "", password: "short" });
  await expect(page.getByText(zh.errors.loginNameInvalid)).toBeVisible();
  await expect(page.getByText(zh.errors.required)).toBeVisible();
  await expect(page.getByText(zh.errors.passwordTooShort)).toBeVisible();

  await join.join({ joinCode: "DEBATE", loginName: "student1", displayName: "冒名", password: STRONG_PASSWORD });
  await expect(page.getByText(zh.errors.loginNameTaken)).toBeVisible();
  await expectNothingCreated(browser, loginName);
});

test("HTML in a name is stored and shown as text, never run", async ({ page }) => {
  const join = new JoinPage(page);
  await join.goto();
  const name = `<img src=x onerror="window.__pwned=1"><b>粗體</b>`;
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await join.join({ joinCode: "DEBATE", loginName: unique("html."), displayName: name, password: STRONG_PASSWORD });
  await new StudentHomePage(page).expectLoaded();
  await expect(page.getByText(zh.nav.signedInAs.replace("{name}", name)).filter({ visible: true })).toBeVisible();
  expect(await page.locator("header b, header img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

/** Signing in with the refused login name must fail: the account was never created. */
async function expectNothingCreated(browser: import("@playwright/test").Browser, loginName: string) {
  const context = await browser.newContext();
  const signIn = new SignInPage(await context.newPage());
  await signIn.goto();
  await signIn.signIn(loginName, STRONG_PASSWORD);
  await expect(signIn.failureMessage()).toBeVisible();
  await context.close();
}

test("a signed-in student joins a second class with the same account", async ({ page, browser }) => {
  const setup = await teacherWithAssignment(page);
  const student = await browser.newContext();
  const s = await student.newPage();
  await new SignInPage(s).signInAs("student2", "demo-student-h20", "/student");
  await s.goto("/join");
  await expect(s.getByRole("heading", { level: 1, name: zh.join.anotherTitle })).toBeVisible();
  await expectNoSeriousA11yViolations(s);
  await s.getByLabel(zh.join.joinCode).fill("nope22");
  await s.getByRole("button", { name: zh.join.anotherSubmit }).click();
  await expect(s.getByText(zh.errors.joinCodeUnknown)).toBeVisible();
  await s.getByLabel(zh.join.joinCode).fill(setup.joinCode.toLowerCase());
  await s.getByRole("button", { name: zh.join.anotherSubmit }).click();
  const home = new StudentHomePage(s);
  await home.expectLoaded();
  // Both classes' assignments of the article are listed now.
  await expect(home.assignment(DEMO_ASSIGNMENT_TITLE)).toHaveCount(2);
  await student.close();
});

test("guessing join codes is limited per real address: a made-up X-Forwarded-For on each request does not reset it", async ({
  baseURL,
}) => {
  const guess = (from: string, forwardedFor: string, code: string) => joinFrom(baseURL!, from, forwardedFor, code);
  for (let i = 1; i <= 30; i++)
    expect(await guess("127.0.0.2", `198.51.100.${i}`, `WRONG${i % 10}`)).toContain('"joinCodeUnknown"');
  expect(await guess("127.0.0.2", "198.51.100.31", "WRONGX")).toContain('"formError":"tooManyAttempts"');
  // Another address is not held up by it.
  expect(await guess("127.0.0.3", "198.51.100.31", "WRONGY")).toContain('"joinCodeUnknown"');
});
