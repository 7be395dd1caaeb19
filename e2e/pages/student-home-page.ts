import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

export class StudentHomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/student");
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page).toHaveURL(/\/student$/);
    await expect(this.page.getByRole("heading", { level: 1, name: zh.studentHome.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  assignment(title: string) {
    return this.page.getByRole("heading", { level: 2, name: title });
  }
}
