import { DebatePage } from "./pages/debate-page";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_TEACHER } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { H20_SIDES } from "./support/h20";
import { zh } from "./support/messages";
import { callServerAction, serverActionId } from "./support/server-actions";
import { expect, test } from "./support/test";

// A short article of the teacher's own, written for this test.
const TITLE = `竹科的一天 ${Date.now()}`;
const PARAGRAPHS = [
  "清晨六點，新竹科學園區的交通車已經坐滿了工程師。",
  "晶圓廠裡，機台日夜運轉；一片十二吋晶圓要經過上千道製程。",
  "下班後，有人去上游泳課，也有人回到實驗室看良率報表。",
];
const MOTION = "竹科的工作型態應該被視為台灣的驕傲，還是需要解決的問題？";
const SIDES = { first: "是驕傲", second: "是問題" };
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
  await expect(
    form.getByRole("listitem", { name: fmt(zh.library.previewParagraph, { n: 2 }) }).getByRole("paragraph"),
  ).toHaveText(PARAGRAPHS[1]!);
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
  // Nor can they word its debate or add to its glossary by calling those actions.
  for (const [name, args] of [
    ["saveReadingDebateAction", { readingId, motionZhHant: "被改掉的辯題" }],
    ["addTermAction", { readingId, term: "晶圓", explanationZhHant: "被加進去的詞" }],
  ] as const) {
    const id = serverActionId("lib/readings/authoring-actions.ts", name);
    expect(await callServerAction(o.request, "/teacher", id, [null, args])).toContain('"formError":"notFound"');
  }
  // And a student cannot use the import at all.
  const { page: student } = await studentJoins(browser, setup.joinCode, "好奇同學");
  const refused = await student.request.post("/teacher/readings/import", { data: { url: "https://example.com/" } });
  expect(refused.status()).toBe(403);
  await student.context().close();
  await page.reload();
  await expect(page.getByText(zh.library.sharedNo, { exact: true })).toBeVisible();

  // Shared with the school: now the other teacher can open it too.
  await page.getByRole("button", { name: zh.library.shareOn }).click();
  await expect(page.getByText(zh.library.sharedYes, { exact: true })).toBeVisible();
  expect((await o.goto(readingUrl))?.status()).toBe(200);
  await other.close();

  // The debate it proposes: a motion and two sides of its own, in Chinese only (English readers see the same).
  await expect(page.getByText(fmt(zh.library.debate.current, { motion: zh.debate.defaultMotion }))).toBeVisible();
  await page.getByText(zh.library.debate.edit, { exact: true }).click();
  const debate = page.getByRole("form", { name: zh.library.debate.form });
  const inZh = (field: string) => fmt(zh.library.debate.inZhHant, { field });
  await debate.getByRole("textbox", { name: inZh(zh.library.debate.motion) }).fill(MOTION);
  await debate.getByRole("textbox", { name: inZh(zh.library.debate.side.first) }).fill(SIDES.first);
  await debate.getByRole("textbox", { name: inZh(zh.library.debate.side.second) }).fill(SIDES.second);
  await expectNoSeriousA11yViolations(page);
  await debate.getByRole("button", { name: zh.library.debate.save }).click();
  await expect(debate.getByText(zh.library.debate.saved)).toBeVisible();
  await expect(page.getByText(fmt(zh.library.debate.current, { motion: MOTION }))).toBeVisible();
  await expect(page.getByText("被改掉的辯題")).toHaveCount(0);

  // Two glossary terms; one that is not in the text is refused.
  const glossary = page.getByRole("region", { name: new RegExp(zh.library.glossary.title) });
  // The form stays open after each term, emptied for the next.
  await glossary.getByText(zh.library.glossary.addForm, { exact: true }).click();
  for (const [term, explanation, field] of [
    ["晶圓", "製造晶片用的圓形矽片。", zh.library.glossary.explanationZhHant],
    ["良率", "The share of chips that work.", zh.library.glossary.explanationEn],
    ["光刻機", "x", zh.library.glossary.explanationEn],
  ] as const) {
    const add = glossary.getByRole("form", { name: zh.library.glossary.addForm });
    await add.getByRole("textbox", { name: zh.library.glossary.term, exact: true }).fill(term);
    await add.getByRole("textbox", { name: field }).fill(explanation);
    await add.getByRole("button", { name: zh.library.glossary.add }).click();
    if (term === "光刻機") await expect(add.getByText(zh.errors.termNotInText)).toBeVisible();
    else await expect(glossary.getByRole("term").filter({ hasText: term })).toBeVisible();
  }
  await expect(glossary.getByRole("term")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // Assigned to the class with its debate: the proposed title follows the reading chosen.
  await page.goto(setup.classUrl);
  await page.getByRole("link", { name: zh.classPage.newAssignment }).click();
  await page.getByLabel(zh.assignmentForm.reading).selectOption({ label: TITLE });
  await expect(page.getByLabel(zh.assignmentForm.assignmentTitle)).toHaveValue(TITLE);
  await page.getByRole("checkbox", { name: zh.assignmentForm.partDebate }).check();
  await page.getByRole("button", { name: zh.assignmentForm.submit }).click();
  await expect(page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
  const assignmentUrl = page.url();

  const { page: s } = await studentJoins(browser, setup.joinCode, "讀者同學");
  await s.getByRole("link", { name: TITLE }).click();
  await expect(s.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const article = s.getByRole("article");
  for (const paragraph of PARAGRAPHS) await expect(article.getByText(paragraph)).toBeVisible();
  // The teacher's glossary terms are marked in the text and explain themselves.
  await article.getByRole("button", { name: "良率" }).click();
  await expect(s.getByRole("dialog", { name: "良率" })).toContainText("The share of chips that work.");
  await s.keyboard.press("Escape");
  await expectNoSeriousA11yViolations(s);

  // The board asks the reading's question, with its sides, and nothing of the first lesson's.
  const board = new DebatePage(s);
  await s.goto(`${new URL(s.url()).pathname}/debate`);
  await expect(s.getByText(MOTION)).toBeVisible();
  await board.giveStance(fmt(zh.debate.stance2, SIDES));
  await board.chooseSide("first", SIDES.first);
  await expect(s.getByRole("heading", { level: 2, name: new RegExp(SIDES.second) })).toBeVisible();
  await expect(s.getByText(H20_SIDES.first, { exact: true })).toHaveCount(0);

  // The teacher renames a side for this class only: the board follows, the reading keeps its own.
  await page.goto(`${assignmentUrl}/debate`);
  await page.getByText(zh.debateTeacher.settings.edit, { exact: true }).click();
  await page.getByRole("textbox", { name: fmt(zh.debateTeacher.settings.sideName, { n: 2 }) }).fill("要解決");
  await page.getByRole("button", { name: zh.debateTeacher.settings.save }).click();
  await expect(page.getByText(zh.debateTeacher.settings.saved)).toBeVisible();
  await s.reload();
  await expect(s.getByRole("heading", { level: 2, name: /要解決/ })).toBeVisible();
  await page.goto(readingUrl);
  await expect(page.getByText(fmt(zh.library.debate.sides, { ...SIDES, other: zh.debate.side.other }))).toBeVisible();
});
