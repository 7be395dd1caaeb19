import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAssignableReadings } from "@/lib/assignments/assignments";
import { resolveWording } from "@/lib/debate/wording";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { createReading, findLibraryReading, listLibrary, saveReadingDebate, shareReading } from "./authoring";
import { createReadingSchema, readingDebateSchema, shareReadingSchema } from "./authoring-schema";

const TEACHER = "demo-teacher";

describe.each(TEST_PROVIDERS)("teachers' own readings on %s", (provider) => {
  let t: TestDatabase;
  let other: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    other = (
      await t.db.user.create({
        data: { role: "TEACHER", displayName: "李老師", loginName: "li@test", email: "li@test", passwordHash: "x" },
      })
    ).id;
  });
  afterAll(() => t?.drop());

  const form = (over: Record<string, string> = {}) =>
    createReadingSchema.parse({
      title: " 晶片與台灣 ",
      author: "",
      source: "課堂講義",
      publishedOn: "2025-07-20",
      language: "auto",
      text: "\uFEFF台積電是全球最大的晶圓代工廠。\r\n\r\n記憶體晶片的需求持續成長。  \n",
      ...over,
    });

  it("saves pasted text as numbered paragraphs, kept exactly, its language detected, private to its teacher", async () => {
    const { id } = await createReading(t.db, TEACHER, form());
    const reading = await findLibraryReading(t.db, TEACHER, id);
    expect(reading).toMatchObject({
      title: "晶片與台灣",
      author: null,
      source: "課堂講義",
      language: "zh-Hant",
      shared: false,
      createdById: TEACHER,
      publishedOn: new Date("2025-07-20T00:00:00Z"),
    });
    expect(reading?.paragraphs.map((p) => [p.position, p.text])).toEqual([
      [1, "台積電是全球最大的晶圓代工廠。"],
      [2, "記憶體晶片的需求持續成長。"],
    ]);
    expect(await findLibraryReading(t.db, other, id)).toBeNull();
    expect((await listAssignableReadings(t.db, other)).map((r) => r.id)).not.toContain(id);
    expect((await listLibrary(t.db, TEACHER)).mine.map((r) => r.id)).toContain(id);
  });

  it("shares a reading with the school and takes it back; only its teacher can", async () => {
    const { id } = await createReading(t.db, TEACHER, form({ title: "分享的文章" }));
    await expectFailure(
      shareReading(t.db, other, shareReadingSchema.parse({ readingId: id, shared: "on" })),
      "notFound",
    );
    expect(await findLibraryReading(t.db, other, id)).toBeNull();
    await shareReading(t.db, TEACHER, shareReadingSchema.parse({ readingId: id, shared: "on" }));
    expect((await listLibrary(t.db, other)).school.map((r) => r.id)).toContain(id);
    expect((await listAssignableReadings(t.db, other)).map((r) => r.id)).toContain(id);
    await shareReading(t.db, TEACHER, shareReadingSchema.parse({ readingId: id, shared: "off" }));
    expect(await findLibraryReading(t.db, other, id)).toBeNull();
  });

  it("keeps the debate a reading proposes, which its boards show until their teacher words their own; only its teacher may set it", async () => {
    const { id } = await createReading(t.db, TEACHER, form({ title: "核能辯論" }));
    const debate = readingDebateSchema.parse({
      readingId: id,
      motionZhHant: " 台灣應該延役核電廠嗎？ ",
      firstZhHant: "應該",
      secondZhHant: "不應該",
      secondEn: "No",
    });
    await expectFailure(saveReadingDebate(t.db, other, debate), "notFound");
    expect((await t.db.reading.findUniqueOrThrow({ where: { id } })).debateDefaults).toBe("");
    // A library reading has no owner: nobody may reword it here (its seed does).
    await expectFailure(saveReadingDebate(t.db, TEACHER, { ...debate, readingId: LIBRARY_READING_ID }), "notFound");

    await saveReadingDebate(t.db, TEACHER, debate);
    const stored = (await t.db.reading.findUniqueOrThrow({ where: { id } })).debateDefaults;
    const general = { motion: "M", sides: { first: "A", second: "B", other: "C" } };
    expect(resolveWording({ motion: "", sideLabels: "", readingDefaults: stored }, "zh-Hant", general)).toEqual({
      motion: "台灣應該延役核電廠嗎？",
      sides: { first: "應該", second: "不應該", other: "C" },
    });
    expect(resolveWording({ motion: "", sideLabels: "", readingDefaults: stored }, "en", general).sides.second).toBe(
      "No",
    );
  });

  it("refuses an empty text, an overlong paragraph and a bad date with the rule each broke", () => {
    const errors = (over: Record<string, string>) =>
      createReadingSchema
        .safeParse({ title: "x", language: "auto", text: "一段。", ...over })
        .error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors({ text: " \n\n " })).toEqual([["text", "readingEmpty"]]);
    expect(errors({ text: "長".repeat(5001) })).toEqual([["text.0.text", "paragraphTooLong"]]);
    expect(errors({ publishedOn: "2025-13-45" })).toEqual([["publishedOn", "dateInvalid"]]);
    expect(errors({ language: "fr" })).toEqual([["language", "required"]]);
  });
});
