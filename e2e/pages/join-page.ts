import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

export type JoinDetails = { joinCode: string; loginName: string; displayName: string; password: string };

export class JoinPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/join");
    await expect(this.page.getByRole("heading", { level: 1, name: zh.join.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  async join(details: JoinDetails) {
    await this.page.getByLabel(zh.join.joinCode).fill(details.joinCode);
    await this.page.getByLabel(zh.join.loginName).fill(details.loginName);
    await this.page.getByLabel(zh.join.displayName).fill(details.displayName);
    await this.page.getByLabel(zh.join.password, { exact: true }).fill(details.password);
    await this.page.getByRole("button", { name: zh.join.submit }).click();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
}
