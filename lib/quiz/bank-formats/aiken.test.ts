import { describe, expect, it } from "vitest";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
import { parseAiken, writeAiken } from "./aiken";
import type { BankParseResult } from "./shared";

const zh = { language: "zhHant" } as const;
const zhText = (text: string) => ({ zhHant: text, en: "" });
const itemsOf = (result: BankParseResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.items;
};
const errorsOf = (result: BankParseResult) => {
  if (result.ok) throw new Error("parsed, but should have been refused");
  return result.errors;
};

describe("parseAiken", () => {
  it("reads single-choice questions with A. and A) options, full-width marks and CRLF line ends", () => {
    const source = [
      "「狼來了」的牧童最後怎樣？",
      "A. 被村民救了",
      "B. 沒有人來幫他",
      "C. 搬走了",
      "ANSWER: B",
      "",
      "Answer: 作者的語氣是",
      "（選最接近的一個）",
      "A) 諷刺",
      "B) 中立",
      "Ｃ．讚美",
      "ANSWER：c",
    ].join("\r\n");
    const items = itemsOf(parseAiken(source, zh));
    expect(items).toEqual([
      {
        key: "g01",
        type: "single",
        prompt: zhText("「狼來了」的牧童最後怎樣？"),
        options: [
          { key: "a", ...zhText("被村民救了") },
          { key: "b", ...zhText("沒有人來幫他") },
          { key: "c", ...zhText("搬走了") },
        ],
        answer: "b",
        explanation: zhText(""),
        paragraphs: [],
        points: 1,
      },
      expect.objectContaining({
        key: "g02",
        prompt: zhText("Answer: 作者的語氣是\n（選最接近的一個）"),
        options: [
          { key: "a", ...zhText("諷刺") },
          { key: "b", ...zhText("中立") },
          { key: "c", ...zhText("讚美") },
        ],
        answer: "c",
      }),
    ]);
  });

  it("refuses a file, listing each error on its line", () => {
    const source = [
      "A. 選項在題目之前", // 1: emptyQuestion
      "B. 另一個",
      "ANSWER: A",
      "",
      "答案不在選項中", // 5
      "A. 甲",
      "B. 乙",
      "ANSWER: D", // 8: answerNotAnOption
      "",
      "只有一個選項", // 10: tooFewOptions
      "A. 甲",
      "ANSWER: A",
      "",
      "重複的選項", // 14
      "A. 甲",
      "B. 甲", // 16: duplicateOption
      "ANSWER: A",
      "",
      "選項之間有雜字", // 19
      "A. 甲",
      "這一行不是選項", // 21: unexpectedText
      "B. 乙",
      "ANSWER: A",
      "",
      "沒有答案行", // 25: missingAnswer
      "A. 甲",
      "B. 乙",
    ].join("\n");
    const result = parseAiken(source, zh);
    expect(errorsOf(result)).toEqual([
      { line: 1, reason: "emptyQuestion" },
      { line: 8, reason: "answerNotAnOption", detail: "D" },
      { line: 10, reason: "tooFewOptions" },
      { line: 16, reason: "duplicateOption", detail: "甲" },
      { line: 21, reason: "unexpectedText", detail: "這一行不是選項" },
      { line: 25, reason: "missingAnswer" },
    ]);
    expect("items" in result).toBe(false);
  });

  it("refuses an empty file", () => {
    expect(errorsOf(parseAiken("\n\n", zh))).toEqual([{ line: 1, reason: "noQuestions" }]);
  });
});

describe("writeAiken", () => {
  const single = (key: string, prompt: string): QuizItem =>
    quizItemSchema.parse({
      key,
      type: "single",
      prompt: zhText(prompt),
      options: [
        { key: "a", ...zhText("甲") },
        { key: "b", zhHant: "", en: "only in English" },
      ],
      answer: "b",
      explanation: zhText("說明"),
      paragraphs: ["p01"],
    });
  const trueFalse = quizItemSchema.parse({
    key: "q09",
    type: "true_false",
    prompt: zhText("對嗎？"),
    answer: true,
    explanation: zhText(""),
    paragraphs: [],
  });

  it("writes single-choice items and skips the rest, with the reason", () => {
    const written = writeAiken([single("q01", "哪一個？\n（單選）"), trueFalse, single("q02", "A. 開頭像選項")], zh);
    expect(written.text).toBe("哪一個？ （單選）\nA. 甲\nB. only in English\nANSWER: B\n");
    expect(written.skipped).toEqual([
      { key: "q09", reason: "typeNotInFormat" },
      { key: "q02", reason: "textLooksLikeSyntax" },
    ]);
  });

  it("round-trips prompt, options and answer (Aiken has no keys, explanations or paragraphs)", () => {
    const [back] = itemsOf(parseAiken(writeAiken([single("q01", "哪一個？")], zh).text, zh));
    expect(back).toMatchObject({
      type: "single",
      prompt: zhText("哪一個？"),
      options: [
        { key: "a", ...zhText("甲") },
        { key: "b", ...zhText("only in English") },
      ],
      answer: "b",
      explanation: zhText(""),
      paragraphs: [],
    });
  });
});
