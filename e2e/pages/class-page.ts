import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

/** A teacher's class: join code, assignments, roster. */
export class ClassPage {
  constructor(readonly page: Page) {}

  async expectLoaded(name: string) {
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  async joinCode(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText (what a person sees), not the DOM's
    return (await this.page.locator(".join-code").innerText()).trim();
  }

  async regenerateJoinCode() {
    const before = await this.joinCode();
    await this.page.getByText(zh.classPage.regenerate, { exact: true }).click(); // opens the confirmation
    await this.page.getByRole("button", { name: zh.classPage.regenerateConfirm }).click();
    await expect(this.page.locator(".join-code")).not.toHaveText(before);
  }

  async removeStudent(displayName: string) {
    const row = this.page.getByRole("row").filter({ hasText: displayName });
    await row.getByText(zh.classPage.remove).click();
    await row.getByRole("button", { name: zh.classPage.removeConfirm.replace("{name}", displayName) }).click();
    await expect(this.page.getByRole("row").filter({ hasText: displayName })).toHaveCount(0);
  }

  async newAssignment(details: { opensAt?: string; title?: string; debate?: boolean } = {}) {
    await this.page.getByRole("link", { name: zh.classPage.newAssignment }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: zh.assignmentForm.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
    // The library's one reading is preselected and its title proposed.
    if (details.title) await this.page.getByLabel(zh.assignmentForm.assignmentTitle).fill(details.title);
    if (details.opensAt) await this.page.getByLabel(zh.assignmentForm.opensAt).fill(details.opensAt);
    if (details.debate) await this.page.getByRole("checkbox", { name: zh.assignmentForm.partDebate }).check();
    await this.page.getByRole("button", { name: zh.assignmentForm.submit }).click();
    await expect(this.page).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
  }
}
