import { expectNoSeriousA11yViolations } from "./support/axe";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("a teacher gives a student a one-time reset code; the student sets a new password with it, once, and their old session ends", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);
  const { page: oldDevice, loginName } = await studentJoins(browser, setup.joinCode, "忘記同學");

  // The teacher makes the code from the roster.
  await page.goto(setup.classUrl);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "忘記同學" }) });
  await row.getByText(zh.classPage.resetPassword).click();
  const form = page.getByRole("form", { name: fmt(zh.classPage.resetCodeFor, { name: "忘記同學" }) });
  await form.getByRole("button", { name: zh.classPage.resetIssue }).click();
  await expect(form).toContainText(
    fmt(zh.classPage.resetInstructions, { name: "忘記同學", loginName, url: `${baseURL}/reset-password` }),
  );
  const code = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/.exec((await form.textContent()) ?? "")?.[0];
  expect(code).toBeDefined();
  await expectNoSeriousA11yViolations(page);

  // On another device, from the sign-in page.
  const device = await (await browser.newContext()).newPage();
  await device.goto("/sign-in", { waitUntil: "networkidle" });
  await device.getByRole("link", { name: zh.signIn.forgotPassword }).click();
  await expect(device.getByRole("heading", { level: 1, name: zh.resetPassword.title })).toBeVisible();
  await expectNoSeriousA11yViolations(device);
  const fill = async (typedCode: string) => {
    await device.getByLabel(zh.resetPassword.loginName).fill(loginName);
    await device.getByLabel(zh.resetPassword.code).fill(typedCode);
    await device.getByLabel(zh.resetPassword.newPassword, { exact: true }).fill("my-new-password-2026");
    await device.getByRole("button", { name: zh.resetPassword.submit }).click();
  };
  await fill("ABCD-EFGH"); // not the code: refused in words, nothing changes
  await expect(device.getByText(zh.errors.resetCodeInvalid)).toBeVisible();
  await fill(code!.toLowerCase());
  await expect(device).toHaveURL(/\/student$/);

  // The session on the old device has ended; the code does not work twice.
  await oldDevice.goto("/student");
  await expect(oldDevice).toHaveURL(/\/sign-in/);
  await oldDevice.goto("/reset-password", { waitUntil: "networkidle" });
  await oldDevice.getByLabel(zh.resetPassword.loginName).fill(loginName);
  await oldDevice.getByLabel(zh.resetPassword.code).fill(code!);
  await oldDevice.getByLabel(zh.resetPassword.newPassword, { exact: true }).fill("yet-another-password-1");
  await oldDevice.getByRole("button", { name: zh.resetPassword.submit }).click();
  await expect(oldDevice.getByText(zh.errors.resetCodeInvalid)).toBeVisible();
});
