import { describe, expect, it } from "vitest";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
import { BANK_CSV_COLUMNS, parseCsv, writeCsv } from "./csv";
import type { BankParseResult } from "./shared";

const itemsOf = (result: BankParseResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.items;
};
const errorsOf = (result: BankParseResult) => {
  if (result.ok) throw new Error("parsed, but should have been refused");
  return result.errors;
};
const both = (zhHant: string, en: string) => ({ zhHant, en });
const options = (...texts: [string, string][]) => texts.map(([zh, en], i) => ({ key: "abcdefgh"[i], ...both(zh, en) }));

// One item of each type, in both languages, with cited paragraphs and points other than 1.
const SIX: QuizItem[] = [
  {
    key: "q01",
    type: "single",
    prompt: both("牧童說了幾次謊？", "How many times did the boy lie?"),
    options: options(["一次", "Once"], ["三次", "Three times"], ["=SUM(A1)", "-1 times"]),
    answer: "b",
    explanation: both("見第2段。", "See ¶2."),
    paragraphs: ["p02"],
    points: 2,
  },
  {
    key: "q02",
    type: "multiple",
    prompt: both("哪些是事實？", ""),
    options: options(["甲", ""], ["乙", ""], ["丙", ""]),
    answer: ["a", "c"],
    explanation: both("", ""),
    paragraphs: [],
  },
  {
    key: "q03",
    type: "true_false",
    prompt: both("", "The author agrees."),
    answer: false,
    explanation: both("作者其實反對，\n見最後一段。", ""),
    paragraphs: ["p09", "p10"],
  },
  {
    key: "q04",
    type: "classify",
    prompt: both("「八成的人支持」", "“80% support it”"),
    answer: { type: "fact", verdict: "misleading" },
    explanation: both("只問了十個人。", "Only ten people were asked."),
    paragraphs: ["p12"],
    points: 3,
  },
  {
    key: "q05",
    type: "paragraph",
    prompt: both("哪一段提出證據？", "Which paragraph gives evidence?"),
    answer: ["p15", "p19"],
    explanation: both("", ""),
    paragraphs: ["p15", "p19"],
  },
  {
    key: "q06",
    type: "short",
    prompt: both("說明主旨。", "State the main idea."),
    rubric: both('提到兩個論點，"引用"一段。', "Two points, one quotation."),
    explanation: both("", ""),
    paragraphs: [],
  },
].map((item) => quizItemSchema.parse(item));

const HEADER = BANK_CSV_COLUMNS.join(",");
const row = (cells: Record<string, string>) => BANK_CSV_COLUMNS.map((c) => cells[c] ?? "").join(",");

