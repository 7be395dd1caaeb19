import { readFileSync } from "node:fs";
import type { Request } from "@playwright/test";
import { DebatePage } from "./pages/debate-page";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_STUDENT } from "./support/data";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { callServerAction, serverActionId } from "./support/server-actions";
import { expect, test } from "./support/test";

const RETREAT = "美國是被迫讓步,不是主動示好。";
const TRAP = "H20 是讓中國企業依賴英偉達的安全閥。";

test("two students and their teacher: private opening, live rebuttal with a quote, hiding with a reason, anonymity, rubric, export", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const a = await studentJoins(browser, setup.joinCode, "甲同學");
  const b = await studentJoins(browser, setup.joinCode, "乙同學");
  const boardA = new DebatePage(a.page);
  const boardB = new DebatePage(b.page);

  await boardA.open();
  await boardA.giveStance(h20Stance(2));
  await boardA.chooseSide("first");
  await boardA.postArgument({
    claim: RETREAT,
    reasoning: "第3段直說這是「戰略退卻」。",
    quote: { paragraph: 3, text: "戰略退卻" },
  });
  await expect(boardA.argument(RETREAT)).toContainText("「戰略退卻」");
  await expectNoSeriousA11yViolations(a.page);

  await boardB.open();
  await boardB.giveStance(h20Stance(4));
  await boardB.chooseSide("second");
  await boardB.postArgument({
    claim: TRAP,
    reasoning: "第19段說美國打著小算盤。",
    quote: { paragraph: 19, text: "安全閥" },
  });
  // Opening phase: each sees only their own argument (A's page loaded again, after B's post, to be sure).
  await expect(boardB.argument(TRAP)).toBeVisible();
  await expect(boardB.argument(RETREAT)).toHaveCount(0);
  await a.page.reload();
  await expect(boardA.argument(RETREAT)).toBeVisible();
  await expect(boardA.argument(TRAP)).toHaveCount(0);

  // The teacher sees both, with names, and opens the rebuttal: both boards update without a reload.
  await page.getByRole("link", { name: zh.debateTeacher.panel.link }).click();
  await expect(page.getByText(RETREAT).first()).toBeVisible();
  await expect(page.getByText(TRAP).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole("form", { name: zh.debateTeacher.controls.phaseForm })
    .getByRole("button", { name: zh.debateTeacher.controls.phaseButton.rebuttal })
    .click();
  await expect(boardB.argument(RETREAT)).toBeVisible({ timeout: 5000 });
  await expect(boardA.argument(TRAP)).toBeVisible({ timeout: 5000 });

  // B rebuts A's argument with a quote; it appears on A's board live, merged from what changed (A's page
  // asks for the board's changes and does not re-render the page).
  const asked = { changes: 0, rerenders: 0 };
  const count = (request: Request) => {
    if (new URL(request.url()).pathname.endsWith("/board")) asked.changes++;
    if (request.headers().rsc === "1") asked.rerenders++;
  };
  a.page.on("request", count);
  await boardB.reply(RETREAT, {
    kind: "rebut",
    body: "第19段說美國是刻意的,不是被迫。",
    quote: { paragraph: 19, text: "小算盤" },
  });
  await expect(boardA.argument(RETREAT)).toContainText("第19段說美國是刻意的,不是被迫。", { timeout: 5000 });
  await expect(boardA.argument(RETREAT)).toContainText("「小算盤」");
  a.page.off("request", count);
  expect(asked.changes).toBeGreaterThan(0);
  expect(asked.rerenders).toBe(0);
  await expectNoSeriousA11yViolations(a.page);

  // Bad input on the board: a quote that is not the text (what a tampered browser could send) is refused
  // with its reason and nothing is posted; HTML in a reply is kept as text.
  const trapPost = boardA.argument(TRAP);
  await trapPost.getByRole("button", { name: fmt(zh.debate.replyTo, { name: TRAP }) }).click();
  const replyForm = trapPost.getByRole("form", { name: fmt(zh.debate.replyTo, { name: TRAP }) });
  const html = "<img src=x onerror=alert(1)>第3段才是重點";
  await expect(replyForm.getByRole("textbox", { name: zh.debate.replyBody })).toBeFocused(); // opening the form moves focus into it
  await replyForm.getByRole("textbox", { name: zh.debate.replyBody }).fill(html);
  // The form's hidden field with the chosen quotes: no person can reach it, an attacker can.
  const quotesField = replyForm.locator('input[type="hidden"][name="quotes"]');
  await quotesField.evaluate(
    (el: HTMLInputElement) =>
      (el.value = JSON.stringify([{ paragraphId: "h20-p03", start: 0, end: 2, text: "捏造", script: "trad" }])),
  );
  await replyForm.getByRole("button", { name: zh.debate.postReply }).click();
  await expect(replyForm.getByRole("alert")).toHaveText(zh.errors.quoteMismatch);
  await expect(trapPost).not.toContainText("第3段才是重點");
  await quotesField.evaluate((el: HTMLInputElement) => (el.value = "[]"));
  await replyForm.getByRole("button", { name: zh.debate.postReply }).click();
  await expect(trapPost).toContainText(html, { timeout: 5000 });
  await expect(trapPost.getByRole("button", { name: fmt(zh.debate.replyTo, { name: TRAP }) })).toBeFocused(); // and back when it closes
  await expect(trapPost.getByRole("img")).toHaveCount(0);

  // The teacher hides B's argument with a reason: B sees the reason, A only a placeholder.
  const reason = "請再補一段第19段以外的證據。";
  // Moderation is behind each post's menu.
  await page.getByText(`${zh.debateTeacher.board.moderate} ${TRAP}`, { exact: true }).first().click();
  const hide = page.getByRole("form", { name: fmt(zh.debateTeacher.board.hideForm, { name: TRAP }) });
  await hide.getByRole("button", { name: zh.debateTeacher.board.hide }).click();
  await expect(hide.getByText(zh.errors.hideReasonRequired)).toBeVisible(); // a reason is required
  await hide.getByRole("textbox", { name: zh.debateTeacher.board.hideReason }).fill(reason);
  await hide.getByRole("button", { name: zh.debateTeacher.board.hide }).click();
  await expect(b.page.getByText(fmt(zh.debate.hiddenByTeacher, { reason }))).toBeVisible({ timeout: 5000 });
  await expect(boardA.argument(TRAP)).toHaveCount(0, { timeout: 5000 });
  await expect(a.page.getByText(zh.debate.hiddenPlaceholder)).toBeVisible();
  await expect(a.page.getByText(reason)).toHaveCount(0);

  // Anonymous mode: students see pseudonyms and are told so; the teacher still sees names.
  await page.getByText(zh.debateTeacher.settings.edit).click();
  const settings = page.getByRole("form", { name: zh.debateTeacher.settings.form });
  await settings.getByRole("checkbox", { name: zh.debateTeacher.settings.anonymous }).check();
  await settings.getByRole("button", { name: zh.debateTeacher.settings.save }).click();
  await expect(settings.getByText(zh.debateTeacher.settings.saved)).toBeVisible();
  await expect(a.page.getByText(fmt(zh.debate.whoSeesNameAnonymous, { pseudonym: "同學 A" }))).toBeVisible({
    timeout: 5000,
  });
  await expect(boardA.argument(RETREAT)).toContainText("同學 B");
  await expect(a.page.getByText("乙同學")).toHaveCount(0);
  await expect(page.getByText("乙同學").first()).toBeVisible();

  // The teacher rewords one level of the rubric for this board, then grades a student beside their posts.
  const claim3 = "主張清楚，直接回答「退卻還是陷阱」。";
  await page.getByText(zh.debateTeacher.rubric.edit).click();
  const wording = page.getByRole("form", { name: zh.debateTeacher.rubric.form });
  await wording
    .getByRole("textbox", {
      name: fmt(zh.debateTeacher.rubric.levelField, { criterion: zh.debateRubric.criteria.claim, level: 3 }),
    })
    .fill(claim3);
  await wording.getByRole("button", { name: zh.debateTeacher.rubric.save }).click();
  await expect(wording.getByText(zh.debateTeacher.rubric.saved)).toBeVisible();
  await expect(page.getByRole("table", { name: zh.debateTeacher.rubric.caption })).toContainText(claim3);
  const rowA = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "甲同學" }) });
  await expect(rowA).toContainText(zh.debateTeacher.students.notGraded);
  await rowA.getByRole("link", { name: fmt(zh.debateTeacher.students.gradeLink, { name: "甲同學" }) }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: fmt(zh.debateTeacher.grading.work, { name: "甲同學" }) }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: fmt(zh.debateTeacher.grading.work, { name: "甲同學" }) }),
  ).toContainText(RETREAT);
  const rubric = page.getByRole("form", { name: fmt(zh.debateTeacher.students.rubricForm, { name: "甲同學" }) });
  await expect(rubric.getByRole("group", { name: zh.debateRubric.criteria.claim })).toContainText(claim3);
  for (const criterion of ["claim", "evidence", "reasoning", "rebuttal"] as const) {
    await rubric
      .getByRole("group", { name: zh.debateRubric.criteria[criterion] })
      .getByRole("radio", { name: fmt(zh.debateRubric.level, { level: 3 }) })
      .check();
  }
  await expect(rubric.getByText(fmt(zh.debateRubric.total, { total: 12, max: 16 }))).toBeVisible();
  await rubric.getByRole("textbox", { name: zh.debateTeacher.students.feedback }).fill("證據扎實，反駁可以更具體。");
  await rubric.getByRole("button", { name: zh.debateTeacher.students.rubricSubmit }).click();
  await expect(rubric.getByText(zh.debateTeacher.students.saved)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: zh.debateTeacher.grading.back }).click();
  await expect(rowA).toContainText(fmt(zh.debateTeacher.students.rubricTotal, { total: 12, max: 16 }));
  // The student sees their own grade, what each level means, and the feedback; the other student does not.
  const feedback = "證據扎實，反駁可以更具體。";
  await a.page.reload();
  const grade = a.page.getByRole("region", { name: zh.debate.grade.title });
  const scores = grade.getByRole("definition");
  await expect(scores).toHaveCount(5);
  for (let i = 0; i < 4; i++)
    await expect(scores.nth(i)).toContainText(fmt(zh.debate.grade.score, { score: 3, max: 4 }));
  await expect(scores.nth(0)).toContainText(claim3);
  await expect(scores.nth(1)).toContainText(zh.debateRubric.levels.evidence["3"]);
  await expect(scores.nth(4)).toHaveText(fmt(zh.debate.grade.score, { score: 12, max: 16 }));
  await expect(grade).toContainText(feedback);
  await expectNoSeriousA11yViolations(a.page);
  await b.page.reload();
  await expect(b.page.getByRole("heading", { level: 1, name: zh.debate.title })).toBeVisible();
  await expect(b.page.getByRole("region", { name: zh.debate.grade.title })).toHaveCount(0);
  await expect(b.page.getByText(feedback)).toHaveCount(0);

  // Exports: CSV (with BOM) and Markdown hold the arguments, the reply and the quotes.
  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: zh.debateTeacher.export.csv }).click(),
  ]);
  const csv = readFileSync((await csvFile.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  for (const text of [RETREAT, TRAP, "第19段說美國是刻意的,不是被迫。", "小算盤"]) expect(csv).toContain(text);
  const [mdFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: zh.debateTeacher.export.markdown }).click(),
  ]);
  const md = readFileSync((await mdFile.path())!, "utf8");
  for (const text of [RETREAT, "小算盤"]) expect(md).toContain(text);

  // A student of another class gets 404 on this board.
  const outsider = await browser.newContext();
  const o = await outsider.newPage();
  await new SignInPage(o).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  await o.goto(new URL(a.page.url()).pathname);
  await expect(o.getByRole("heading", { level: 1, name: zh.notFound.title })).toBeVisible();
  // Nor the board's changes (what a student's page merges live): only the class's students get them, each
  // their own view (the hidden post's reason and, on an anonymous board, names stay out); the teacher's pages
  // re-render instead, so the teacher gets 404 too.
  const changes = `${new URL(a.page.url()).pathname.replace(/^\/student\/assignments\//, "/api/debate/").replace(/\/debate$/, "/board")}?since=0`;
  expect((await o.request.get(changes)).status()).toBe(404);
  expect((await page.request.get(changes)).status()).toBe(404);
  const own = await a.page.request.get(changes);
  expect(own.status()).toBe(200);
  const body = await own.text();
  expect(body).toContain(RETREAT);
  expect(body).not.toContain(reason);
  expect(body).not.toContain("乙同學");
  await outsider.close();
  await a.context.close();
  await b.context.close();
});

test("a student calling the teacher's phase action directly is refused; the teacher's own call works", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const student = await studentJoins(browser, setup.joinCode, "越權同學");
  const assignmentId = setup.readerPath.split("/").pop()!;
  const setPhase = serverActionId("lib/debate/teacher-actions.ts", "setPhaseAction");
  const reply = await callServerAction(student.page.request, `${setup.readerPath}/debate`, setPhase, [
    null,
    { assignmentId, phase: "closed" },
  ]);
  expect(reply).toContain('"formError":"notAllowed"');
  // The same call by the teacher works, so the refusal above is about the role, not the request.
  expect(
    await callServerAction(page.request, `/teacher/assignments/${assignmentId}/debate`, setPhase, [
      null,
      { assignmentId, phase: "rebuttal" },
    ]),
  ).toContain('"ok":true');
  await student.page.goto(`${setup.readerPath}/debate`);
  await student.page.getByRole("radio", { name: h20Stance(3) }).check();
  await student.page.getByRole("button", { name: zh.debate.stanceSubmit }).click();
  await expect(student.page.getByText(zh.debate.phase.rebuttal)).toBeVisible();
  await student.context.close();
});
