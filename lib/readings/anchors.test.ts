import { describe, expect, it } from "vitest";
import { quoteAt, trimRange } from "./anchors";

// 𠮷 (U+20BB7) and 🙂 are outside the BMP: two UTF-16 code units each.
const text = "中芯國際的良率:「95%」?𠮷野家🙂好。";

describe("quoteAt", () => {
  it("returns the original text of a valid range, full-width punctuation included", () => {
    expect(quoteAt(text, 0, 4)).toBe("中芯國際");
    const q = text.indexOf("「");
    expect(quoteAt(text, q, q + 5)).toBe("「95%」");
  });

  it("counts characters outside the BMP as two code units, like the DOM", () => {
    const at = text.indexOf("𠮷");
    expect(quoteAt(text, at, at + 2)).toBe("𠮷");
    expect(quoteAt(text, at, at + 4)).toBe("𠮷野家");
    const smile = text.indexOf("🙂");
    expect(quoteAt(text, smile, smile + 2)).toBe("🙂");
  });

  it("refuses a range that cuts a surrogate pair in half", () => {
    const at = text.indexOf("𠮷");
    expect(quoteAt(text, at + 1, at + 3)).toBeNull();
    expect(quoteAt(text, at - 1, at + 1)).toBeNull();
  });

  it.each([
    [-1, 3],
    [3, 3],
    [5, 2],
    [0, text.length + 1],
    [0.5, 3],
    [Number.NaN, 3],
  ])("refuses the out-of-range or malformed range [%s, %s)", (start, end) => {
    expect(quoteAt(text, start, end)).toBeNull();
  });

  it("refuses a range of only whitespace", () => {
    expect(quoteAt("甲  乙", 1, 3)).toBeNull();
  });

  it("refuses an overlong range", () => {
    const long = "字".repeat(2500);
    expect(quoteAt(long, 0, 2001)).toBeNull();
    expect(quoteAt(long, 0, 2000)).toHaveLength(2000);
  });
});

describe("trimRange", () => {
  it("drops whitespace at both ends", () => {
    expect(trimRange("  甲乙 ", 0, 5)).toEqual({ start: 2, end: 4 });
  });
  it("keeps full-width punctuation", () => {
    expect(trimRange("「甲」", 0, 3)).toEqual({ start: 0, end: 3 });
  });
});
