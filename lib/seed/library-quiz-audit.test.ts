import { describe, expect, it } from "vitest";
import {
  glossaryGiveaways,
  languageProblems,
  longestOptionKeys,
  paragraphNumberProblems,
  quotationProblems,
} from "@/lib/quiz/item-audit";
import { libraryParagraphId, readLibrarySeed } from "./library";

// The library quiz, held to the checks every reading's items must pass (lib/quiz/item-audit.ts).
const { text, glossary, quiz } = readLibrarySeed();
const paragraphs = text.paragraphs.map((t, i) => ({ id: libraryParagraphId(i + 1), position: i + 1, text: t }));

describe("the library quiz", () => {
  it("quotes the article word for word, from the paragraphs it names", () => {
    expect(quotationProblems(quiz, paragraphs)).toEqual([]);
  });
  it("names only paragraphs that exist and that the item cites", () => {
    expect(paragraphNumberProblems(quiz, paragraphs)).toEqual([]);
  });
  it("is written in both languages, every text of every item (a teacher's own items may use one)", () => {
    const texts = quiz.flatMap((item) => [
      item.prompt,
      item.explanation,
      ...("options" in item ? item.options : []),
      ...(item.type === "short" ? [item.rubric] : []),
    ]);
    expect(texts.filter((t) => !t.zhHant.trim() || !t.en.trim())).toEqual([]);
  });
  it("explains every item", () => {
    expect(quiz.filter((item) => !item.explanation.zhHant || !item.explanation.en).map((item) => item.key)).toEqual([]);
  });
  it("cites at least one paragraph in every item", () => {
    expect(quiz.filter((item) => item.paragraphs.length === 0).map((item) => item.key)).toEqual([]);
  });
  it("says the same in zh-Hant and English: the same paragraphs, the same figures", () => {
    expect(languageProblems(quiz)).toEqual([]);
  });
  it("does not give the key away by its length: the longest option in at most half the single-choice items", () => {
    const { single, zhHant, en } = longestOptionKeys(quiz);
    expect({ zhHant, en }).toSatisfy(() => zhHant.length <= single / 2 && en.length <= single / 2);
  });
  it("has a glossary that defines terms without answering items", () => {
    expect(glossaryGiveaways(quiz, glossary)).toEqual([]);
  });
});
