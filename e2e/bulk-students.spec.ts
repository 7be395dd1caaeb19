import { readFileSync } from "node:fs";
import { StudentHomePage } from "./pages/student-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("a teacher pastes a list of names and hands out login names and codes; a student signs in with one, no email", async ({
  page,
  browser,
  baseURL,
}) => {
  const setup = await teacherWithAssignment(page);
  await page.goto(setup.classUrl);
  const names = page.getByLabel(zh.classPage.bulkNames);
  // Too many at once: refused in words, nobody is added.
  await names.fill(Array.from({ length: 101 }, (_, i) => `學生${i}`).join("\n"));
  await page.getByRole("button", { name: zh.classPage.bulkSubmit }).click();
  await expect(page.getByText(zh.errors.bulkTooMany)).toBeVisible();

  await names.fill("王小明\n\n李小華\n陳小美\n");
  await page.getByRole("button", { name: zh.classPage.bulkSubmit }).click();
  const handout = page.getByRole("table", { name: zh.classPage.bulkTableCaption });
  await expect(handout.getByRole("row")).toHaveCount(4);
  await expect(page.getByText(fmt(zh.classPage.bulkHowTo, { url: `${baseURL}/reset-password` }))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const row = handout.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "李小華" }) });
  const [loginName, code] = await row.getByRole("cell").allTextContents();
  expect(loginName).toMatch(/^[a-z0-9]{3,4}\d{2}$/);
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

  // The same handout as CSV, with the names and codes.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: zh.classPage.bulkCsv }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv).toContain(`李小華,${loginName},${code},${baseURL}/reset-password`);

  // The roster lists the three; they are in the class.
  await page.reload();
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByRole("rowheader", { name: "陳小美" })).toBeVisible();

  // 李小華 signs in for the first time on a phone with the code, choosing a password, and sees the assignment.
  const phone = await (await browser.newContext()).newPage();
  await phone.goto("/reset-password", { waitUntil: "networkidle" });
  await phone.getByLabel(zh.resetPassword.loginName).fill(loginName!);
  await phone.getByLabel(zh.resetPassword.code).fill(code!);
  await phone.getByLabel(zh.resetPassword.newPassword, { exact: true }).fill("lee-first-password-1");
  await phone.getByRole("button", { name: zh.resetPassword.submit }).click();
  const home = new StudentHomePage(phone);
  await home.expectLoaded();
  await expect(phone.getByRole("link", { name: /晶片/ }).first()).toBeVisible();
});
