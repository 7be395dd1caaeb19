import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { fmt } from "../support/format";
import { zh } from "../support/messages";

/** The student's quiz page: start, one item per screen, autosave state, review and submit, feedback. */
export class QuizPage {
  constructor(readonly page: Page) {}

  async goto(readerPath: string) {
    await this.page.goto(`${readerPath}/quiz`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(
      fmt(zh.quiz.pageTitle, { title: "" }).trim(),
    );
  }

  async start() {
    await this.page.getByRole("button", { name: zh.quiz.start }).click();
    await this.expectItem(1);
    await expectNoSeriousA11yViolations(this.page);
  }

  async expectItem(n: number) {
    await expect(this.page.getByRole("heading", { level: 2, name: new RegExp(`^第 ${n} 題`) })).toBeVisible();
  }

  /** Jumps with the question navigator; buttons are named by number plus answered / not answered. */
  async goToItem(n: number) {
    await this.page
      .getByRole("navigation", { name: zh.quiz.itemsNav })
      .getByRole("button", { name: new RegExp(`^${n}\\s*(${zh.quiz.answered}|${zh.quiz.notAnswered})$`) })
      .click();
    await this.expectItem(n);
  }

  navButton(n: number) {
    return this.page
      .getByRole("navigation", { name: zh.quiz.itemsNav })
      .getByRole("button", { name: new RegExp(`^${n}\\s*(${zh.quiz.answered}|${zh.quiz.notAnswered})$`) });
  }

  saveState() {
    return this.page
      .getByRole("status")
      .filter({ hasText: new RegExp(`${zh.quiz.allSaved}|${zh.quiz.saving}|尚未儲存`) });
  }

  async expectAllSaved() {
    await expect(this.saveState()).toHaveText(zh.quiz.allSaved, { timeout: 15_000 });
  }

  async review() {
    await this.page
      .getByRole("navigation", { name: zh.quiz.itemsNav })
      .getByRole("button", { name: zh.quiz.reviewTitle })
      .click();
    await expect(this.page.getByRole("heading", { level: 2, name: zh.quiz.reviewTitle })).toBeVisible();
  }

  /** Opens the confirmation, checks it lists what is unanswered, and confirms. */
  async submit(unanswered: number[]) {
    await this.review();
    await this.page.getByRole("button", { name: zh.quiz.submit, exact: true }).click();
    const dialog = this.page.getByRole("dialog", { name: zh.quiz.confirmTitle });
    await expect(dialog).toBeVisible();
    if (unanswered.length)
      await expect(dialog).toContainText(fmt(zh.quiz.unansweredList, { list: unanswered.join("、") }));
    await expectNoSeriousA11yViolations(this.page);
    await dialog.getByRole("button", { name: zh.quiz.confirmSubmit }).click();
    await expect(
      this.page
        .getByRole("heading", { level: 2, name: zh.quiz.feedbackTitle })
        .or(this.page.getByText(zh.quiz.notReleased)),
    ).toBeVisible();
  }
}
