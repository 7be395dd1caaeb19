import { describe, expect, it } from "vitest";
import { checkQuote } from "./quote-check";

// 𠮷 (U+20BB7) and 🙂 are outside the BMP: two UTF-16 code units each.
// Full-width ： and ？ are written as escapes so no editor can turn them into ASCII.
const text = "美國為何晶片鬆口\uFF1A中國芯「狼來了」\uFF1F𠮷野家🙂好。";
const glossary = [{ term: "中國芯", aliases: '["國產晶片"]' }];
const at = (s: string) => text.indexOf(s);

describe("checkQuote", () => {
  it("accepts an exact match in Traditional and returns the original", () => {
    expect(checkQuote(text, glossary, { start: 0, end: 2, text: "美國", script: "trad" })).toBe("美國");
  });

  it("accepts the Simplified text the student saw and still returns the original", () => {
    expect(checkQuote(text, glossary, { start: 0, end: 8, text: "美国为何晶片松口", script: "simp" })).toBe(
      "美國為何晶片鬆口",
    );
  });

  it("refuses text in the other script than the one claimed", () => {
    expect(checkQuote(text, glossary, { start: 0, end: 2, text: "美国", script: "trad" })).toBeNull();
    expect(checkQuote(text, glossary, { start: 0, end: 2, text: "美國", script: "simp" })).toBeNull();
  });

  it("compares with the text as the reader showed it, converted piece by piece around glossary terms", () => {
    // Whole, 著名人 stays 著名人 (OpenCC's phrase 著名); split at the term 名人 the reader shows 着 + 名人.
    const terms = [{ term: "名人", aliases: "[]" }];
    expect(checkQuote("著名人", terms, { start: 0, end: 1, text: "着", script: "simp" })).toBe("著");
    expect(checkQuote("著名人", terms, { start: 0, end: 1, text: "著", script: "simp" })).toBeNull();
    expect(checkQuote("著名人", [], { start: 0, end: 1, text: "著", script: "simp" })).toBe("著");
  });

  it("refuses ranges off by one at either end", () => {
    const s = at("晶片");
    expect(checkQuote(text, glossary, { start: s, end: s + 2, text: "晶片", script: "trad" })).toBe("晶片");
    expect(checkQuote(text, glossary, { start: s - 1, end: s + 1, text: "晶片", script: "trad" })).toBeNull();
    expect(checkQuote(text, glossary, { start: s + 1, end: s + 3, text: "晶片", script: "trad" })).toBeNull();
    expect(checkQuote(text, glossary, { start: s, end: s + 3, text: "晶片", script: "trad" })).toBeNull();
    expect(checkQuote(text, glossary, { start: s, end: s + 1, text: "晶片", script: "trad" })).toBeNull();
  });

  it("counts characters outside the BMP as two units and refuses a range that splits one", () => {
    const k = at("𠮷");
    expect(checkQuote(text, glossary, { start: k, end: k + 4, text: "𠮷野家", script: "trad" })).toBe("𠮷野家");
    expect(checkQuote(text, glossary, { start: k, end: k + 4, text: "𠮷野家", script: "simp" })).toBe("𠮷野家");
    const smile = at("🙂");
    expect(checkQuote(text, glossary, { start: smile, end: smile + 3, text: "🙂好", script: "trad" })).toBe("🙂好");
    // Half a pair, even when the claimed text is that same half.
    expect(
      checkQuote(text, glossary, { start: k + 1, end: k + 3, text: text.slice(k + 1, k + 3), script: "trad" }),
    ).toBeNull();
    expect(
      checkQuote(text, glossary, { start: smile, end: smile + 1, text: text.slice(smile, smile + 1), script: "trad" }),
    ).toBeNull();
  });

  it("keeps full-width punctuation as it is, in both scripts", () => {
    const q = at("「");
    expect(checkQuote(text, glossary, { start: q, end: q + 6, text: "「狼來了」\uFF1F", script: "trad" })).toBe(
      "「狼來了」\uFF1F",
    );
    expect(checkQuote(text, glossary, { start: q, end: q + 6, text: "「狼来了」\uFF1F", script: "simp" })).toBe(
      "「狼來了」\uFF1F",
    );
    // Half-width punctuation typed in its place is not the same text.
    expect(checkQuote(text, glossary, { start: q, end: q + 6, text: "「狼來了」?", script: "trad" })).toBeNull();
  });

  it("refuses empty and whitespace-only quotes", () => {
    expect(checkQuote(text, glossary, { start: 3, end: 3, text: "", script: "trad" })).toBeNull();
    expect(checkQuote("甲  乙", [], { start: 1, end: 3, text: "  ", script: "trad" })).toBeNull();
  });

  it.each([
    [-1, 2],
    [0, text.length + 1],
    [text.length, text.length + 2],
    [5, 2],
    [0.5, 2],
    [Number.NaN, 2],
  ])("refuses the out-of-bounds or malformed range [%s, %s)", (start, end) => {
    expect(checkQuote(text, glossary, { start, end, text: "美國", script: "trad" })).toBeNull();
  });

  it("refuses tampered text: same length, one character changed, or extra text", () => {
    expect(checkQuote(text, glossary, { start: 0, end: 2, text: "美图", script: "trad" })).toBeNull();
    expect(checkQuote(text, glossary, { start: 0, end: 2, text: "美國 ", script: "trad" })).toBeNull();
    expect(checkQuote(text, glossary, { start: 0, end: 2, text: "<b>美國</b>", script: "trad" })).toBeNull();
  });
});
