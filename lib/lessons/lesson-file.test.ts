import { describe, expect, it } from "vitest";
import { NO_DEFAULTS } from "@/lib/debate/wording";
import { libraryLesson } from "@/lib/seed/library";
import { formatPath, LESSON_MAX_BYTES, type LessonParse, parseLessonFile, renameParagraphs } from "./lesson-file";

// The smallest sound lesson: one reading, one item quoting it.
const lesson = () => ({
  format: "close-reading-lesson",
  version: 1,
  reading: {
    title: "晶片與台灣",
    language: "zh-Hant",
    author: null,
    source: null,
    publishedOn: "2025-07-20",
    paragraphs: [
      { ref: "p1", text: "晶片產業", heading: true },
      { ref: "p2", text: "台積電是全球最大的晶圓代工廠。", heading: false },
    ],
  },
  glossary: [{ term: "晶圓", aliases: [], zhHant: "製造晶片的圓形矽片。", en: "" }],
  items: [
    {
      key: "q01",
      type: "paragraph",
      prompt: { zhHant: "哪一段說「全球最大的晶圓代工廠」？", en: "Which paragraph names the largest foundry?" },
      paragraphs: ["p2"],
      explanation: { zhHant: "見第2段。", en: "See ¶2." },
      answer: ["p2"],
    },
  ],
  debate: { motion: { zhHant: "台灣應該發展晶片嗎？", en: "" } },
  rubric: { claim: ["", "", "", "主張清楚"] },
});

type Lesson = ReturnType<typeof lesson> & Record<string, unknown>;
const parse = (change: (l: Lesson) => void = () => {}) => {
  const l = lesson() as Lesson;
  change(l);
  return parseLessonFile(JSON.stringify(l));
};
const errors = (result: LessonParse) => (result.ok ? [] : result.errors);

