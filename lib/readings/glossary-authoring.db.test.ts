import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { createReading } from "./authoring";
import { createReadingSchema } from "./authoring-schema";
import { addTerm, removeTerm, updateTerm } from "./glossary-authoring";
import { addTermSchema, removeTermSchema, updateTermSchema } from "./glossary-schema";
import { getReaderView } from "./reader-view";

const TEACHER = "demo-teacher";

describe.each(TEST_PROVIDERS)("a teacher's glossary on %s", (provider) => {
  let t: TestDatabase;
  let other: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    other = (
      await t.db.user.create({
        data: { role: "TEACHER", displayName: "王老師", loginName: "wang@test", email: "wang@test", passwordHash: "x" },
      })
    ).id;
  });
  afterAll(() => t?.drop());

  const reading = (text: string, language = "auto") =>
    createReading(t.db, TEACHER, createReadingSchema.parse({ title: `詞彙 ${Math.random()}`, language, text }));
  const termsIn = async (readingId: string, script: "trad" | "simp" = "trad") =>
    (await getReaderView(t.db, readingId, script))!.paragraphs.flatMap((p) =>
      p.segments.filter((s) => "term" in s).map((s) => s.text),
    );

  it("adds a term the reader marks at once, with its other spellings; refuses one the text lacks, or twice", async () => {
    const { id } = await reading("輝達的H20晶片獲准出口。英偉達表示歡迎。");
    expect(await termsIn(id)).toEqual([]); // the view is now kept; the next change must drop it
    await addTerm(
      t.db,
      TEACHER,
      addTermSchema.parse({
        readingId: id,
        term: "輝達",
        aliases: "英偉達、NVIDIA",
        explanationZhHant: "美國晶片公司。",
      }),
    );
    // NVIDIA is not in the text, so it is not kept; 英偉達 is.
    expect(await termsIn(id)).toEqual(["輝達", "英偉達"]);
    const stored = await t.db.glossaryTerm.findFirstOrThrow({ where: { readingId: id } });
    expect(JSON.parse(stored.aliases)).toEqual(["英偉達"]);
    // In 简 the Taiwan name reads as the mainland one (docs/decisions/0028): both marked, as one term.
    expect(await termsIn(id, "simp")).toEqual(["英伟达", "英伟达"]);

    await expectFailure(
      addTerm(t.db, TEACHER, addTermSchema.parse({ readingId: id, term: "台積電", explanationEn: "TSMC" })),
      "termNotInText",
      "term",
    );
    await expectFailure(
      addTerm(t.db, TEACHER, addTermSchema.parse({ readingId: id, term: "輝達", explanationEn: "Nvidia" })),
      "termDuplicate",
      "term",
    );
  });

  it("finds a Traditional term in a Simplified text, and keeps the spelling found", async () => {
    const { id } = await reading("美国放宽了芯片出口管制，英伟达表示欢迎。这是战略退却吗？", "zh-Hans");
    await addTerm(
      t.db,
      TEACHER,
      addTermSchema.parse({ readingId: id, term: "出口管制", explanationEn: "Export controls" }),
    );
    await addTerm(t.db, TEACHER, addTermSchema.parse({ readingId: id, term: "戰略退卻", explanationEn: "A retreat" }));
    // Marked where the Simplified text has it; its 繁 view shows the same terms in Traditional.
    expect(await termsIn(id, "simp")).toEqual(["出口管制", "战略退却"]);
    expect(await termsIn(id, "trad")).toEqual(["出口管制", "戰略退卻"]);
  });

  it("changes and removes a term; another teacher can do neither, nor add one", async () => {
    const { id } = await reading("稀土是重要的戰略資源。");
    await addTerm(
      t.db,
      TEACHER,
      addTermSchema.parse({ readingId: id, term: "稀土", explanationZhHant: "一組金屬元素。" }),
    );
    const term = await t.db.glossaryTerm.findFirstOrThrow({ where: { readingId: id } });
    const edit = updateTermSchema.parse({
      readingId: id,
      termId: term.id,
      term: "戰略資源",
      explanationZhHant: "",
      explanationEn: "A resource a state plans around.",
    });
    await expectFailure(updateTerm(t.db, other, edit), "notFound");
    await expectFailure(
      addTerm(t.db, other, addTermSchema.parse({ readingId: id, term: "稀土", explanationEn: "x" })),
      "notFound",
    );
    await updateTerm(t.db, TEACHER, edit);
    expect(await termsIn(id)).toEqual(["戰略資源"]);

    const remove = removeTermSchema.parse({ readingId: id, termId: term.id });
    await expectFailure(removeTerm(t.db, other, remove), "notFound");
    await removeTerm(t.db, TEACHER, remove);
    expect(await termsIn(id)).toEqual([]);
  });

  it("needs an explanation in at least one language", () => {
    const result = addTermSchema.safeParse({
      readingId: "r1",
      term: "稀土",
      explanationZhHant: " ",
      explanationEn: "",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["explanationZhHant", "explanationRequired"],
    ]);
  });
});
