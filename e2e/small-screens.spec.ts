import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { DEMO_STUDENT } from "./support/data";

test.use({ viewport: { width: 360, height: 740 } });

test("pages fit a 360 px wide phone without sideways scrolling", async ({ page }) => {
  const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const path of ["/", "/join", "/sign-up"]) {
    await page.goto(path);
    await fits();
  }
  await new SignInPage(page).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  await fits();
});
