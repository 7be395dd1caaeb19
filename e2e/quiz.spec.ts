import { readFileSync } from "node:fs";
import { QuizPage } from "./pages/quiz-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_JOIN_CODE } from "./support/data";
import { enableQuiz, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, type Page, test } from "./support/test";

type SeedItem = {
  key: string;
  type: string;
  points?: number;
  options?: { key: string; zhHant: string }[];
  answer?: unknown;
  explanation: { zhHant: string; en: string };
  rubric?: { zhHant: string; en: string };
};
const ITEMS = JSON.parse(readFileSync("prisma/seed/h20-quiz.json", "utf8")) as SeedItem[];
const q = (n: number) => ITEMS[n - 1]!;
const points = (n: number) => q(n).points ?? 1;
const optionText = (n: number, key: string) => q(n).options!.find((o) => o.key === key)!.zhHant;

/** The ids the quiz page gives its script, read from the page's data as any browser could. */
async function idsOnPage(page: Page, url: string) {
  const html = await (await page.request.get(url)).text();
  const attemptId = /"attemptId":"([^"]+)"/.exec(html)?.[1];
  const itemIds = [...html.matchAll(/\{"id":"([^"]+)","type"/g)].map((m) => m[1]!);
  if (!attemptId || itemIds.length !== ITEMS.length) throw new Error("quiz ids not found on the page");
  return { attemptId, itemIds };
}

/** A save or a submit as the quiz page's script sends it; the reply's body. */
async function post(page: Page, route: "answers" | "submit", body: unknown): Promise<string> {
  return (await page.request.post(`/api/quiz/${route}`, { data: body })).text();
}

