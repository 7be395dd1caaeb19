import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { deleteHighlight, listMyHighlights, saveHighlight, updateHighlightNote } from "./highlights";
import { markAsRead, recordProgress } from "./progress";
import { buildReaderView, paragraphRuns } from "./reader-view";
import { toSimplified } from "./script";

const ASSIGNMENT = "demo-assignment-h20";
const CLASSROOM = "demo-class";
const TEACHER = "demo-teacher";
const STUDENT_1 = "demo-student-1";
const STUDENT_2 = "demo-student-2";
const STUDENT_3 = "demo-student-3";
/** A run of paragraph h20-p03 whose Simplified rendering differs from the original. */
const P03_QUOTE = "美國終於鬆口了";

describe.each(TEST_PROVIDERS)("reader on %s", (provider) => {
  let t: TestDatabase;
  let p03: string;
  let p03Start: number;
  let p03End: number;
  let outsiderId: string;
  let lonerId: string;

  const paragraphText = async (id: string) => (await t.db.readingParagraph.findUniqueOrThrow({ where: { id } })).text;
  const validInput = () => ({
    assignmentId: ASSIGNMENT,
    paragraphId: "h20-p03",
    start: p03Start,
    end: p03End,
    text: P03_QUOTE,
    script: "trad" as const,
    note: "",
  });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    p03 = await paragraphText("h20-p03");
    p03Start = p03.indexOf(P03_QUOTE);
    p03End = p03Start + P03_QUOTE.length;
    // Every refusal below changes one thing of this valid input: it must be valid to begin with.
    if (p03Start < 0) throw new Error(`h20-p03 does not contain ${P03_QUOTE}: ${p03}`);
    // A student of another class of the same teacher, and one enrolled nowhere.
    outsiderId = (
      await t.db.user.create({
        data: { role: "STUDENT", loginName: "outsider", displayName: "外班", passwordHash: "x" },
      })
    ).id;
    lonerId = (
      await t.db.user.create({ data: { role: "STUDENT", loginName: "loner", displayName: "無班", passwordHash: "x" } })
    ).id;
    const otherClass = await t.db.classroom.create({ data: { name: "別班", joinCode: "OTHER2", ownerId: TEACHER } });
    await t.db.enrollment.create({ data: { classroomId: otherClass.id, userId: outsiderId } });
  });
  afterAll(() => t?.drop());

  it("stores a highlight sent twice with one client key once, and answers the resend with the first", async () => {
    const clientKey = "hl-0123456789abcdef";
    const first = await saveHighlight(t.db, STUDENT_1, { ...validInput(), clientKey });
    const [again, atOnce] = await Promise.all([
      saveHighlight(t.db, STUDENT_1, { ...validInput(), clientKey }),
      saveHighlight(t.db, STUDENT_1, { ...validInput(), clientKey }),
    ]);
    expect([again.id, atOnce.id]).toEqual([first.id, first.id]);
    expect(await t.db.highlight.count({ where: { userId: STUDENT_1, clientKey } })).toBe(1);
    await deleteHighlight(t.db, STUDENT_1, first.id);
  });

  it("saves a highlight as paragraph id + [start, end) + the original text of the range", async () => {
    const { id } = await saveHighlight(t.db, STUDENT_1, { ...validInput(), note: "可疑的說法" });
    const stored = await t.db.highlight.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      assignmentId: ASSIGNMENT,
      userId: STUDENT_1,
      paragraphId: "h20-p03",
      start: p03Start,
      end: p03End,
      quote: p03.slice(p03Start, p03End),
      note: "可疑的說法",
    });
    expect(stored.quote).toBe(P03_QUOTE);
  });

  it("accepts a selection made on the Simplified rendering, and stores the original's text", async () => {
    const simplified = toSimplified(P03_QUOTE);
    expect(simplified).not.toBe(P03_QUOTE);
    expect(simplified).toHaveLength(P03_QUOTE.length);
    const { id } = await saveHighlight(t.db, STUDENT_1, { ...validInput(), text: simplified, script: "simp" });
    const stored = await t.db.highlight.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ paragraphId: "h20-p03", start: p03Start, end: p03End, quote: P03_QUOTE });
  });

  it("refuses a range that does not hold the selected text, and stores nothing", async () => {
    const before = await t.db.highlight.count();
    const otherReading = await t.db.reading.create({
      data: {
        title: "另一篇",
        language: "zh-Hant",
        paragraphs: { create: [{ id: "other-p01", position: 1, text: p03 }] },
      },
    });
    expect(otherReading.id).not.toBe(LIBRARY_READING_ID);

    // Text that is not what the range holds (the range shifted by one).
    await expectFailure(
      saveHighlight(t.db, STUDENT_1, { ...validInput(), text: p03.slice(p03Start + 1, p03End + 1) }),
      "highlightMismatch",
    );
    // A range running past the paragraph's end, with the text that is there.
    await expectFailure(
      saveHighlight(t.db, STUDENT_1, {
        ...validInput(),
        start: p03.length - 2,
        end: p03.length + 3,
        text: p03.slice(p03.length - 2),
      }),
      "highlightMismatch",
    );
    await expectFailure(
      saveHighlight(t.db, STUDENT_1, { ...validInput(), start: -1, text: p03.slice(0, p03End) }),
      "highlightMismatch",
    );
    // Empty and reversed ranges.
    await expectFailure(
      saveHighlight(t.db, STUDENT_1, { ...validInput(), end: p03Start, text: "" }),
      "highlightMismatch",
    );
    await expectFailure(
      saveHighlight(t.db, STUDENT_1, { ...validInput(), start: p03End, end: p03Start }),
      "highlightMismatch",
    );
    // A paragraph of another reading, even one with the same text.
    await expectFailure(
      saveHighlight(t.db, STUDENT_1, { ...validInput(), paragraphId: "other-p01" }),
      "highlightMismatch",
    );
    // The Simplified script with the original (Traditional) text.
    await expectFailure(saveHighlight(t.db, STUDENT_1, { ...validInput(), script: "simp" }), "highlightMismatch");

    expect(await t.db.highlight.count()).toBe(before);
  });

  it("refuses a student not enrolled in the class, and stores nothing", async () => {
    const before = await t.db.highlight.count();
    await expectFailure(saveHighlight(t.db, outsiderId, validInput()), "notFound");
    await expectFailure(saveHighlight(t.db, lonerId, validInput()), "notFound");
    expect(await t.db.highlight.count()).toBe(before);
  });

  it("refuses an assignment that is not open yet or has the reading part off", async () => {
    const future = await t.db.assignment.create({
      data: {
        classroomId: CLASSROOM,
        readingId: LIBRARY_READING_ID,
        title: "下週",
        opensAt: new Date(Date.now() + 24 * 3600 * 1000),
      },
    });
    const readingOff = await t.db.assignment.create({
      data: {
        classroomId: CLASSROOM,
        readingId: LIBRARY_READING_ID,
        title: "只有測驗",
        opensAt: new Date("2025-07-16T00:00:00Z"),
        readingEnabled: false,
      },
    });
    const before = await t.db.highlight.count();
    await expectFailure(saveHighlight(t.db, STUDENT_1, { ...validInput(), assignmentId: future.id }), "notFound");
    await expectFailure(saveHighlight(t.db, STUDENT_1, { ...validInput(), assignmentId: readingOff.id }), "notFound");
    expect(await t.db.highlight.count()).toBe(before);
  });

  it("refuses while the class is archived, and works again once it is not", async () => {
    const before = await t.db.highlight.count();
    await t.db.classroom.update({ where: { id: CLASSROOM }, data: { archived: true } });
    try {
      await expectFailure(saveHighlight(t.db, STUDENT_1, validInput()), "notFound");
      await expectFailure(recordProgress(t.db, STUDENT_1, { assignmentId: ASSIGNMENT, position: 3 }), "notFound");
      expect(await t.db.highlight.count()).toBe(before);
    } finally {
      await t.db.classroom.update({ where: { id: CLASSROOM }, data: { archived: false } });
    }
    await saveHighlight(t.db, STUDENT_1, validInput());
    expect(await t.db.highlight.count()).toBe(before + 1);
  });

  it("lets only the owner change or delete a highlight", async () => {
    const { id } = await saveHighlight(t.db, STUDENT_1, { ...validInput(), note: "原本的筆記" });
    await expectFailure(updateHighlightNote(t.db, STUDENT_2, { highlightId: id, note: "改掉" }), "notFound");
    await expectFailure(deleteHighlight(t.db, STUDENT_2, id), "notFound");
    expect(await t.db.highlight.findUniqueOrThrow({ where: { id } })).toMatchObject({
      note: "原本的筆記",
      userId: STUDENT_1,
    });

    await updateHighlightNote(t.db, STUDENT_1, { highlightId: id, note: "新的筆記" });
    expect((await t.db.highlight.findUniqueOrThrow({ where: { id } })).note).toBe("新的筆記");
    await deleteHighlight(t.db, STUDENT_1, id);
    expect(await t.db.highlight.findUnique({ where: { id } })).toBeNull();
    await expectFailure(deleteHighlight(t.db, STUDENT_1, id), "notFound");
  });

  it("lists only the student's own highlights, in reading order", async () => {
    const save = async (studentId: string, paragraphId: string, start: number) => {
      const text = (await paragraphText(paragraphId)).slice(start, start + 2);
      return (
        await saveHighlight(t.db, studentId, {
          assignmentId: ASSIGNMENT,
          paragraphId,
          start,
          end: start + 2,
          text,
          script: "trad",
          note: "",
        })
      ).id;
    };
    // Saved out of reading order, so neither creation order nor id order gives the expected list.
    await save(STUDENT_3, "h20-p10", 0);
    await save(STUDENT_3, "h20-p03", 8);
    await save(STUDENT_3, "h20-p05", 10);
    await save(STUDENT_3, "h20-p03", 2);
    await save(STUDENT_2, "h20-p01", 0);

    const mine = await listMyHighlights(t.db, STUDENT_3, ASSIGNMENT);
    expect(mine.map((h) => [h.paragraphId, h.start])).toEqual([
      ["h20-p03", 2],
      ["h20-p03", 8],
      ["h20-p05", 10],
      ["h20-p10", 0],
    ]);
    expect(mine.map((h) => h.paragraph.position)).toEqual([3, 3, 5, 10]);
    expect((await listMyHighlights(t.db, STUDENT_2, ASSIGNMENT)).map((h) => h.paragraphId)).toEqual(["h20-p01"]);
    // Student 1's highlights exist but are not student 3's.
    expect(await t.db.highlight.count({ where: { userId: STUDENT_1 } })).toBeGreaterThan(0);
  });

  it("moves progress only forward, clamped to the paragraph count", async () => {
    const progress = () =>
      t.db.readingProgress.findUniqueOrThrow({
        where: { assignmentId_userId: { assignmentId: ASSIGNMENT, userId: STUDENT_2 } },
      });
    await recordProgress(t.db, STUDENT_2, { assignmentId: ASSIGNMENT, position: 10 });
    expect((await progress()).furthestPosition).toBe(10);
    await recordProgress(t.db, STUDENT_2, { assignmentId: ASSIGNMENT, position: 5 });
    expect((await progress()).furthestPosition).toBe(10);
    await recordProgress(t.db, STUDENT_2, { assignmentId: ASSIGNMENT, position: 12 });
    expect((await progress()).furthestPosition).toBe(12);
    await recordProgress(t.db, STUDENT_2, { assignmentId: ASSIGNMENT, position: 99999 });
    expect((await progress()).furthestPosition).toBe(34);
  });

  it("refuses progress from a student not in the class, and records nothing", async () => {
    await expectFailure(recordProgress(t.db, outsiderId, { assignmentId: ASSIGNMENT, position: 5 }), "notFound");
    await expectFailure(markAsRead(t.db, lonerId, { assignmentId: ASSIGNMENT, read: true }), "notFound");
    expect(await t.db.readingProgress.count({ where: { userId: { in: [outsiderId, lonerId] } } })).toBe(0);
  });

  it("marks as read and unmarks", async () => {
    const progress = () =>
      t.db.readingProgress.findUniqueOrThrow({
        where: { assignmentId_userId: { assignmentId: ASSIGNMENT, userId: STUDENT_3 } },
      });
    await markAsRead(t.db, STUDENT_3, { assignmentId: ASSIGNMENT, read: true });
    expect((await progress()).markedReadAt).toBeInstanceOf(Date);
    await markAsRead(t.db, STUDENT_3, { assignmentId: ASSIGNMENT, read: false });
    expect((await progress()).markedReadAt).toBeNull();
  });

  it("builds the reader view in the original script: every paragraph, segments that join back, glossary terms marked", async () => {
    const view = await buildReaderView(t.db, LIBRARY_READING_ID, "trad");
    if (!view) throw new Error("no view");
    const originals = await t.db.readingParagraph.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: { position: "asc" },
    });
    expect(view.paragraphs).toHaveLength(34);
    expect(view.paragraphs.map((p) => p.id)).toEqual(originals.map((p) => p.id));
    for (const [i, p] of view.paragraphs.entries())
      expect(p.segments.map((s) => s.text).join("")).toBe(originals[i]?.text);

    expect(view.glossary.length).toBeGreaterThanOrEqual(15);
    const marked = view.paragraphs.flatMap((p) => p.segments).filter((s) => s.term !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    const terms = await t.db.glossaryTerm.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: { position: "asc" },
    });
    for (const s of marked) {
      const entry = view.glossary[s.term!];
      expect(entry).toBeDefined();
      const stored = terms[s.term!]!;
      expect([stored.term, ...(JSON.parse(stored.aliases) as string[])]).toContain(s.text);
    }
    expect(view.title).toContain("美國");
  });

  it("builds the reader view in Simplified, Taiwan words as Mainland ones, its runs on the original's lengths", async () => {
    const view = await buildReaderView(t.db, LIBRARY_READING_ID, "simp");
    if (!view) throw new Error("no view");
    const originals = await t.db.readingParagraph.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: { position: "asc" },
    });
    expect(view.paragraphs).toHaveLength(34);
    // Offsets stay on the original: the runs add up to it even where a phrase changed the length shown.
    for (const [i, p] of view.paragraphs.entries())
      expect(paragraphRuns(p.segments).reduce((n, r) => n + r.length, 0)).toBe(originals[i]!.text.length);
    expect(
      view.paragraphs.some((p, i) => p.segments.map((s) => s.text).join("").length !== originals[i]!.text.length),
    ).toBe(true);
    expect(view.title).toContain("美国为何芯片");
    expect(view.language).toBe("zh-Hans");
    expect(await buildReaderView(t.db, "no-such-reading", "simp")).toBeNull();
  });
  it("shows an English reading as written, whatever script the student prefers", async () => {
    const text = "The chip ban is a strategic retreat.";
    const reading = await t.db.reading.create({
      data: { title: text, language: "en", paragraphs: { create: [{ position: 1, text }] } },
    });
    const view = await buildReaderView(t.db, reading.id, "simp");
    expect(view).toMatchObject({ language: "en", convertible: false, original: "trad", title: text });
    expect(view!.paragraphs[0]!.segments.map((x) => x.text).join("")).toBe(text);
    expect((await buildReaderView(t.db, LIBRARY_READING_ID, "trad"))?.convertible).toBe(true);
  });
  it("shows a Simplified original as written in 简 and in Taiwan Traditional in 繁, its runs on the original", async () => {
    const text = "美国为何在芯片问题上松口？内存价格上涨。";
    const reading = await t.db.reading.create({
      data: { title: "美国为何松口", language: "zh-Hans", paragraphs: { create: [{ position: 1, text }] } },
    });
    const simp = await buildReaderView(t.db, reading.id, "simp");
    expect(simp).toMatchObject({ language: "zh-Hans", convertible: true, original: "simp", title: "美国为何松口" });
    expect(simp!.paragraphs[0]!.segments.map((x) => x.text).join("")).toBe(text);
    const trad = await buildReaderView(t.db, reading.id, "trad");
    expect(trad).toMatchObject({ language: "zh-Hant-TW", title: "美國為何鬆口" });
    expect(trad!.paragraphs[0]!.segments.map((x) => x.text).join("")).toBe(
      "美國為何在晶片問題上鬆口？記憶體價格上漲。",
    );
    expect(paragraphRuns(trad!.paragraphs[0]!.segments).reduce((n, r) => n + r.length, 0)).toBe(text.length);
  });
  it("checks a Simplified selection against the paragraph as shown, where phrases convert differently from single characters", async () => {
    // 著名 stays 著名 in Simplified while 著 alone becomes 着: the reader shows 著 inside 著名.
    const reading = await t.db.reading.create({
      data: {
        title: "著名的例子",
        language: "zh-Hant",
        paragraphs: { create: [{ id: `phrase-${provider}`, position: 1, text: "這是著名的乾隆年間故事。" }] },
      },
    });
    const assignment = await t.db.assignment.create({
      data: {
        classroomId: CLASSROOM,
        readingId: reading.id,
        title: "phrase",
        opensAt: new Date("2025-01-01T00:00:00Z"),
      },
    });
    const view = await buildReaderView(t.db, reading.id, "simp");
    const shown = view!.paragraphs[0]!.segments.map((x) => x.text).join("");
    const at = shown.indexOf("著");
    expect(at).toBeGreaterThan(-1);
    const input = {
      assignmentId: assignment.id,
      paragraphId: `phrase-${provider}`,
      start: at,
      end: at + 1,
      script: "simp" as const,
      note: "",
    };
    await expect(saveHighlight(t.db, STUDENT_1, { ...input, text: "著" })).resolves.toMatchObject({
      id: expect.any(String),
    });
    await expectFailure(saveHighlight(t.db, STUDENT_1, { ...input, text: "着" }), "highlightMismatch");
  });

  it("does not let a student removed from the class edit or delete what they wrote there", async () => {
    const { id } = await saveHighlight(t.db, STUDENT_3, validInput());
    await t.db.enrollment.deleteMany({ where: { classroomId: CLASSROOM, userId: STUDENT_3 } });
    await expectFailure(updateHighlightNote(t.db, STUDENT_3, { highlightId: id, note: "改" }), "notFound");
    await expectFailure(deleteHighlight(t.db, STUDENT_3, id), "notFound");
    expect(await t.db.highlight.count({ where: { id } })).toBe(1);
    await t.db.enrollment.create({ data: { classroomId: CLASSROOM, userId: STUDENT_3 } });
  });
});
