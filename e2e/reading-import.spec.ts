import { expect, test } from "@playwright/test";
import { buildSimpleDocx } from "../lib/testing/docx";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { teacherWithAssignment } from "./support/flows";
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
