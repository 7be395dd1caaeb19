import { randomInt } from "node:crypto";
import { DebatePage } from "./pages/debate-page";
import { QuizPage } from "./pages/quiz-page";
import { SignInPage } from "./pages/sign-in-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { STRONG_PASSWORD } from "./support/data";
import { boardInRebuttal, enableQuiz, studentJoins, teacherWithAssignment } from "./support/flows";
import { h20Stance } from "./support/h20";
import { joinFrom } from "./support/join-guess";
import { zh } from "./support/messages";
import { SecondServer } from "./support/second-server";
import { expect, test } from "./support/test";

/**
 * Two servers (`npm start` on two ports) on the suite's PostgreSQL database (E2E_DATABASE_URL: this file runs
 * only there, playwright.config.ts), sharing live updates and limits through PostgreSQL alone, then through
 * Redis (decisions 0049, 0050). Both use the checkout's secret, as the suite's own server does. Browsers
 * keep cookies per host, not per port: a context signed in through one server is signed in on the other.
 */
const MODES: { name: string; ports: number[]; env: Record<string, string> }[] = [
  { name: "through PostgreSQL", ports: [3311, 3312], env: {} },
  { name: "through Redis", ports: [3313, 3314], env: { REDIS_URL: "redis://127.0.0.1:6379" } },
];

for (const mode of MODES) {
  test.describe(`two servers on one database, ${mode.name}`, () => {
    test.describe.configure({ mode: "serial" });
    const [a, b] = mode.ports.map(
      (port) =>
        new SecondServer(port, {
          DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
          NEXTAUTH_SECRET: "",
          WEB_CONCURRENCY: "1",
          ...mode.env,
        }),
    ) as [SecondServer, SecondServer];

    test.beforeAll(async () => {
      test.setTimeout(240_000);
      await Promise.all([a.start(), b.start()]);
    });
    test.afterAll(async () => {
      for (const server of [a, b])
        if (server.process?.exitCode === null && server.process.signalCode === null) await server.stop("SIGTERM");
    });

    test("a phase change through B reaches a student on A, and a post through A appears live on B", async ({
      page,
      browser,
    }) => {
      const setup = await teacherWithAssignment(page, undefined, { debate: true });
      const onA = await studentJoins(browser, setup.joinCode, "甲同學", { baseURL: a.baseURL });
      const onB = await studentJoins(browser, setup.joinCode, "乙同學", { baseURL: b.baseURL });
      const [boardA, boardB] = [new DebatePage(onA.page), new DebatePage(onB.page)];
      for (const [board, side] of [
        [boardA, "first"],
        [boardB, "second"],
      ] as const) {
        await board.open();
        await board.giveStance(h20Stance(3));
        await board.chooseSide(side);
      }

      // The teacher opens the rebuttal through B; the student on A sees it without reloading.
      await page.goto(`${b.baseURL}${new URL(setup.teacherAssignmentUrl).pathname}`);
      await boardInRebuttal(page);
      await expect(onA.page.getByText(zh.debate.phase.rebuttal)).toBeVisible({ timeout: 10_000 });

      // A post through A is on B's board without a reload.
      const claim = `經由甲伺服器的論點 ${randomInt(1e6)}`;
      await boardA.postArgument({
        claim,
        reasoning: "第3段直說這是「戰略退卻」。",
        quote: { paragraph: 3, text: "戰略退卻" },
      });
      await expect(boardB.argument(claim)).toBeVisible({ timeout: 10_000 });
      await expectNoSeriousA11yViolations(onB.page);
      await onA.context.close();
      await onB.context.close();
    });

    test("the join-code limit reached through A holds on B", async () => {
      // A loopback address of this run's own: the limit it trips holds nobody else up, now or in a later run.
      const from = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
      for (let i = 1; i <= 30; i++)
        expect(await joinFrom(a.baseURL, from, "", `WRONG${i % 10}`)).toContain('"joinCodeUnknown"');
      expect(await joinFrom(b.baseURL, from, "", "WRONGX")).toContain('"formError":"tooManyAttempts"');
    });

    test("a password change through A ends the student's session on B", async ({ page, browser }) => {
      const setup = await teacherWithAssignment(page);
      const onA = await studentJoins(browser, setup.joinCode, "換密碼", { baseURL: a.baseURL });
      const phone = await browser.newContext({ baseURL: b.baseURL });
      const phonePage = await phone.newPage();
      await new SignInPage(phonePage).signInAs(onA.loginName, STRONG_PASSWORD, "/student");

      await onA.page.goto("/account");
      await onA.page.getByLabel(zh.account.currentPassword).fill(STRONG_PASSWORD);
      await onA.page.getByLabel(zh.account.newPassword, { exact: true }).fill("a-brand-new-passphrase");
      await onA.page.getByRole("button", { name: zh.account.submit }).click();
      await expect(onA.page.getByText(zh.account.changed)).toBeVisible();

      await phonePage.goto("/student");
      await expect(phonePage).toHaveURL(/\/sign-in$/);
      await phone.close();
      await onA.context.close();
    });

    test("killing A while a student answers loses no acknowledged answer, and the student goes on through B", async ({
      page,
      browser,
    }) => {
      const setup = await teacherWithAssignment(page);
      await enableQuiz(page, "on_submit");
      const student = await studentJoins(browser, setup.joinCode, "換機同學", { baseURL: a.baseURL });
      const quiz = new QuizPage(student.page);
      await quiz.goto(setup.readerPath);
      await quiz.start();
      await student.page.getByRole("radio").first().check();
      await quiz.expectAllSaved(); // acknowledged by A

      await a.stop("SIGKILL", { to: "group" });

      // The school's proxy would send the next request to B; here the student opens B's address.
      await student.page.goto(`${b.baseURL}${setup.readerPath}/quiz`);
      await quiz.expectItem(1);
      await expect(student.page.getByRole("radio").first()).toBeChecked();
      await quiz.goToItem(2);
      await student.page.getByRole("radio").first().check();
      await quiz.expectAllSaved();
      await student.page.reload();
      await quiz.goToItem(1);
      await expect(student.page.getByRole("radio").first()).toBeChecked();
      await quiz.goToItem(2);
      await expect(student.page.getByRole("radio").first()).toBeChecked();
      await student.context.close();
    });
  });
}
