import { expect, test } from "@playwright/test";
import { buildSimpleDocx } from "../lib/testing/docx";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";

// A short Word document of the teacher's own, written for this test: a heading, then three paragraphs.
const HEADING = "一、晶圓代工的起點";
const BODY = ["一九八七年，台積電在新竹成立，", "開創了專業晶圓代工的模式。", "今天，全球最先進的晶片多半在台灣製造。"];

test("a teacher imports a Word file, marks a heading and merges two paragraphs before saving; a bad file and a private address are refused", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await teacherWithAssignment(page);
  await page.goto("/teacher/readings/new");
  const fileForm = page.getByRole("form", { name: zh.library.import.fileForm });

  // A PNG named .docx is not a Word document: refused, and the form stays empty.
  await fileForm.getByLabel(zh.library.import.file).setInputFiles({
    name: "假的.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
  });
  await fileForm.getByRole("button", { name: zh.library.import.importFile }).click();
  await expect(fileForm.getByText(zh.errors.importWrongType)).toBeVisible();
  await expect(page.getByRole("textbox", { name: zh.library.fieldText })).toHaveValue("");

  // The school's own server is not a page to import: refused before any request is made.
  const urlForm = page.getByRole("form", { name: zh.library.import.urlForm });
  await urlForm.getByLabel(zh.library.import.url).fill("http://127.0.0.1:3100/teacher");
  await urlForm.getByRole("button", { name: zh.library.import.importUrl }).click();
  await expect(urlForm.getByText(zh.errors.importAddressRefused)).toBeVisible();

  const docx = await buildSimpleDocx([{ text: HEADING, style: "Heading1" }, ...BODY.map((text) => ({ text }))]);
  await fileForm.getByLabel(zh.library.import.file).setInputFiles({
    name: "晶圓代工.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: docx,
  });
  await fileForm.getByRole("button", { name: zh.library.import.importFile }).click();
  await expect(fileForm.getByText(zh.library.import.done)).toBeVisible();

  const form = page.getByRole("form", { name: zh.library.form });
  await expect(form.getByRole("textbox", { name: zh.library.fieldTitle, exact: true })).toHaveValue(HEADING);
  await expect(form.getByRole("textbox", { name: zh.library.fieldSource })).toHaveValue("晶圓代工.docx");
  await expect(form.getByText(fmt(zh.library.previewCount, { count: 4 }))).toBeVisible();
  const heading = form.getByRole("listitem", { name: fmt(zh.library.previewHeading, { n: 1 }) });
  await expect(heading.getByRole("button", { name: fmt(zh.library.markHeading, { n: 1 }) })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoSeriousA11yViolations(page);

  // The first two body paragraphs are one sentence cut in two: merged, without a space between Chinese.
  await form.getByRole("button", { name: fmt(zh.library.mergeNext, { n: 2 }) }).click();
  await expect(form.getByText(fmt(zh.library.previewCount, { count: 3 }))).toBeVisible();
  await expect(
    form.getByRole("listitem", { name: fmt(zh.library.previewParagraph, { n: 2 }) }).getByRole("paragraph"),
  ).toHaveText(BODY[0]! + BODY[1]!);
  // A heading mark comes off and goes back on from the keyboard.
  await form.getByRole("button", { name: fmt(zh.library.markHeading, { n: 1 }) }).press("Enter");
  await expect(form.getByRole("listitem", { name: fmt(zh.library.previewParagraph, { n: 1 }) })).toBeVisible();
  await form.getByRole("button", { name: fmt(zh.library.markHeading, { n: 1 }) }).press("Enter");
  await form.getByRole("button", { name: zh.library.save }).click();

  await expect(page.getByRole("heading", { level: 1, name: HEADING })).toBeVisible();
  await expect(page.getByRole("region", { name: zh.library.text }).getByRole("listitem")).toHaveText([
    HEADING,
    BODY[0]! + BODY[1]!,
    BODY[2]!,
  ]);
  await expectNoSeriousA11yViolations(page);
});

test("a lesson file carries a reading to another installation whole; one from a newer version is refused; a student gets 404", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const setup = await teacherWithAssignment(page);
  // The library's first lesson, as a file.
  const download = await page.request.get("/teacher/readings/library-h20-2025/lesson");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain(".lesson.json");
  const lesson = await download.json();
  expect(lesson).toMatchObject({ format: "close-reading-lesson", version: 1 });
  expect(lesson.items.length).toBeGreaterThan(20);

  await page.goto("/teacher/readings");
  await page.getByText(zh.library.lesson.form, { exact: true }).click();
  const form = page.getByRole("form", { name: zh.library.lesson.form });
  const upload = (json: unknown) =>
    form.getByLabel(zh.library.lesson.file).setInputFiles({
      name: "h20.lesson.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(json)),
    });

  await upload({ ...lesson, version: 2 });
  await form.getByRole("button", { name: zh.library.lesson.import }).click();
  await expect(form.getByRole("list", { name: zh.library.lesson.problems })).toContainText(zh.errors.lessonTooNew);
  await expectNoSeriousA11yViolations(page);

  await upload(lesson);
  await form.getByRole("button", { name: zh.library.lesson.import }).click();
  await expect(page).toHaveURL(/\/teacher\/readings\/(?!library-h20-2025)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: lesson.reading.title })).toBeVisible();
  await expect(page.getByText(zh.library.sharedNo, { exact: true })).toBeVisible();
  await expect(page.getByText(fmt(zh.library.debate.current, { motion: lesson.debate.motion.zhHant }))).toBeVisible();
  await page.getByRole("link", { name: fmt(zh.bank.link, { count: lesson.items.length }) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lesson.reading.title);
  await expect(page.getByRole("region", { name: new RegExp(zh.bank.items) }).getByRole("listitem")).not.toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const copyId = new URL(page.url()).pathname.split("/")[3]!;

  // The copy is private: a student (and anyone not its teacher) gets 404 for its lesson file and its bank.
  const { page: student } = await studentJoins(browser, setup.joinCode, "好奇同學");
  expect((await student.request.get(`/teacher/readings/${copyId}/lesson`)).status()).toBe(404);
  expect((await student.goto(`/teacher/readings/${copyId}/items`))?.status()).toBe(404);
  await student.context().close();
});
