import { describe, expect, it } from "vitest";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
import { parseGift, writeGift } from "./gift";
import type { BankParseResult } from "./shared";

const zh = { language: "zhHant" } as const;
const itemsOf = (result: BankParseResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.items;
};
const errorsOf = (result: BankParseResult) => {
  if (result.ok) throw new Error("parsed, but should have been refused");
  return result.errors;
};
const zhText = (text: string) => ({ zhHant: text, en: "" });

// Five supported kinds, written the way teachers and Moodle's exporter write them.
const FIVE = `// 第一課 測驗（由 Moodle 匯出）
$CATEGORY: $course$/第一課

::q01::作者認為「退卻」是什麼意思？{
\t=暫時放下，以便重新出發#答對了
\t~完全放棄#再讀一次第3段
\t~逃避責任
\t####見第3段：作者說的是暫時的後退。
}

::q02::[html]<p>下列哪些是文中提到的<b>證據</b>？</p>{
\t~%50%統計數字
\t~%50%專家訪談
\t~%-100%作者的個人感受
}

::q03::作者在結尾承認自己錯了。{FALSE#其實沒有#沒錯####結尾是反問，不是認錯。}

請用兩三句話說明作者的主要論點。{
\t####提到「退卻」與「陷阱」的分別，並引用一段原文。
}

下列哪一句使用了比喻\\: 選出一個。{=「時間是河流」 ~「今天下雨」 ~「他跑得很快」}
`;

