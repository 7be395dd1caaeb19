import { spawnSync } from "node:child_process";
import type { Browser } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { TeacherHomePage } from "./pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { STRONG_PASSWORD } from "./support/data";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { SecondServer } from "./support/second-server";
import { expect, type Page, test } from "./support/test";

// A school's server: teachers sign up for approval (TEACHER_SIGNUP=approval), and its first administrator was
// made with `npm run admin:create` before the first start, as the README tells the IT person.
const ADMIN = { login: "head@school.example", password: "head-of-school-2026" };
// Behind the school's reverse proxy (TRUST_PROXY=true), which says when the browser came over HTTPS.

test("a school administrator approves a teacher, resets their password (their session ends), and invites another", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const server = new SecondServer(3104, { TEACHER_SIGNUP: "approval", TRUST_PROXY: "true" });
  const created = spawnSync("npm", ["run", "admin:create"], {
    env: {
      ...process.env,
      DATABASE_URL: server.databaseUrl,
      ADMIN_EMAIL: ADMIN.login,
      ADMIN_NAME: "王主任",
      ADMIN_PASSWORD: ADMIN.password,
    },
    encoding: "utf8",
  });
  expect(created.status, created.stdout + created.stderr).toBe(0);
  await server.start();
  try {
    const open = async (b: Browser) => (await b.newContext({ baseURL: server.baseURL })).newPage();

    // Over HTTPS (as the trusted proxy says): HSTS, and next-auth's cookies only for HTTPS (Secure, __Host-).
    const overHttps = { "x-forwarded-proto": "https" };
    const page = await request.get(`${server.baseURL}/sign-in`, { headers: overHttps });
    expect(page.headers()["strict-transport-security"]).toBe("max-age=63072000");
    const csrf = await request.get(`${server.baseURL}/api/auth/csrf`, { headers: overHttps });
    expect(csrf.headers()["set-cookie"]).toMatch(/__Host-next-auth\.csrf-token=[^;]+;.*Secure/i);
    const plain = await request.get(`${server.baseURL}/sign-in`);
    expect(plain.headers()["strict-transport-security"]).toBeUndefined();

    // A new teacher signs up: the account waits for approval and cannot sign in yet.
    const teacher = await open(browser);
    const signUp = new SignUpPage(teacher);
    await signUp.goto();
    await signUp.signUp({ email: "lin@school.example", displayName: "林老師", password: STRONG_PASSWORD });
    await expect(teacher.getByRole("status")).toContainText(zh.signUp.pending);
    const teacherSignIn = new SignInPage(teacher);
    await teacherSignIn.goto();
    await teacherSignIn.signIn("lin@school.example", STRONG_PASSWORD);
    await expect(teacher.getByRole("status")).toContainText(zh.signIn.pending);

    // The administrator approves from 學校管理.
    const admin = await open(browser);
    await new SignInPage(admin).signInAs(ADMIN.login, ADMIN.password, "/teacher");
    await admin.getByRole("link", { name: zh.nav.admin }).first().click();
    await expect(admin.getByRole("heading", { level: 1, name: zh.admin.title })).toBeVisible();
    await expect(admin.getByText(zh.admin.policy.approval)).toBeVisible();
    await expectNoSeriousA11yViolations(admin);
    const row = (page: Page, name: string) =>
      page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(row(admin, "林老師")).toContainText(zh.admin.statusLabel.pending);
    await row(admin, "林老師").getByRole("button", { name: zh.admin.approve }).click();
    await expect(row(admin, "林老師")).toContainText(zh.admin.statusLabel.active);

    await teacherSignIn.signIn("lin@school.example", STRONG_PASSWORD);
    await new TeacherHomePage(teacher).expectLoaded();

    // The teacher forgets the password: the administrator makes a one-time code, and the old session ends.
    const form = admin.getByRole("form", { name: fmt(zh.admin.resetCodeFor, { name: "林老師" }) });
    await form.getByRole("button", { name: zh.admin.resetIssue }).click();
    await expect(form).toContainText(
      fmt(zh.admin.resetInstructions, {
        name: "林老師",
        loginName: "lin@school.example",
        url: `${server.baseURL}/reset-password`,
        hours: 24,
      }),
    );
    const code = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/.exec((await form.textContent()) ?? "")?.[0];
    expect(code).toBeDefined();
    await expectNoSeriousA11yViolations(admin);
    await teacher.goto("/teacher");
    await expect(teacher).toHaveURL(/\/sign-in$/);
    await teacher.goto("/reset-password", { waitUntil: "networkidle" });
    await teacher.getByLabel(zh.resetPassword.loginName).fill("lin@school.example");
    await teacher.getByLabel(zh.resetPassword.code).fill(code!);
    await teacher.getByLabel(zh.resetPassword.newPassword, { exact: true }).fill("lin-new-password-2026");
    await teacher.getByRole("button", { name: zh.resetPassword.submit }).click();
    await expect(teacher).toHaveURL(/\/teacher$/);

    // The only administrator cannot give up the role: said in words, nothing changes.
    await row(admin, "王主任").getByRole("button", { name: zh.admin.removeAdmin }).click();
    await expect(row(admin, "王主任")).toContainText(zh.errors.lastAdmin);
    // A teacher who is not an administrator has no such page.
    expect((await teacher.goto("/admin"))?.status()).toBe(404);

    // An invite link signs one teacher up without approval, once.
    await admin.getByRole("button", { name: zh.admin.inviteCreate }).click();
    const link = await admin.getByLabel(zh.admin.inviteLink).inputValue();
    expect(link).toMatch(new RegExp(`^${server.baseURL}/sign-up\\?invite=[A-Z0-9]{16}$`));
    const invited = await open(browser);
    await invited.goto(link);
    await expect(invited.getByText(zh.signUp.invited)).toBeVisible();
    await expectNoSeriousA11yViolations(invited);
    await new SignUpPage(invited).signUp({
      email: "chen@school.example",
      displayName: "陳老師",
      password: STRONG_PASSWORD,
    });
    await new TeacherHomePage(invited).expectLoaded();
    const again = await open(browser);
    await again.goto(link);
    await new SignUpPage(again).signUp({
      email: "fake@school.example",
      displayName: "冒名",
      password: STRONG_PASSWORD,
    });
    await expect(again.getByRole("status")).toContainText(zh.errors.inviteInvalid);
  } finally {
    if (server.process?.exitCode === null) await server.stop("SIGTERM", { to: "group" });
  }
});