test("a student takes the quiz: autosave through a reload and an offline spell, confirmed submit, feedback with a link into the text", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const setup = await teacherWithAssignment(page);
  await enableQuiz(page, "on_submit");
  const { context, page: s } = await studentJoins(browser, setup.joinCode, "測驗同學");
  await s.getByRole("link", { name: zh.quiz.quizLink }).click();
  const quiz = new QuizPage(s);
  await quiz.start();

  // 1: single choice, the right answer. 4: true/false, wrong. 7: claim classification, half right.
  await s.getByRole("radio", { name: optionText(1, "b") }).check();
  await quiz.expectAllSaved();
  await s.getByRole("button", { name: zh.quiz.next }).click();
  await quiz.expectItem(2);
  await quiz.goToItem(4);
  await s.getByRole("radio", { name: zh.quiz.true, exact: true }).check();
  await quiz.goToItem(7);
  await s
    .getByRole("group", { name: zh.quiz.claimTypeLegend })
    .getByRole("radio", { name: zh.quiz.claimType.attribution })
    .check();
  await s
    .getByRole("group", { name: zh.quiz.verdictLegend })
    .getByRole("radio", { name: zh.quiz.verdict.supported })
    .check();
  await quiz.expectAllSaved();
  // 22: find the evidence, answered by clicking the paragraph in the article beside the item.
  await quiz.goToItem(22);
  await s.getByRole("complementary", { name: zh.quiz.article }).getByText("4月禁令導致兩季度損失135億美元").click();
  await expect(s.getByRole("radio", { name: /^第 6 段/ })).toBeChecked();
  await quiz.expectAllSaved();
  await expectNoSeriousA11yViolations(s);

  // A reload midway keeps every answer.
  await s.reload();
  await quiz.expectItem(1);
  await expect(s.getByRole("radio", { name: optionText(1, "b") })).toBeChecked();
  await quiz.goToItem(7);
  await expect(
    s.getByRole("group", { name: zh.quiz.claimTypeLegend }).getByRole("radio", { name: zh.quiz.claimType.attribution }),
  ).toBeChecked();

  // Offline: the answer waits in the browser, visibly not saved, and survives the tab being closed.
  await context.setOffline(true);
  await quiz.goToItem(21);
  await s.getByRole("radio", { name: /^第 19 段/ }).check();
  await expect(quiz.saveState()).toHaveText(fmt(zh.quiz.offlinePending, { count: 1 }), { timeout: 15_000 });
  await s.close();
  await context.setOffline(false);
  const s2 = await context.newPage();
  const quiz2 = new QuizPage(s2);
  await s2.goto(`${setup.readerPath}/quiz`);
  await quiz2.expectAllSaved();
  await s2.reload();
  await quiz2.goToItem(21);
  await expect(s2.getByRole("radio", { name: /^第 19 段/ })).toBeChecked();

  // A short answer, saved when typing pauses, on slow wifi: each save takes 5 s to arrive, and the student
  // submits while it is on its way. The submit waits for it (the feedback below shows the answer counted).
  await s2.route("**/api/quiz/answers", async (route) => {
    await new Promise((r) => setTimeout(r, 5000));
    await route.continue();
  });
  await quiz2.goToItem(24);
  await s2
    .getByRole("textbox", { name: zh.quiz.shortLabel })
    .fill("「戰略退卻」說美國被迫讓步;「陷阱」說美國刻意用H20拖慢中國。<b>第19段</b>支持後者。");
  await expect(quiz2.saveState()).toHaveText(zh.quiz.saving);

  const unanswered = Array.from({ length: ITEMS.length }, (_, i) => i + 1).filter(
    (n) => ![1, 4, 7, 21, 22, 24].includes(n),
  );
  await quiz2.submit(unanswered);

  // Released on submit, one attempt: score, right/wrong per item, the key, the explanation.
  const max = ITEMS.reduce((sum, _, i) => sum + points(i + 1), 0);
  await expect(
    s2.getByText(fmt(zh.quiz.yourScore, { score: points(1) + points(7) / 2 + points(21) + points(22), max })),
  ).toBeVisible();
  const feedback = s2.getByRole("list").filter({ has: s2.getByRole("heading", { level: 3 }) });
  await expect(feedback.getByRole("listitem")).toHaveCount(ITEMS.length);
  await expect(feedback.getByRole("listitem").nth(0)).toContainText(zh.quiz.right);
  await expect(feedback.getByRole("listitem").nth(0)).toContainText(q(1).explanation.zhHant.slice(0, 20));
  await expect(feedback.getByRole("listitem").nth(3)).toContainText(zh.quiz.wrong);
  await expect(feedback.getByRole("listitem").nth(6)).toContainText(zh.quiz.partlyRight);
  await expect(feedback.getByRole("listitem").nth(23)).toContainText(zh.quiz.awaitingTeacher);
  // What the student typed is shown as text.
  await expect(feedback.getByRole("listitem").nth(23)).toContainText("<b>第19段</b>");
  await expectNoSeriousA11yViolations(s2);

  await feedback.getByRole("listitem").nth(20).getByRole("link", { name: "第 19 段" }).click();
  await expect(s2).toHaveURL(new RegExp(`${setup.readerPath}#p-19$`));
  await expect(s2.getByRole("link", { name: fmt(zh.reader.paragraph, { n: 19 }), exact: true })).toBeInViewport();

  // The teacher sees the submission, grades the short answer from the queue, overrides an item with a reason.
  await page.getByRole("link", { name: zh.quizSettings.resultsLink }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    fmt(zh.quizResults.pageTitle, { title: "" }).trim(),
  );
  const row = page.getByRole("row", { name: /^測驗同學 / }); // the students table
  await expect(row).toContainText(zh.quizResults.status_submitted);
  await expectNoSeriousA11yViolations(page);
  const entry = fmt(zh.quizResults.queueEntry, {
    student: "測驗同學",
    item: fmt(zh.quizResults.itemNumber, { n: 24 }),
  });
  await expect(page.getByRole("article", { name: entry })).toContainText("<b>第19段</b>"); // shown as text
  const queued = page.getByRole("form", { name: entry });
  await queued
    .getByRole("spinbutton", { name: fmt(zh.quizResults.scoreLabel, { max: points(24) }) })
    .fill(String(points(24)));
  await queued.getByRole("textbox", { name: zh.quizResults.feedbackLabel }).fill("兩種解讀都說清楚了,也找到證據。");
  await queued.getByRole("button", { name: zh.quizResults.gradeSubmit }).click();
  await expect(page.getByText(zh.quizResults.queueEmpty)).toBeVisible();
  const expected = points(1) + points(7) / 2 + points(21) + points(22) + points(24);
  await expect(row).toContainText(zh.quizResults.status_graded);
  await expect(row).toContainText(`${expected} / ${max}`);

  // The student's answers, behind a disclosure named by the summary (found by its text up to the score).
  const summaryStart = fmt(zh.quizResults.answersSummary, { student: "測驗同學", score: "\0" }).split("\0")[0]!;
  await page.getByText(summaryStart).click();
  // Item 4's row shows the key beside the answer; its score editor opens from the row, one editor at a time.
  const item4 = fmt(zh.quizResults.itemNumber, { n: 4 });
  const answers = page.locator("details", { has: page.getByText(summaryStart) });
  const row4 = answers.getByRole("row").filter({ has: page.getByRole("rowheader", { name: item4, exact: true }) });
  await expect(row4.getByRole("cell").nth(1)).toHaveText(
    q(4).answer ? zh.quizResults.answerTrue : zh.quizResults.answerFalse,
  );
  await row4.getByText(`${zh.quizResults.change} ${item4}`).click();
  const override = page.getByRole("form", {
    name: fmt(zh.quizResults.overrideForm, { student: "測驗同學", item: item4 }),
  });
  await override.getByRole("spinbutton").fill(String(points(4)));
  await override.getByRole("button", { name: zh.quizResults.overrideSubmit }).click();
  await expect(override.getByText(zh.errors.reasonRequired)).toBeVisible(); // an override needs a reason
  await override
    .getByRole("textbox", { name: zh.quizResults.reasonLabel })
    .fill("題目的說法可有兩種理解,兩種答案都給分。");
  await override.getByRole("button", { name: zh.quizResults.overrideSubmit }).click();
  await expect(row).toContainText(`${expected + points(4)} / ${max}`);
  await expectNoSeriousA11yViolations(page);

  // CSV: UTF-8 with a BOM, one row per student, one column per item.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: zh.quizResults.downloadCsv }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[0]!.split(",").filter((h) => /第 \d+ 題/.test(h))).toHaveLength(ITEMS.length);
  expect(lines[1]).toContain("測驗同學");

  // The student sees the teacher's grade and note.
  await s2.goto(`${setup.readerPath}/quiz`);
  await expect(s2.getByText(fmt(zh.quiz.yourScore, { score: expected + points(4), max }))).toBeVisible();
  await expect(s2.getByText("題目的說法可有兩種理解")).toBeVisible();
  await context.close();
});

