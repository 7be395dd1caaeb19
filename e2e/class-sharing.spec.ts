import { ClassPage } from "./pages/class-page";
import { SignUpPage } from "./pages/sign-up-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { STRONG_PASSWORD, unique } from "./support/data";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("a teacher shares the class: the full join link from the address in use, a copy button, a QR code, the projector view; an archived class offers no join and no new assignment", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({
    email: `${unique("share")}@school.example`,
    displayName: "分享老師",
    password: STRONG_PASSWORD,
  });
  const home = new TeacherHomePage(page);
  await home.expectLoaded();
  const name = unique("高三 ");
  await home.createClass(name);
  await home.classCard(name).getByRole("link", { name }).click();
  const classPage = new ClassPage(page);
  await classPage.expectLoaded(name);
  const code = await classPage.joinCode();
  const joinUrl = `${baseURL}/join?code=${code}`;

  const panel = page.getByRole("region", { name: zh.classPage.joinTitle });
  await expect(panel.getByText(joinUrl, { exact: true })).toBeVisible();
  await expect(panel.getByRole("img", { name: fmt(zh.classPage.qrLabel, { url: joinUrl }) })).toBeVisible();
  await panel.getByRole("button", { name: zh.classPage.copyLink }).click();
  await expect(panel.getByRole("status")).toHaveText(zh.classPage.linkCopied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(joinUrl);
  await panel.getByRole("button", { name: zh.classPage.projectCode }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe("join-panel");
  await page.evaluate(() => document.exitFullscreen());
  await expectNoSeriousA11yViolations(page);

  // The link pre-fills the code for a student.
  const student = await (await browser.newContext()).newPage();
  await student.goto(joinUrl);
  await expect(student.getByLabel(zh.join.joinCode)).toHaveValue(code);
  await student.context().close();

  // Archived: no join panel, no new assignment.
  await page.getByRole("button", { name: zh.classPage.archive }).click();
  await expect(page.getByText(zh.classPage.archivedNotice)).toBeVisible();
  await expect(page.getByRole("region", { name: zh.classPage.joinTitle })).toHaveCount(0);
  await expect(page.getByRole("link", { name: zh.classPage.newAssignment })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
