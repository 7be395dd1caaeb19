import { QuizPage } from "./pages/quiz-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { enableQuiz, studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

test("while the server cannot save (its disk is full), an answer stays queued, the page says why, and it is saved once the server can", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page);
  await enableQuiz(page, "on_submit");
  const { context, page: s } = await studentJoins(browser, setup.joinCode, "存檔同學");
  await s.getByRole("link", { name: zh.quiz.quizLink }).click();
  const quiz = new QuizPage(s);
  await quiz.start();

  // What the server answers a save while its database refuses writes (lib/http/routes.ts, decision 0018).
  await s.route("**/api/quiz/answers", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ ok: false, formError: "serverCannotSave" }),
    }),
  );
  await s.getByRole("radio").first().check();
  await expect(quiz.saveState()).toHaveText(fmt(zh.quiz.serverPending, { count: 1 }));
  await expect(s.getByText(zh.quiz.itemNotSavedServer)).toBeVisible();
  await expectNoSeriousA11yViolations(s);

  // Space freed: the queued answer goes out by itself.
  await s.unroute("**/api/quiz/answers");
  await quiz.expectAllSaved();
  await s.reload();
  await quiz.expectItem(1);
  await expect(s.getByRole("radio").first()).toBeChecked();
  await context.close();
});