describe("writeCsv and parseCsv", () => {
  it("round-trips all six item types, both languages, paragraphs and points", () => {
    const written = writeCsv(SIX);
    expect(written.skipped).toEqual([]);
    expect(itemsOf(parseCsv(written.text))).toEqual(SIX);
  });

  it("writes UTF-8 with a BOM and CRLF line ends, and reads a file with or without the BOM", () => {
    const { text } = writeCsv(SIX);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(true); // a line break inside a cell stays a cell's
    expect(itemsOf(parseCsv(text.slice(1)))).toEqual(SIX);
  });

  it("writes a cell that starts with = + - @ so that it cannot run as a formula, and reads it back as typed", () => {
    const item = quizItemSchema.parse({
      key: "q07",
      type: "short",
      prompt: both('=HYPERLINK("http://evil.example","按這裡")', "@SUM(1+1)"),
      rubric: both("＝全形等號", "+1 point"),
      explanation: both("", ""),
      paragraphs: [],
    });
    const { text } = writeCsv([item]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""按這裡"")",'@SUM(1+1)`);
    expect(text).toContain("'＝全形等號,'+1 point");
    expect(text).not.toMatch(/,[=+\-@＝]/);
    expect(itemsOf(parseCsv(text))).toEqual([item]);
  });

  it("reads an Excel-style file: CRLF, a quoted cell with a line break, columns in any order", () => {
    const source = [
      "type,prompt_zh,answer,option_a_zh,option_b_zh,key", // 1
      'single,"第一行\r\n第二行",a,甲,乙,q01', // 2–3
      "true_false,對嗎？,TRUE,,,", // 4
    ].join("\r\n");
    const items = itemsOf(parseCsv(source));
    expect(items.map((i) => [i.key, i.type, i.prompt.zhHant])).toEqual([
      ["q01", "single", "第一行\n第二行"],
      ["g01", "true_false", "對嗎？"],
    ]);
    expect(items[1]).toMatchObject({ answer: true, points: 1, paragraphs: [], explanation: both("", "") });
  });

  it("names the line a record starts on, after quoted cells with line breaks and blank lines", () => {
    const source = [
      HEADER, // 1
      row({ key: "q01", type: "short", prompt_zh: '"一\r\n二\r\n三"', rubric_zh: "評分" }), // 2–4
      "", // 5
      row({ key: "q02", type: "essay", prompt_zh: "題目" }), // 6
      row({ key: "q03", type: "short", prompt_zh: '"甲\n乙"', rubric_zh: "評分" }), // 7–8
      row({ key: "q04", type: "short", prompt_zh: "題目" }), // 9: no rubric
    ].join("\r\n");
    expect(errorsOf(parseCsv(source))).toEqual([
      { line: 6, reason: "unknownType", detail: "essay" },
      { line: 9, reason: "missingRubric" },
    ]);
  });

  it("refuses the whole file, listing every error on its line", () => {
    const source = [
      `${HEADER},difficulty`, // 1: unknownColumn
      row({ key: "q01", type: "single", prompt_zh: "甲？", option_a_zh: "一", option_b_zh: "二", answer: "c" }), // 2
      row({ key: "q02", type: "single", option_a_zh: "一", option_b_zh: "二", answer: "a" }), // 3: no prompt
      row({ key: "q03", type: "true_false", points: "1.5", prompt_en: "True?", answer: "true" }), // 4
      row({ key: "q01", type: "true_false", prompt_en: "Again?", answer: "yes" }), // 5: duplicate key, bad answer
      row({ key: "q06", type: "matching", prompt_en: "Match." }), // 6
      row({ key: "q07", type: "classify", prompt_zh: "分類", claim_type: "rumour", verdict: "supported" }), // 7
      row({ key: "q08", type: "multiple", prompt_zh: "多選", option_a_zh: "同", option_b_zh: "同", answer: "a;b" }), // 8
    ].join("\n");
    expect(errorsOf(parseCsv(source))).toEqual([
      { line: 1, reason: "unknownColumn", detail: "difficulty" },
      { line: 2, reason: "answerNotAnOption", detail: "c" },
      { line: 3, reason: "emptyQuestion" },
      { line: 4, reason: "badPoints", detail: "1.5" },
      { line: 5, reason: "duplicateKey", detail: "q01" },
      { line: 5, reason: "badAnswer", detail: "yes" },
      { line: 6, reason: "unknownType", detail: "matching" },
      { line: 7, reason: "badAnswer", detail: "claim_type: rumour" },
      { line: 8, reason: "duplicateOption", detail: "同" },
    ]);
  });

  it("refuses a header without a type column, and a key already in the bank", () => {
    expect(errorsOf(parseCsv("key,prompt_zh\nq01,題目\n"))).toEqual([
      { line: 1, reason: "missingColumn", detail: "type" },
    ]);
    expect(errorsOf(parseCsv("true_false,題目,false\n"))).toEqual([
      { line: 1, reason: "missingColumn", detail: "type" },
    ]);
    const source = "key,type,prompt_zh,answer\nq01,true_false,題目,false\n";
    expect(errorsOf(parseCsv(source, { existingKeys: new Set(["q01"]) }))).toEqual([
      { line: 2, reason: "duplicateKey", detail: "q01" },
    ]);
  });

  it("gives keyless rows the bank's next free keys", () => {
    const source = "type,prompt_zh,answer\ntrue_false,甲,true\ntrue_false,乙,false\n";
    const keys = itemsOf(parseCsv(source, { existingKeys: new Set(["q01", "q07"]) })).map((i) => i.key);
    expect(keys).toEqual(["q08", "q09"]);
  });

  it("refuses an unclosed quote at the line of the record it opened", () => {
    const source = 'type,prompt_zh,answer\ntrue_false,甲,true\n\ntrue_false,"乙,false\ntrue_false,丙,true\n';
    expect(errorsOf(parseCsv(source))).toEqual([{ line: 4, reason: "csvSyntax", detail: "CSV_QUOTE_NOT_CLOSED" }]);
  });

  it("refuses a file with no questions", () => {
    expect(errorsOf(parseCsv(`\uFEFF${HEADER}\r\n`))).toEqual([{ line: 1, reason: "noQuestions" }]);
    expect(errorsOf(parseCsv(""))).toEqual([{ line: 1, reason: "noQuestions" }]);
  });
});
