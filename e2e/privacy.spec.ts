import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { unique } from "./support/data";
import { E2E_DATABASE_URL } from "./support/database";
import { argumentAndOpponent, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

const CLAIM = "美國是被迫退卻";
const REBUTTAL = "H20 是陷阱，不是退卻";
const DAY = 24 * 3_600_000;

/** Runs an npm script on the suite's database, as the school's IT person would on the server. */
function npmRun(script: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync("npm", ["run", script, "--", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, ...env },
    encoding: "utf8",
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}

async function download(page: Page, link: string) {
  const file = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  return readFileSync(await (await file).path(), "utf8");
}

test("a student downloads their data and finds their post in it; an administrator deletes them and the board keeps a placeholder", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { a, b, boardB } = await argumentAndOpponent(page, browser, {
    claim: CLAIM,
    reasoning: "第3段。",
    quote: { paragraph: 3, text: "戰略退卻" },
  });
  await boardB.reply(CLAIM, { kind: "rebut", body: REBUTTAL });

  // The student's own copy of everything, readable and as JSON.
  await a.page.goto("/account");
  await expectNoSeriousA11yViolations(a.page);
  const html = await download(a.page, zh.privacyExport.downloadHtml);
  expect(html).toContain(CLAIM);
  expect(html).toContain(zh.privacyExport.sections.debatePosts);
  const json = JSON.parse(await download(a.page, zh.privacyExport.downloadJson));
  // A classmate asking for the same file gets 404, as for an id that does not exist.
  const exportUrl = await a.page.getByRole("link", { name: zh.privacyExport.downloadJson }).getAttribute("href");
  expect((await b.page.request.get(exportUrl!)).status()).toBe(404);
  expect(json.account.displayName).toBe("甲同學");
  expect(json.debatePosts.map((p: { claim: string }) => p.claim)).toEqual([CLAIM]);

  // An administrator (made on the server) finds the student by login name and deletes them.
  const adminLogin = `${unique("admin")}@school.example`;
  npmRun("admin:create", [], {
    ADMIN_EMAIL: adminLogin,
    ADMIN_NAME: "教務主任",
    ADMIN_PASSWORD: "head-of-school-2026",
  });
  const admin = await (await browser.newContext()).newPage();
  await new SignInPage(admin).signInAs(adminLogin, "head-of-school-2026", "/teacher");
  await admin.goto("/admin");
  await admin.getByLabel(zh.admin.studentLogin).fill(a.loginName);
  await admin.getByRole("button", { name: zh.admin.find }).click();
  await admin.getByText(zh.admin.delete, { exact: true }).click();
  await expectNoSeriousA11yViolations(admin);
  await admin.getByRole("button", { name: fmt(zh.admin.deleteConfirm, { name: "甲同學" }) }).click();
  await expect(admin.getByRole("status")).toContainText(fmt(zh.admin.studentDeleted, { name: "甲同學", posts: 1 }));

  // The board: the argument keeps its place with the classmate's reply under it, without its words.
  await b.page.reload();
  const placeholder = b.page.getByRole("article", { name: zh.debate.deletedPost });
  await expect(placeholder).toContainText(zh.debate.deletedStudent);
  await expect(placeholder).toContainText(zh.debate.deletedPlaceholder);
  await expect(placeholder).toContainText(REBUTTAL);
  await expect(b.page.getByText(CLAIM)).toHaveCount(0);
  await expectNoSeriousA11yViolations(b.page);
  // The deleted student's session has nothing left to open.
  await a.page.goto("/student");
  await expect(a.page).toHaveURL(/\/sign-in$/);
});

test("a class past its end date and the retention period loses its student data when the job runs (on a clock the test sets)", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page);
  const student = await studentJoins(browser, setup.joinCode, "丙同學");
  await page.goto(setup.classUrl);
  // The class ended 340 days ago: with the default 365 days kept, its data goes in 25 days.
  const ended = new Date(Date.now() - 340 * DAY).toISOString().slice(0, 10);
  await page.getByLabel(zh.classPage.endsOn).fill(ended);
  await page.getByRole("button", { name: zh.classPage.endsOnSubmit }).click();
  await expect(page.getByText(zh.classPage.endsOnSaved)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/這個班學生的資料將於 .+ 刪除。/)).toBeVisible();
  await expect(page.getByText(/提醒：這個班學生的資料將於 .+ 依學校的保存期限刪除/)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "丙同學" })).toBeVisible();
  await page.goto("/teacher");
  await expect(page.getByText(/這個班學生的資料將於 .+ 依學校的保存期限刪除。/)).toBeVisible();

  // The job's run today warns the teacher (as its daily run would): the data goes a month after the warning,
  // later than the planned 25 days. 20 days on (the job's clock): not yet. 30 days on: deleted.
  npmRun("retention", []);
  npmRun("retention", [`--now=${new Date(Date.now() + 20 * DAY).toISOString()}`]);
  await page.goto(setup.classUrl);
  await expect(page.getByRole("rowheader", { name: "丙同學" })).toBeVisible();
  const out = npmRun("retention", [`--now=${new Date(Date.now() + 30 * DAY).toISOString()}`]);
  expect(out).toContain("1 students' data deleted");
  await page.reload();
  await expect(page.getByText(zh.classPage.rosterEmpty)).toBeVisible();
  await expect(page.getByText(zh.classPage.archivedNotice)).toBeVisible();
  await student.page.goto("/student");
  await expect(student.page).toHaveURL(/\/sign-in$/);
});