test("the answer key reaches no browser before grading, and no student can write another's attempt", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const setup = await teacherWithAssignment(page);
  await enableQuiz(page, "manual");
  const alice = await studentJoins(browser, setup.joinCode, "甲同學");
  const bob = await studentJoins(browser, setup.joinCode, "乙同學");
  const quizUrl = `${setup.readerPath}/quiz`;

  // Every reply the browser gets from the quiz page (bodies read as they come; awaited before checking).
  const replies: Promise<string>[] = [];
  alice.page.on("response", (response) => {
    if (response.url().includes("/quiz")) replies.push(response.text().catch(() => ""));
  });
  const quiz = new QuizPage(alice.page);
  await quiz.goto(setup.readerPath);
  await quiz.start();
  await alice.page.getByRole("radio", { name: optionText(1, "b") }).check();
  await quiz.expectAllSaved();
  const { attemptId, itemIds } = await idsOnPage(alice.page, quizUrl);

  // The page's HTML (its data included), the article beside it, and every reply to a save.
  const payloads = await Promise.all(replies);
  expect(payloads.length).toBeGreaterThan(3); // the page, its article and the save's replies, at least
  payloads.push(await alice.page.content());
  payloads.push(await (await alice.page.request.get(quizUrl)).text());
  const everything = payloads.join("\n");
  expect(everything).toContain(optionText(1, "b")); // the payloads hold the items…
  for (const item of ITEMS) {
    expect(everything).not.toContain(item.explanation.zhHant.slice(0, 24)); // …but no explanation,
    expect(everything).not.toContain(item.explanation.en.slice(0, 24));
    if (item.rubric) expect(everything).not.toContain(item.rubric.zhHant.slice(0, 24)); // no rubric,
  }
  expect(everything).not.toMatch(/\\?"(answer|explanation|rubric)\\?":/); // and no key fields.

  // Bob cannot write Alice's attempt, even with its ids; Alice's answer is untouched.
  const foreign = await post(bob.page, "answers", { attemptId, itemId: itemIds[0], value: "a", clientSeq: 99 });
  expect(foreign).toContain('"formError":"notFound"');
  expect(await post(bob.page, "submit", { attemptId })).toContain('"formError":"notFound"');
  // Alice's own bad input is refused: an item not in the quiz, a wrong shape, an unknown option.
  const own = (itemId: string, value: unknown) =>
    post(alice.page, "answers", { attemptId, itemId, value, clientSeq: 100 });
  expect(await own("not-an-item", "a")).toContain('"formError":"answerInvalid"');
  expect(await own(itemIds[0]!, { evil: "<script>" })).toContain('"formError":"answerInvalid"');
  expect(await own(itemIds[0]!, "z")).toContain('"formError":"answerInvalid"');
  await alice.page.reload();
  await expect(alice.page.getByRole("radio", { name: optionText(1, "b") })).toBeChecked();

  // The article beside the attempt is its student's only: a classmate, the teacher and no session get 404.
  // The browser keeps it (for an hour), then asks whether it changed: the answer is a 304 without the text.
  const articleUrl = /"articleUrl":"([^"]+)"/.exec(await (await alice.page.request.get(quizUrl)).text())?.[1];
  expect(articleUrl).toMatch(/^\/api\/quiz\//);
  const article = await alice.page.request.get(articleUrl!);
  expect(article.status()).toBe(200);
  const etag = article.headers().etag!;
  expect((await alice.page.request.get(articleUrl!, { headers: { "if-none-match": etag } })).status()).toBe(304);
  expect((await bob.page.request.get(articleUrl!)).status()).toBe(404);
  expect((await bob.page.request.get(articleUrl!, { headers: { "if-none-match": etag } })).status()).toBe(404);
  expect((await page.request.get(articleUrl!)).status()).toBe(404);
  expect((await page.request.get(quizUrl)).status()).toBe(404);
  expect((await alice.page.request.get(articleUrl!, { headers: { cookie: "" } })).status()).toBe(404);

  // Submitted, but the teacher releases manually: still no key, and the attempt is closed to writes.
  await quiz.submit(Array.from({ length: ITEMS.length - 1 }, (_, i) => i + 2));
  await expect(alice.page.getByText(zh.quiz.notReleased)).toBeVisible();
  const afterSubmit = (await alice.page.content()) + (await (await alice.page.request.get(quizUrl)).text());
  for (const item of ITEMS) expect(afterSubmit).not.toContain(item.explanation.zhHant.slice(0, 24));
  expect(afterSubmit).not.toMatch(/\\?"(answer|explanation|rubric)\\?":/);
  expect((await alice.page.request.get(articleUrl!)).status()).toBe(404); // the attempt is over
  expect(await own(itemIds[0]!, "b")).toContain('"formError":"alreadySubmitted"');
  // One attempt allowed: the start button's form post is refused, and the page says why.
  const again = await alice.page.request.post("/api/quiz/start", {
    form: { assignmentId: setup.readerPath.split("/").pop()! },
    maxRedirects: 0,
  });
  expect(again.status()).toBe(303);
  expect(again.headers().location).toBe(`${quizUrl}?refused=noAttemptsLeft`);
  await alice.page.goto(again.headers().location!);
  await expect(alice.page.getByRole("alert").filter({ hasText: zh.errors.noAttemptsLeft })).toBeFocused();
  await expect(alice.page).toHaveURL(new RegExp(`${quizUrl}$`)); // said once: a reload will not say it again

  // The teacher releases; now Alice sees her feedback.
  await page.reload();
  await page.getByRole("button", { name: zh.quizSettings.releaseNow }).click();
  await expect(page.getByText(/成績已於/)).toBeVisible();
  await alice.page.reload();
  await expect(alice.page.getByRole("heading", { level: 2, name: zh.quiz.feedbackTitle })).toBeVisible();
  await alice.context.close();
  await bob.context.close();
});

