import { describe, expect, it } from "vitest";
import {
  citedNumbers,
  figuresOf,
  glossaryGiveaways,
  languageProblems,
  longestOptionKeys,
  paragraphNumberProblems,
  quotationProblems,
} from "./item-audit";
import type { QuizItem } from "./items";

const paragraphs = [
  { id: "p1", position: 1, text: "英偉達未來3年將損失超80億美元。" },
  { id: "p2", position: 2, text: "表面看美國終於鬆口了,實際上是美國在晶片博弈中的戰略退卻。" },
];
const both = (zhHant: string, en = zhHant) => ({ zhHant, en });
const single = (key: string, options: [string, string][], answer: string, extra: Partial<QuizItem> = {}): QuizItem =>
  ({
    key,
    type: "single",
    prompt: both("第2段的主張是什麼?", "What does ¶2 claim?"),
    paragraphs: ["p2"],
    options: options.map(([zh, en], i) => ({ key: String.fromCharCode(97 + i), zhHant: zh, en })),
    answer,
    explanation: both("見第2段「戰略退卻」。", "See ¶2."),
    points: 1,
    ...extra,
  }) as QuizItem;

describe("quotations", () => {
  it("accept the reading's words, with a cut marked by …", () => {
    const item = single("q1", [["a", "a"]], "a", { explanation: both("見第2段「表面看美國…戰略退卻」。", "See ¶2.") });
    expect(quotationProblems([item], paragraphs)).toEqual([]);
  });
  it("refuse words changed inside a quotation, and a quotation from a paragraph the item does not cite", () => {
    const changed = single("q1", [["a", "a"]], "a", { explanation: both("第1段說「只會損失80多億」。", "¶1.") });
    expect(quotationProblems([changed], paragraphs)).toEqual([
      "q1: 「只會損失80多億」 is not in ¶1 word for word",
      "q1: 「只會損失80多億」 is quoted from ¶1, which the item does not cite",
    ]);
  });
});

describe("paragraph numbers", () => {
  it("are read in both languages' ways", () => {
    expect(citedNumbers("見第3、13段,以及第9段和第31段;¶4 and ¶ 12")).toEqual([3, 13, 9, 31, 4, 12]);
  });
  it("must exist and be cited", () => {
    const item = single("q1", [["a", "a"]], "a", { explanation: both("見第1段與第9段。", "See ¶1 and ¶9.") });
    expect(paragraphNumberProblems([item], paragraphs)).toEqual([
      "q1 (zhHant): names ¶1 but does not cite it",
      "q1 (zhHant): names ¶9, which does not exist",
      "q1 (en): names ¶1 but does not cite it",
      "q1 (en): names ¶9, which does not exist",
    ]);
  });
});

describe("the two languages", () => {
  it("read 80億 and $8B as the same figure, and small numbers written out are not compared", () => {
    expect(figuresOf("3年損失超80億美元,佔12.5%", "zhHant")).toEqual(new Set([8e9, 12.5]));
    expect(figuresOf("over $8B in three years, 12.5%", "en")).toEqual(new Set([8e9, 12.5]));
  });
  it("must give the same figures and cite the same paragraphs", () => {
    const item = single("q1", [["損失超80億美元", "a loss of just over $8.5B"]], "a");
    expect(languageProblems([item])).toEqual(["q1 text 2: 8000000000 only in zh-Hant; 8500000000 only in English"]);
  });
});

describe("the key's length", () => {
  it("is counted where the key is the longest option", () => {
    const long = single(
      "q1",
      [
        ["短", "short"],
        ["這是最長的一個選項", "the longest option of all"],
      ],
      "b",
    );
    const short = single(
      "q2",
      [
        ["短", "short"],
        ["這是最長的一個選項", "the longest option of all"],
      ],
      "a",
    );
    expect(longestOptionKeys([long, short])).toEqual({ single: 2, zhHant: ["q1"], en: ["q1"] });
  });
});

describe("the glossary", () => {
  it("may name a term the explanation names, but not repeat its verdict", () => {
    const item = single("q1", [["a", "a"]], "a", {
      explanation: both("崑崙芯是百度的產品,華為的晶片叫昇騰。", "Kunlun is Baidu's."),
    });
    const defines = { term: "崑崙芯", zhHant: "百度研發的AI晶片系列。", en: "Baidu's AI chips." };
    const answers = { term: "崑崙芯", zhHant: "它不是華為的產品,華為的晶片叫昇騰。", en: "Not Huawei's." };
    expect(glossaryGiveaways([item], [defines])).toEqual([]);
    expect(glossaryGiveaways([item], [answers])).toEqual(["崑崙芯 ~ q1: 「的產品華為的晶片叫昇騰」"]);
  });
});
