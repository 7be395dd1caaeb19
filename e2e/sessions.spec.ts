import { expect, test } from "@playwright/test";
import { JoinPage } from "./pages/join-page";
import { SignInPage } from "./pages/sign-in-page";
import { StudentHomePage } from "./pages/student-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { STRONG_PASSWORD, unique } from "./support/data";
import { zh } from "./support/messages";

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
