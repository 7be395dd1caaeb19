import { type Browser, type BrowserContextOptions, expect, type Page } from "@playwright/test";
import { ClassPage } from "../pages/class-page";
import { DebatePage } from "../pages/debate-page";
import { JoinPage } from "../pages/join-page";
import { SignUpPage } from "../pages/sign-up-page";
import { StudentHomePage } from "../pages/student-home-page";
import { TeacherHomePage } from "../pages/teacher-home-page";
import { expectNoSeriousA11yViolations } from "./axe";
import { STRONG_PASSWORD, unique } from "./data";
import { h20Stance } from "./h20";
import { zh } from "./messages";

/** A new teacher with a new class holding one assignment of the article; returns its URLs and code. */
export async function teacherWithAssignment(page: Page, opensAt?: string, parts: { debate?: boolean } = {}) {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({
    email: `${unique("reader")}@school.example`,
    displayName: "閱讀老師",
    password: STRONG_PASSWORD,
  });
  const home = new TeacherHomePage(page);
  await home.expectLoaded();
  const className = unique("高一 ");
  await home.createClass(className);
  await home.classCard(className).getByRole("link", { name: className }).click();
  const classPage = new ClassPage(page);
  await classPage.expectLoaded(className);
  const joinCode = await classPage.joinCode();
  const classUrl = page.url();
  await classPage.newAssignment({ opensAt, ...parts });
  await expectNoSeriousA11yViolations(page);
  const assignmentId = page.url().split("/").pop()!;
  return {
    className,
    joinCode,
    classUrl,
    teacherAssignmentUrl: page.url(),
    readerPath: `/student/assignments/${assignmentId}`,
  };
}

export async function studentJoins(
  browser: Browser,
  joinCode: string,
  displayName: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const join = new JoinPage(page);
  await join.goto();
  const loginName = unique("r.");
  await join.join({ joinCode, loginName, displayName, password: STRONG_PASSWORD });
  await new StudentHomePage(page).expectLoaded();
  return { context, page, loginName };
}

/** On the teacher's assignment page: switches the quiz on (and sets how results are released). */
export async function enableQuiz(page: Page, release: "on_submit" | "after_due" | "manual" = "on_submit") {
  await page.getByText(zh.quizSettings.settings, { exact: true }).click();
  const form = page.getByRole("form", { name: zh.quizSettings.formLabel });
  await form.getByRole("checkbox", { name: zh.quizSettings.enabled }).check();
  await form.getByRole("radio", { name: zh.quizSettings.releaseMode[release] }).check();
  await form.getByRole("button", { name: zh.quizSettings.save }).click();
  await expect(form.getByText(zh.quizSettings.saved)).toBeVisible();
  await expect(page.getByRole("link", { name: zh.quizSettings.resultsLink })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

/**
 * From the teacher's assignment page: opens the board's page, switches on the given board settings (their
 * checkbox labels), saves, and opens the rebuttal phase (arguments visible, replies allowed).
 */
export async function boardInRebuttal(page: Page, switchOn: string[] = []) {
  await page.getByRole("link", { name: zh.debateTeacher.panel.link }).click();
  if (switchOn.length) {
    await page.getByText(zh.debateTeacher.settings.edit).click();
    const settings = page.getByRole("form", { name: zh.debateTeacher.settings.form });
    for (const name of switchOn) await settings.getByRole("checkbox", { name }).check();
    await settings.getByRole("button", { name: zh.debateTeacher.settings.save }).click();
    await expect(settings.getByText(zh.debateTeacher.settings.saved)).toBeVisible();
  }
  await page
    .getByRole("form", { name: zh.debateTeacher.controls.phaseForm })
    .getByRole("button", { name: zh.debateTeacher.controls.phaseButton.rebuttal })
    .click();
}

/**
 * A class debating: a new teacher's assignment with its board; 甲同學 argues the first side (`argument`), the
 * teacher opens the rebuttal phase, and 乙同學 takes the second side, ready to answer it.
 */
export async function argumentAndOpponent(page: Page, browser: Browser, argument: Argument) {
  const setup = await teacherWithAssignment(page, undefined, { debate: true });
  const a = await studentJoins(browser, setup.joinCode, "甲同學");
  const b = await studentJoins(browser, setup.joinCode, "乙同學");
  const boardA = new DebatePage(a.page);
  await boardA.open();
  await boardA.giveStance(h20Stance(2));
  await boardA.chooseSide("first");
  await boardA.postArgument(argument);
  await boardInRebuttal(page);
  const boardB = new DebatePage(b.page);
  await boardB.open();
  await boardB.giveStance(h20Stance(4));
  await boardB.chooseSide("second");
  return { setup, a, b, boardA, boardB };
}

type Argument = Parameters<DebatePage["postArgument"]>[0];