test("without JavaScript a student can still open and start the quiz, and is told that answering needs it", async ({
  browser,
}) => {
  const student = await studentJoins(browser, DEMO_JOIN_CODE, "無腳本同學");
  const state = await student.context.storageState();
  await student.context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: state });
  const page = await noJs.newPage();
  const quiz = new QuizPage(page);
  await quiz.goto("/student/assignments/demo-assignment-h20");
  await page.getByRole("button", { name: zh.quiz.start }).click(); // a plain form post
  await expect(page).toHaveURL(/\/student\/assignments\/demo-assignment-h20\/quiz$/);
  // (Chromium with scripts switched off by Playwright still parses <noscript> as text, so it is read from the page.)
  expect(await page.content()).toContain(
    `<noscript><p class="form-error">${zh.quiz.needsJavaScript}</p><p><a href="/student/assignments/demo-assignment-h20">${zh.quiz.openReaderHere}</a></p></noscript>`,
  );
  await expect(page.getByRole("heading", { level: 2, name: /^第 1 題/ })).toBeVisible(); // the first item, rendered on the server
  await noJs.close();
});

test("a page left behind on another device shows the answer given since, and says so, instead of taking its older save for saved", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page);
  await enableQuiz(page, "on_submit");
  const { context, page: phone } = await studentJoins(browser, setup.joinCode, "兩台裝置同學");
  await phone.getByRole("link", { name: zh.quiz.quizLink }).click();
  const onPhone = new QuizPage(phone);
  await onPhone.start();
  // The same student on a laptop, the attempt open there too, before anything is answered.
  const laptopContext = await browser.newContext({ storageState: await context.storageState() });
  const laptop = await laptopContext.newPage();
  await laptop.goto(phone.url());
  const onLaptop = new QuizPage(laptop);
  await onLaptop.expectItem(1);

  const [a, b, c] = q(1).options!.map((o) => o.key);
  await phone.getByRole("radio", { name: optionText(1, a!) }).check();
  await onPhone.expectAllSaved();
  await phone.getByRole("radio", { name: optionText(1, b!) }).check();
  await onPhone.expectAllSaved();

  // The laptop's page is behind: its answer is older than the phone's, so the phone's stays, and the laptop shows it.
  // (click, not check: the page may put the kept answer back before check() could see its own click hold.)
  await laptop.getByRole("radio", { name: optionText(1, c!) }).click();
  await expect(laptop.getByRole("status").filter({ hasText: zh.quiz.changedElsewhere })).toBeVisible();
  await expect(laptop.getByRole("radio", { name: optionText(1, b!) })).toBeChecked();
  await expectNoSeriousA11yViolations(laptop);
  await laptop.reload();
  await expect(laptop.getByRole("radio", { name: optionText(1, b!) })).toBeChecked();

  // Answered again there, it is the newest, and the phone finds it after a reload.
  await laptop.getByRole("radio", { name: optionText(1, c!) }).check();
  await onLaptop.expectAllSaved();
  await expect(laptop.getByRole("status").filter({ hasText: zh.quiz.changedElsewhere })).toHaveCount(0);
  await phone.reload();
  await expect(phone.getByRole("radio", { name: optionText(1, c!) })).toBeChecked();
  await laptopContext.close();
});