describe("parseGift", () => {
  it("reads five questions of the supported kinds into five items", () => {
    const items = itemsOf(parseGift(FIVE, zh));
    expect(items.map((i) => [i.key, i.type])).toEqual([
      ["q01", "single"],
      ["q02", "multiple"],
      ["q03", "true_false"],
      ["g01", "short"],
      ["g02", "single"],
    ]);
    const [single, multiple, trueFalse, short, escaped] = items as [QuizItem, QuizItem, QuizItem, QuizItem, QuizItem];
    expect(single).toMatchObject({
      prompt: zhText("作者認為「退卻」是什麼意思？"),
      options: [
        { key: "a", ...zhText("暫時放下，以便重新出發") },
        { key: "b", ...zhText("完全放棄") },
        { key: "c", ...zhText("逃避責任") },
      ],
      answer: "a",
      // Per-option feedback (#…) is dropped; the general feedback is the explanation.
      explanation: zhText("見第3段：作者說的是暫時的後退。"),
      paragraphs: [],
      points: 1,
    });
    expect(multiple).toMatchObject({
      prompt: zhText("下列哪些是文中提到的證據？"),
      answer: ["a", "b"],
      partialCredit: "proportional",
      explanation: zhText(""),
    });
    expect(trueFalse).toMatchObject({ answer: false, explanation: zhText("結尾是反問，不是認錯。") });
    expect(short).toMatchObject({
      rubric: zhText("提到「退卻」與「陷阱」的分別，並引用一段原文。"),
      explanation: zhText(""),
    });
    expect(escaped).toMatchObject({ prompt: zhText("下列哪一句使用了比喻: 選出一個。"), answer: "a" });
  });

  it("puts the text in the language the teacher names", () => {
    const [item] = itemsOf(parseGift("Is the sky green? {F}", { language: "en" }));
    expect(item).toMatchObject({ prompt: { zhHant: "", en: "Is the sky green?" }, answer: false });
  });

  it("refuses a file with an unclosed brace on line 37, naming that line, and gives no items", () => {
    // Twelve good questions of two lines and a blank line each fill lines 1–36.
    const good = Array.from({ length: 12 }, (_, i) => `第${i + 1}題：天空是藍色的。\n{T}\n`).join("\n");
    const source = `${good}\n第十三題：下列何者正確？{=甲\n~乙\n\n第十四題 {T}\n`;
    expect(source.split("\n")[36]).toBe("第十三題：下列何者正確？{=甲");
    const result = parseGift(source, zh);
    expect(result).toEqual({ ok: false, errors: [{ line: 37, reason: "unclosedBrace" }] });
    expect("items" in result).toBe(false);
  });

  it("lists every error in the file, each on its own line", () => {
    const source = [
      "::q1::好的題目 {=對 ~錯}", // 1
      "", // 2
      "重複的選項 {", // 3
      "  =狼來了", // 4
      "  ~狼 來了", // 5: the same text but for a space
      "}", // 6
      "", // 7
      "沒有正確答案 {~甲 ~乙 ~丙}", // 8
      "", // 9
      "配對題 {=台北 -> 臺灣 =東京 -> 日本}", // 10
    ].join("\n");
    expect(errorsOf(parseGift(source, zh))).toEqual([
      { line: 5, reason: "duplicateOption", detail: "狼 來了" },
      { line: 8, reason: "noRightAnswer" },
      { line: 10, reason: "unsupportedQuestionType", detail: "matching" },
    ]);
  });

  it.each([
    ["short answer with exact answers", "首都是？{=台北 =臺北}", "unsupportedQuestionType", "shortAnswer"],
    ["matching", "配對 {=甲 -> 1 =乙 -> 2}", "unsupportedQuestionType", "matching"],
    ["numerical", "一加一？{#2:0}", "unsupportedQuestionType", "numerical"],
    ["missing word", "作者的{~朋友 =老師}是誰。", "unsupportedQuestionType", "missingWord"],
    ["a description (no answers)", "以下各題依據第一段。", "noAnswerBlock", undefined],
    ["a closing brace with no opening", "題目 } {T}", "strayBrace", undefined],
    ["an empty question", "{=甲 ~乙}", "emptyQuestion", undefined],
    ["an essay with no rubric", "說明你的看法。{}", "missingRubric", undefined],
    ["two right answers in single choice", "選一個 {=甲 =乙 ~丙}", "severalRightAnswers", undefined],
    ["an option with no text", "選一個 {=甲 ~ ~丙}", "emptyOption", undefined],
    ["one option", "選一個 {~%100%甲}", "tooFewOptions", undefined],
    ["nine options", `選一個 {=1 ${"~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9"}}`, "tooManyOptions", undefined],
  ])("refuses %s", (_, source, reason, detail) => {
    const errors = errorsOf(parseGift(source, zh));
    expect(errors).toContainEqual(detail ? { line: 1, reason, detail } : { line: 1, reason });
  });

  it("reads a title as the key only when it fits and is free; other keys continue the bank's numbering", () => {
    const source = "::q03::甲 {T}\n\n::一個太長而不能當作題目代號的標題文字::乙 {T}\n\n丙 {F}\n\n::q05::丁 {F}";
    const keys = (existingKeys?: Set<string>) => itemsOf(parseGift(source, { ...zh, existingKeys })).map((i) => i.key);
    expect(keys()).toEqual(["q03", "g01", "g02", "q05"]);
    expect(keys(new Set(["q01", "q02", "q03", "q24"]))).toEqual(["q25", "q26", "q27", "q05"]);
  });

  it("turns [html] into plain text, with no tag left even when it was written as entities", () => {
    const source =
      "[html]<p>台北&amp;高雄<br>第二行&nbsp;</p><script>alert(1)</script>&lt;img src=x onerror=alert(1)&gt;{T}";
    const [item] = itemsOf(parseGift(source, zh));
    expect(item!.prompt.zhHant).toBe("台北&高雄\n第二行");
  });

  it("keeps an unmarked text as typed: only [html] is read as HTML", () => {
    const [item] = itemsOf(parseGift("A < B 而且 C > D 嗎？{T}", zh));
    expect(item!.prompt.zhHant).toBe("A < B 而且 C > D 嗎？");
  });
});

