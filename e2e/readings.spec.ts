import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_TEACHER } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { callServerAction, serverActionId } from "./support/server-actions";

// A short article of the teacher's own, written for this test.
const TITLE = `竹科的一天 ${Date.now()}`;
const PARAGRAPHS = [
  "清晨六點，新竹科學園區的交通車已經坐滿了工程師。",
  "晶圓廠裡，機台日夜運轉；一片十二吋晶圓要經過上千道製程。",
  "下班後，有人去上游泳課，也有人回到實驗室看良率報表。",
];
const TEXT = `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}\r\n${PARAGRAPHS[2]}\n`;

test("a teacher pastes a reading, sees its paragraphs before saving, keeps it private, then shares it; a student reads it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);

  await page.getByRole("link", { name: zh.nav.readings }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.library.title })).toBeVisible();
  await expect(page.getByRole("region", { name: zh.library.school })).toContainText("美國為何晶片鬆口");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: zh.library.newReading }).click();

  const form = page.getByRole("form", { name: zh.library.form });
  await form.getByRole("button", { name: zh.library.save }).click();
  await expect(form.getByText(zh.errors.required).first()).toBeVisible(); // title and text are needed
  await form.getByRole("textbox", { name: zh.library.fieldTitle, exact: true }).fill(TITLE);
  await form.getByRole("textbox", { name: zh.library.fieldText }).fill(TEXT);
  // The split, as it will be saved: blank lines and Windows line ends make no extra paragraphs.
  await expect(form.getByText(fmt(zh.library.previewCount, { count: 3 }))).toBeVisible();
  await expect(form.getByRole("listitem", { name: fmt(zh.library.previewParagraph, { n: 2 }) })).toHaveText(
    PARAGRAPHS[1]!,
  );
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: zh.library.save }).click();

  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(
    page.getByText(fmt(zh.library.languageLabel, { language: zh.library.language["zh-Hant"] })),
  ).toBeVisible();
  await expect(page.getByText(zh.library.sharedNo, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: zh.library.text }).getByRole("listitem")).toHaveText(PARAGRAPHS);
  await expectNoSeriousA11yViolations(page);
  const readingUrl = page.url();
  const readingId = readingUrl.split("/").pop()!;

  // Private: another teacher gets 404, by page and by calling the share action directly.
  const other = await browser.newContext();
  const o = await other.newPage();
  await new SignInPage(o).signInAs(DEMO_TEACHER.login, DEMO_TEACHER.password, "/teacher");
  expect((await o.goto(readingUrl))?.status()).toBe(404);
  const share = serverActionId("lib/readings/authoring-actions.ts", "shareReadingAction");
  expect(await callServerAction(o.request, "/teacher", share, [null, { readingId, shared: "on" }])).toContain(
    '"formError":"notFound"',
  );
  await page.reload();
  await expect(page.getByText(zh.library.sharedNo, { exact: true })).toBeVisible();

  // Shared with the school: now the other teacher can open it too.
  await page.getByRole("button", { name: zh.library.shareOn }).click();
  await expect(page.getByText(zh.library.sharedYes, { exact: true })).toBeVisible();
  expect((await o.goto(readingUrl))?.status()).toBe(200);
  await other.close();

  // Assigned to the class: the proposed title follows the reading chosen.
  await page.goto(setup.classUrl);
  await page.getByRole("link", { name: zh.classPage.newAssignment }).click();
  await page.getByLabel(zh.assignmentForm.reading).selectOption({ label: TITLE });
  await expect(page.getByLabel(zh.assignmentForm.assignmentTitle)).toHaveValue(TITLE);
  await page.getByRole("button", { name: zh.assignmentForm.submit }).click();
  await expect(page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);

  const { page: s } = await studentJoins(browser, setup.joinCode, "讀者同學");
  await s.getByRole("link", { name: TITLE }).click();
  await expect(s.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const article = s.getByRole("article");
  for (const paragraph of PARAGRAPHS) await expect(article.getByText(paragraph)).toBeVisible();
  await expectNoSeriousA11yViolations(s);
});