describe("a lesson file", () => {
  it("parses a sound file, filling in what it may leave out", () => {
    const result = parse((l) => {
      delete (l.reading.paragraphs[1] as { heading?: boolean }).heading;
      delete (l as { rubric?: unknown }).rubric;
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lesson.reading.paragraphs.map((p) => p.heading)).toEqual([true, false]);
    expect(result.lesson.rubric.claim).toEqual(["", "", "", ""]);
    expect(result.lesson.items[0]).toMatchObject({ points: 1, answer: ["p2"] });
    expect(parse((l) => delete (l as { debate?: unknown }).debate)).toMatchObject({
      ok: true,
      lesson: { debate: NO_DEFAULTS },
    });
  });

  it("is refused as invalid when it is not JSON, not ours, or of no version we read", () => {
    expect(errors(parseLessonFile("{ not json"))).toEqual([{ path: "", key: "lessonInvalid" }]);
    expect(errors(parseLessonFile("[]"))).toEqual([{ path: "", key: "lessonInvalid" }]);
    expect(errors(parse((l) => (l.format = "other-app")))).toEqual([{ path: "format", key: "lessonInvalid" }]);
    for (const version of [0, "1", 1.5, undefined])
      expect(errors(parse((l) => (l.version = version as number)))).toEqual([
        { path: "version", key: "lessonInvalid" },
      ]);
  });

  it("from a newer version says it is too new, even with fields this version does not know", () => {
    const newer = parse((l) => {
      l.version = 2;
      l.reading = { ...l.reading, paragraphs: [], sections: [{ id: 1 }] } as unknown as typeof l.reading;
    });
    expect(errors(newer)).toEqual([{ path: "version", key: "lessonTooNew" }]);
    // …unless it is not a lesson file of ours at all.
    expect(errors(parse((l) => Object.assign(l, { format: "x", version: 2 })))).toEqual([
      { path: "format", key: "lessonInvalid" },
    ]);
  });

  it("is refused over 3 MB, counted in UTF-8 bytes", () => {
    const fits = "x".repeat(LESSON_MAX_BYTES);
    expect(errors(parseLessonFile(fits))).toEqual([{ path: "", key: "lessonInvalid" }]);
    const wide = "長".repeat(LESSON_MAX_BYTES / 3 + 1); // a third as many characters, but 3 bytes each
    expect(errors(parseLessonFile(wide))).toEqual([{ path: "", key: "lessonTooLarge" }]);
  });

  it("keeps to a reading's limits, naming the field and the limit", () => {
    const long = "長".repeat(5000);
    expect(errors(parse((l) => (l.reading.paragraphs[1]!.text = `${long}。`)))).toEqual([
      { path: "reading.paragraphs[1].text", key: "paragraphTooLong" },
    ]);
    expect(
      errors(
        parse(
          (l) =>
            (l.reading.paragraphs = Array.from({ length: 41 }, (_, i) => ({
              ref: `p${i + 1}`,
              text: long,
              heading: false,
            }))),
        ),
      ),
    ).toEqual([{ path: "reading.paragraphs", key: "readingTooLong" }]);
    const many = Array.from({ length: 501 }, (_, i) => ({ ref: `p${i + 1}`, text: "段。", heading: false }));
    expect(errors(parse((l) => (l.reading.paragraphs = many)))).toEqual([
      { path: "reading.paragraphs", key: "tooManyParagraphs" },
    ]);
    expect(errors(parse((l) => (l.items = Array(201).fill(l.items[0]))))).toContainEqual({
      path: "items",
      key: "lessonTooManyItems",
    });
    expect(errors(parse((l) => (l.glossary = Array(201).fill(l.glossary[0]))))).toContainEqual({
      path: "glossary",
      key: "lessonTooManyTerms",
    });
  });

  it("refuses a bad date, a paragraph of more than one line, a term without explanation, an unknown item type", () => {
    const result = parse((l) => {
      l.reading.publishedOn = "2025-02-30";
      l.reading.paragraphs[1]!.text = "第一行\n第二行";
      l.glossary[0]!.zhHant = " ";
      l.items[0]!.type = "essay";
    });
    expect(errors(result)).toEqual([
      { path: "reading.publishedOn", key: "dateInvalid" },
      { path: "reading.paragraphs[1].text", key: "lessonInvalid" },
      { path: "glossary[0].zhHant", key: "explanationRequired" },
      { path: "items[0].type", key: "lessonInvalid" },
    ]);
  });

  it("names every problem the schema cannot see, each at its place", () => {
    const result = parse((l) => {
      l.reading.paragraphs.push({ ref: "p2", text: "重複的段落。", heading: false });
      l.glossary.push({ ...l.glossary[0]! });
      const second = { ...l.items[0]!, paragraphs: ["p2", "p9"], answer: ["p8"] };
      second.prompt = { ...second.prompt, zhHant: "哪一段說「全球最小的晶圓代工廠」？" };
      l.items.push(second);
    });
    expect(errors(result)).toEqual([
      { path: "reading.paragraphs[2].ref", key: "lessonDuplicate" },
      { path: "glossary[1].term", key: "lessonDuplicate" },
      { path: "items[1].key", key: "lessonDuplicate" },
      { path: "items[1].paragraphs[1]", key: "lessonParagraphMissing" },
      { path: "items[1].answer[0]", key: "lessonParagraphMissing" },
      { path: "items[1]", key: "lessonQuoteNotFound" },
    ]);
  });

  it("holds a quotation after a paragraph number to that paragraph, which the item must cite", () => {
    const quoted = (zhHant: string) => errors(parse((l) => (l.items[0]!.explanation = { zhHant, en: "See ¶2." })));
    expect(quoted("第2段「全球最大的晶圓代工廠」。")).toEqual([]);
    expect(quoted("第1段「全球最大的晶圓代工廠」。")).toEqual([{ path: "items[0]", key: "lessonQuoteNotFound" }]);
  });

  it("carries the first lesson: the seed files pass every check", () => {
    const first = libraryLesson();
    expect(first.reading.paragraphs).toHaveLength(34);
    expect(parseLessonFile(JSON.stringify(first))).toEqual({ ok: true, lesson: first });
  });
});

describe("lesson file helpers", () => {
  it("write paths as a person reads them", () => {
    expect(formatPath(["items", 3, "paragraphs", 0])).toBe("items[3].paragraphs[0]");
    expect(formatPath([])).toBe("");
  });
  it("rename the paragraphs an item cites and, for a paragraph item, its key; nothing else", () => {
    const parsed = parse();
    if (!parsed.ok) throw new Error("the sample lesson is sound");
    const item = parsed.lesson.items[0]!;
    const renamed = renameParagraphs(item, (ref) => `id-${ref}`);
    expect(renamed).toEqual({ ...item, paragraphs: ["id-p2"], answer: ["id-p2"] });
    expect(Object.keys(renamed)).toEqual(Object.keys(item));
  });
});
