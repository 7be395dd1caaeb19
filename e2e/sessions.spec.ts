import { JoinPage } from "./pages/join-page";
import { SignInPage } from "./pages/sign-in-page";
import { StudentHomePage } from "./pages/student-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { STRONG_PASSWORD, unique } from "./support/data";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("changing the password ends the student's other sessions but keeps this one", async ({ page, browser }) => {
  const loginName = unique("pw.");
  await new JoinPage(page).goto();
  await new JoinPage(page).join({ joinCode: "DEBATE", loginName, displayName: "換密碼", password: STRONG_PASSWORD });
  await new StudentHomePage(page).expectLoaded();

  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await new SignInPage(phonePage).signInAs(loginName, STRONG_PASSWORD, "/student");

  await page.goto("/account");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(zh.account.currentPassword).fill(STRONG_PASSWORD);
  await page.getByLabel(zh.account.newPassword, { exact: true }).fill("a-brand-new-passphrase");
  await page.getByRole("button", { name: zh.account.submit }).click();
  await expect(page.getByText(zh.account.changed)).toBeVisible();

  await phonePage.goto("/student");
  await expect(phonePage).toHaveURL(/\/sign-in$/);
  await phone.close();

  await new StudentHomePage(page).goto();
});

test("signing out ends the session on the server: a copied cookie stops working, other devices stay", async ({
  page,
  browser,
}) => {
  const loginName = unique("out.");
  await new JoinPage(page).goto();
  await new JoinPage(page).join({ joinCode: "DEBATE", loginName, displayName: "登出者", password: STRONG_PASSWORD });
  await new StudentHomePage(page).expectLoaded();

  // Someone copies the session cookie (a shared computer, a proxy's log); another device signs in on its own.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const copyPage = await copy.newPage();
  await new StudentHomePage(copyPage).goto();
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await new SignInPage(phonePage).signInAs(loginName, STRONG_PASSWORD, "/student");

  await page.getByRole("button", { name: zh.nav.signOut }).click();
  await expect(page).toHaveURL(/\/(home)?$/);

  await copyPage.goto("/student");
  await expect(copyPage).toHaveURL(/\/sign-in$/);
  await new StudentHomePage(phonePage).goto();
  await copy.close();
  await phone.close();
});
