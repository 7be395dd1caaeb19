import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

export class TeacherHomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/teacher");
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole("heading", { level: 1, name: zh.teacherHome.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  classCard(name: string) {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name }) });
  }

  async createClass(name: string) {
    await this.page.getByLabel(zh.teacherHome.newClassName).fill(name);
    await this.page.getByRole("button", { name: zh.teacherHome.createClass }).click();
  }
}