describe("writeGift", () => {
  const build = (item: unknown) => quizItemSchema.parse(item);
  const base = { paragraphs: [], explanation: zhText(""), points: 1 };
  const ITEMS: QuizItem[] = [
    build({
      ...base,
      key: "q01",
      type: "single",
      prompt: zhText("「狼來了」裡的牧童說了幾次謊？\n（見第2段）"),
      options: [
        { key: "a", ...zhText("一次") },
        { key: "b", ...zhText("三次 {含最後一次}") },
        { key: "c", ...zhText("[html]<b>不是標記</b>") },
      ],
      answer: "b",
      explanation: zhText("第2段：他說了兩次謊 = 第三次沒人相信。"),
    }),
    build({
      ...base,
      key: "q02",
      type: "multiple",
      prompt: zhText("哪些是事實？"),
      options: ["甲", "乙", "丙", "丁"].map((t, i) => ({ key: "abcd"[i], ...zhText(t) })),
      answer: ["a", "c", "d"],
    }),
    build({ ...base, key: "q03", type: "true_false", prompt: zhText("作者贊成#退卻。"), answer: true }),
    build({
      ...base,
      key: "q04",
      type: "short",
      prompt: zhText("用一句話說明~主旨。"),
      rubric: zhText("提到兩個論點。"),
    }),
    build({
      ...base,
      key: "q05",
      type: "single",
      prompt: zhText("時間：下列何者正確？"),
      options: [
        { key: "a", ...zhText("-5 度") },
        { key: "b", ...zhText("=5 度") },
      ],
      answer: "a",
    }),
  ];
  const classify = build({
    ...base,
    key: "q06",
    type: "classify",
    prompt: zhText("「八成的人支持」是？"),
    answer: { type: "fact", verdict: "misleading" },
  });
  const paragraph = build({ ...base, key: "q07", type: "paragraph", prompt: zhText("哪一段？"), answer: ["p03"] });

  it("round-trips every representable item: items → GIFT → items", () => {
    const written = writeGift([...ITEMS, classify, paragraph], zh);
    expect(itemsOf(parseGift(written.text, zh))).toEqual(ITEMS);
    expect(written.skipped).toEqual([
      { key: "q06", reason: "typeNotInFormat" },
      { key: "q07", reason: "typeNotInFormat" },
    ]);
  });

  it("round-trips a file: GIFT → items → GIFT → items", () => {
    const first = itemsOf(parseGift(FIVE, zh));
    const again = itemsOf(parseGift(writeGift(first, zh).text, zh));
    expect(again).toEqual(first);
  });

  it("writes Moodle's form: titles, [plain], weights for our proportional rule, escapes", () => {
    const text = writeGift(ITEMS, zh).text;
    expect(text).toContain(
      "::q01::[plain]「狼來了」裡的牧童說了幾次謊？\\n（見第2段） {\n\t~一次\n\t=三次 \\{含最後一次\\}\n",
    );
    expect(text).toContain("\t~[plain][html]<b>不是標記</b>\n");
    expect(text).toContain("\t####第2段：他說了兩次謊 \\= 第三次沒人相信。\n}");
    expect(text).toContain("\t~%33.33333%甲\n\t~%-33.33333%乙\n");
    expect(text).toContain("::q03::[plain]作者贊成\\#退卻。 {TRUE}");
    expect(text).toContain("::q04::[plain]用一句話說明\\~主旨。 {####提到兩個論點。}");
  });

  it("loses what GIFT cannot hold: the other language, points, paragraphs, a short item's explanation", () => {
    const rich = build({
      key: "q09",
      type: "short",
      prompt: { zhHant: "說明主旨。", en: "State the main idea." },
      rubric: { zhHant: "兩個論點。", en: "Two points." },
      explanation: zhText("主旨在第一段。"),
      paragraphs: ["p01"],
      points: 3,
    });
    const [back] = itemsOf(parseGift(writeGift([rich], { language: "en" }).text, { language: "en" }));
    expect(back).toEqual({
      key: "q09",
      type: "short",
      prompt: { zhHant: "", en: "State the main idea." },
      rubric: { zhHant: "", en: "Two points." },
      explanation: { zhHant: "", en: "" },
      paragraphs: [],
      points: 1,
    });
  });
});
