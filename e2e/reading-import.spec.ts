import { buildSimpleDocx } from "../lib/testing/docx";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { studentJoins, teacherWithAssignment } from "./support/flows";
import { fmt } from "./support/format";
import { zh } from "./support/messages";
import { expect, test } from "./support/test";

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

const GIFT = [
  "// 晶圓代工小測驗",
  "::q1:: 台積電成立於哪一年？ {=1987 ~1990 ~2000}",
  "",
  "::q2:: 台積電是晶圓代工廠。 {T}",
  "",
  "::q3:: 哪些是晶片製程的步驟？ {~%50%曝光 ~%50%蝕刻 ~%-100%包裝運送}",
  "",
  "::q4:: 新竹科學園區位於台北。 {F}",
  "",
  "::q5:: 說明專業晶圓代工模式的優點。 {####能說出分工、降低設計公司成本者給滿分。}",
].join("\n");
const PROMPTS = ["台積電成立於哪一年？", "台積電是晶圓代工廠。", "哪些是晶片製程的步驟？", "新竹科學園區位於台北。"];

test("a teacher imports five questions from a GIFT file into their reading's bank, a file with an error on line 37 changes nothing, and the bank exports as GIFT again", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await teacherWithAssignment(page);
  await page.goto("/teacher/readings/new");
  const form = page.getByRole("form", { name: zh.library.form });
  await form.getByRole("textbox", { name: zh.library.fieldTitle, exact: true }).fill("晶圓代工");
  await form.getByRole("textbox", { name: zh.library.fieldText }).fill(BODY.join("\n"));
  await form.getByRole("button", { name: zh.library.save }).click();
  await page.getByRole("link", { name: fmt(zh.bank.link, { count: 0 }) }).click();
  await expect(page.getByText(zh.bank.empty)).toBeVisible();

  await page.getByText(zh.bank.importForm, { exact: true }).click();
  const bankForm = page.getByRole("form", { name: zh.bank.importForm });
  const upload = (name: string, text: string) =>
    bankForm
      .getByLabel(zh.bank.file, { exact: true })
      .setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });

  // An unclosed brace on line 37: the whole file is refused, with the line, and nothing is added.
  const broken = [...Array.from({ length: 36 }, (_, i) => `// 第 ${i + 1} 行`), "::bad:: 題目 {=對 ~錯"].join("\n");
  await upload("broken.gift.txt", broken);
  await bankForm.getByRole("button", { name: zh.bank.import }).click();
  await expect(bankForm.getByRole("list", { name: zh.bank.problems })).toContainText(
    fmt(zh.bank.problem, { line: 37, reason: zh.errors.unclosedBrace }),
  );
  await expect(page.getByText(zh.bank.empty)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await upload("quiz.gift.txt", GIFT);
  await bankForm.getByRole("button", { name: zh.bank.import }).click();
  await expect(bankForm.getByText(fmt(zh.bank.imported, { count: 5 }))).toBeVisible();
  const items = page.getByRole("region", { name: new RegExp(zh.bank.items) });
  for (const prompt of PROMPTS) await expect(items.getByText(prompt)).toBeVisible();
  await expect(items.getByText(fmt(zh.bank.count, { count: 5 }))).toBeVisible();

  // Out again as GIFT: every item is in it.
  const exported = await page.request.get(`${new URL(page.url()).pathname}/export/gift`);
  expect(exported.status()).toBe(200);
  const text = await exported.text();
  for (const prompt of [...PROMPTS, "說明專業晶圓代工模式的優點。"]) expect(text).toContain(prompt);
});

test("the three upload routes refuse another site and a student, and a body over their limit; a bank import into a reading not the teacher's is notFound", async ({
  page,
  browser,
}) => {
  const setup = await teacherWithAssignment(page);
  const routes = [
    "/teacher/readings/import",
    "/teacher/readings/import-lesson",
    "/teacher/readings/library-h20-2025/items/import",
  ];
  const { page: student } = await studentJoins(browser, setup.joinCode, "好奇同學");
  for (const route of routes) {
    const fromStudent = await student.request.post(route, { data: { url: "https://example.com/" } });
    expect(fromStudent.status()).toBe(403);
    expect(await fromStudent.json()).toEqual({ ok: false, formError: "notAllowed" });
    const fromAnotherSite = await page.request.post(route, {
      data: { url: "https://example.com/" },
      headers: { origin: "https://another.example" },
    });
    expect(fromAnotherSite.status()).toBe(403);
  }
  await student.context().close();

  // A body over the limit is refused with 413 and the message its form shows.
  const tooLarge = Buffer.alloc(3 * 1024 * 1024 + 1, " ");
  const lesson = await page.request.post(routes[1]!, {
    data: tooLarge,
    headers: { "content-type": "application/json" },
  });
  expect(lesson.status()).toBe(413);
  expect(await lesson.json()).toEqual({ ok: false, errors: [{ path: "", key: "lessonTooLarge" }] });
  const file = await page.request.post(routes[0]!, {
    multipart: { file: { name: "big.docx", mimeType: "application/octet-stream", buffer: tooLarge } },
  });
  expect(file.status()).toBe(413);
  expect(await file.json()).toEqual({ ok: false, fieldErrors: { file: ["importTooLarge"] } });

  // The library's reading is every teacher's to read, but no teacher's own: its bank takes no import.
  const bank = await page.request.post(routes[2]!, {
    multipart: {
      format: "gift",
      language: "zhHant",
      file: { name: "quiz.gift.txt", mimeType: "text/plain", buffer: Buffer.from(GIFT) },
    },
  });
  expect(await bank.json()).toEqual({ ok: false, formError: "notFound" });
});
