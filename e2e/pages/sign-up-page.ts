import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

export class SignUpPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/sign-up");
    await expect(this.page.getByRole("heading", { level: 1, name: zh.signUp.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  async signUp(details: { email: string; displayName: string; password: string }) {
    await this.page.getByLabel(zh.signUp.email).fill(details.email);
    await this.page.getByLabel(zh.signUp.displayName).fill(details.displayName);
    await this.page.getByLabel(zh.signUp.password, { exact: true }).fill(details.password);
    await this.page.getByRole("button", { name: zh.signUp.submit }).click();
  }
}
