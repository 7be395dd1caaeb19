import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto() {
    // Signing in needs the page's script (next-auth's client); on a server's first request it may come late.
    await this.page.goto("/sign-in", { waitUntil: "networkidle" });
    await expect(this.page.getByRole("heading", { level: 1, name: zh.signIn.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  async signIn(login: string, password: string) {
    await this.page.getByLabel(zh.signIn.login).fill(login);
    await this.page.getByLabel(zh.signIn.password, { exact: true }).fill(password);
    await this.page.getByRole("button", { name: zh.signIn.submit }).click();
  }

  /** Signs in and waits for the role's home. */
  async signInAs(login: string, password: string, home: "/teacher" | "/student") {
    await this.goto();
    await this.signIn(login, password);
    await expect(this.page).toHaveURL(new RegExp(`${home}$`));
  }

  failureMessage() {
    return this.page.getByRole("status").getByText(zh.signIn.failed);
  }
}
