import { describe, expect, it } from "vitest";
import { checkQuote } from "./quote-check";

// 𠮷 (U+20BB7) and 🙂 are outside the BMP: two UTF-16 code units each.
// Full-width ： and ？ are written as escapes so no editor can turn them into ASCII.
const text = "美國為何晶片鬆口\uFF1A中國芯「狼來了」\uFF1F𠮷野家🙂好。";
const glossary = [{ term: "中國芯", aliases: '["國產晶片"]' }];
const at = (s: string) => text.indexOf(s);
const tw = (terms: { term: string; aliases: string }[]) => ({ language: "zh-Hant", glossary: terms });

describe("checkQuote", () => {
  it("accepts an exact match in Traditional and returns the original", () => {
    expect(checkQuote(text, tw(glossary), { start: 0, end: 2, text: "美國", script: "trad" })).toBe("美國");
  });

  it("accepts the Simplified text the student saw and still returns the original", () => {
    expect(checkQuote(text, tw(glossary), { start: 0, end: 8, text: "美国为何芯片松口", script: "simp" })).toBe(
      "美國為何晶片鬆口",
    );
  });

  it("refuses text in the other script than the one claimed", () => {
    expect(checkQuote(text, tw(glossary), { start: 0, end: 2, text: "美国", script: "trad" })).toBeNull();
    expect(checkQuote(text, tw(glossary), { start: 0, end: 2, text: "美國", script: "simp" })).toBeNull();
  });

  it("compares with the text as the reader showed it, converted piece by piece around glossary terms", () => {
    // Whole, 著名人 stays 著名人 (OpenCC's phrase 著名); split at the term 名人 the reader shows 着 + 名人.
    const terms = [{ term: "名人", aliases: "[]" }];
    expect(checkQuote("著名人", tw(terms), { start: 0, end: 1, text: "着", script: "simp" })).toBe("著");
    expect(checkQuote("著名人", tw(terms), { start: 0, end: 1, text: "著", script: "simp" })).toBeNull();
    expect(checkQuote("著名人", tw([]), { start: 0, end: 1, text: "著", script: "simp" })).toBe("著");
  });

  describe("Taiwan words shown as Mainland ones in 简, the range still on the original", () => {
    // 記憶體 → 内存 (3 → 2), 快閃記憶體 → 闪存 (5 → 2); the glossary term 記憶體頻寬 holds one, 頻寬 → 带宽.
    const p = "記憶體頻寬決定速度\uFF0C快閃記憶體";
    const terms = [{ term: "記憶體頻寬", aliases: "[]" }];
    const claim = (start: number, end: number, shown: string) => ({ start, end, text: shown, script: "simp" as const });

    it("accepts a phrase that changed length at the start or the end of the passage", () => {
      expect(checkQuote(p, tw([]), claim(0, 9, "内存带宽决定速度"))).toBe("記憶體頻寬決定速度");
      expect(checkQuote(p, tw([]), claim(5, 15, "决定速度\uFF0C闪存"))).toBe("決定速度\uFF0C快閃記憶體");
      expect(checkQuote(p, tw([]), claim(0, 15, "内存带宽决定速度\uFF0C闪存"))).toBe(p);
    });

    it("accepts a passage through a glossary term that holds such a phrase, and the term alone", () => {
      expect(checkQuote(p, tw(terms), claim(0, 7, "内存带宽决定"))).toBe("記憶體頻寬決定");
      expect(checkQuote(p, tw(terms), claim(0, 5, "内存带宽"))).toBe("記憶體頻寬");
      expect(checkQuote(p, tw(terms), claim(3, 7, "带宽决定"))).toBe("頻寬決定");
    });

    it("shows a range made in 繁 that cuts a phrase with the phrase whole in 简, and the same words in 繁", () => {
      // 憶體頻 (1..4) was highlighted in 繁; in 简 it is seen as 内存带宽.
      expect(checkQuote(p, tw(terms), claim(1, 4, "内存带宽"))).toBe("憶體頻");
      expect(checkQuote(p, tw(terms), { start: 1, end: 4, text: "憶體頻", script: "trad" })).toBe("憶體頻");
      // A passage made in 简 (whole phrases) is the same words in 繁.
      expect(checkQuote(p, tw(terms), { start: 10, end: 15, text: "快閃記憶體", script: "trad" })).toBe("快閃記憶體");
    });

    it("refuses offsets counted on the shown text, or a phrase cut short", () => {
      // 决定速度 is shown at 4..8, but it is 5..9 on the original; 4..8 there is 寬決定速, seen as 带宽决定速.
      expect(checkQuote(p, tw([]), claim(4, 8, "决定速度"))).toBeNull();
      expect(checkQuote(p, tw([]), claim(0, 4, "内存带"))).toBeNull();
      expect(checkQuote(p, tw([]), claim(0, 2, "内"))).toBeNull();
    });
  });

  it("checks a Simplified original against its own words, or against its 繁 view converted the Taiwan way", () => {
    const cn = { language: "zh-Hans", glossary: [{ term: "内存", aliases: "[]" }] };
    const p = "内存芯片的价格上涨了。";
    expect(checkQuote(p, cn, { start: 0, end: 4, text: "内存芯片", script: "simp" })).toBe("内存芯片");
    expect(checkQuote(p, cn, { start: 0, end: 4, text: "記憶體晶片", script: "trad" })).toBe("内存芯片");
    expect(checkQuote(p, cn, { start: 0, end: 4, text: "内存芯片", script: "trad" })).toBeNull();
  });

  it("checks a reading that is not Chinese as written, whatever script the browser names", () => {
    const en = { language: "en", glossary: [] };
    expect(checkQuote("Chips matter.", en, { start: 0, end: 5, text: "Chips", script: "simp" })).toBe("Chips");
  });

  it("refuses ranges off by one at either end", () => {
    const s = at("晶片");
    expect(checkQuote(text, tw(glossary), { start: s, end: s + 2, text: "晶片", script: "trad" })).toBe("晶片");
    expect(checkQuote(text, tw(glossary), { start: s - 1, end: s + 1, text: "晶片", script: "trad" })).toBeNull();
    expect(checkQuote(text, tw(glossary), { start: s + 1, end: s + 3, text: "晶片", script: "trad" })).toBeNull();
    expect(checkQuote(text, tw(glossary), { start: s, end: s + 3, text: "晶片", script: "trad" })).toBeNull();
    expect(checkQuote(text, tw(glossary), { start: s, end: s + 1, text: "晶片", script: "trad" })).toBeNull();
  });

  it("counts characters outside the BMP as two units and refuses a range that splits one", () => {
    const k = at("𠮷");
    expect(checkQuote(text, tw(glossary), { start: k, end: k + 4, text: "𠮷野家", script: "trad" })).toBe("𠮷野家");
    expect(checkQuote(text, tw(glossary), { start: k, end: k + 4, text: "𠮷野家", script: "simp" })).toBe("𠮷野家");
    const smile = at("🙂");
    expect(checkQuote(text, tw(glossary), { start: smile, end: smile + 3, text: "🙂好", script: "trad" })).toBe("🙂好");
    // Half a pair, even when the claimed text is that same half.
    expect(
      checkQuote(text, tw(glossary), { start: k + 1, end: k + 3, text: text.slice(k + 1, k + 3), script: "trad" }),
    ).toBeNull();
    expect(
      checkQuote(text, tw(glossary), {
        start: smile,
        end: smile + 1,
        text: text.slice(smile, smile + 1),
        script: "trad",
      }),
    ).toBeNull();
  });

  it("keeps full-width punctuation as it is, in both scripts", () => {
    const q = at("「");
    expect(checkQuote(text, tw(glossary), { start: q, end: q + 6, text: "「狼來了」\uFF1F", script: "trad" })).toBe(
      "「狼來了」\uFF1F",
    );
    expect(checkQuote(text, tw(glossary), { start: q, end: q + 6, text: "「狼来了」\uFF1F", script: "simp" })).toBe(
      "「狼來了」\uFF1F",
    );
    // Half-width punctuation typed in its place is not the same text.
    expect(checkQuote(text, tw(glossary), { start: q, end: q + 6, text: "「狼來了」?", script: "trad" })).toBeNull();
  });

  it("refuses empty and whitespace-only quotes", () => {
    expect(checkQuote(text, tw(glossary), { start: 3, end: 3, text: "", script: "trad" })).toBeNull();
    expect(checkQuote("甲  乙", tw([]), { start: 1, end: 3, text: "  ", script: "trad" })).toBeNull();
  });

  it.each([
    [-1, 2],
    [0, text.length + 1],
    [text.length, text.length + 2],
    [5, 2],
    [0.5, 2],
    [Number.NaN, 2],
  ])("refuses the out-of-bounds or malformed range [%s, %s)", (start, end) => {
    expect(checkQuote(text, tw(glossary), { start, end, text: "美國", script: "trad" })).toBeNull();
  });

  it("refuses tampered text: same length, one character changed, or extra text", () => {
    expect(checkQuote(text, tw(glossary), { start: 0, end: 2, text: "美图", script: "trad" })).toBeNull();
    expect(checkQuote(text, tw(glossary), { start: 0, end: 2, text: "美國 ", script: "trad" })).toBeNull();
    expect(checkQuote(text, tw(glossary), { start: 0, end: 2, text: "<b>美國</b>", script: "trad" })).toBeNull();
  });
});
