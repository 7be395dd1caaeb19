import { describe, expect, it } from "vitest";
import { letters, pseudonym } from "./pseudonyms";

describe("pseudonym", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [18277, "ZZZ"],
    [18278, "AAAA"],
  ])("index %i is %s", (index, expected) => {
    expect(letters(index)).toBe(expected);
  });

  it("reads 同學 A in Traditional Chinese and Classmate A in English", () => {
    expect(pseudonym(0, "zh-Hant")).toBe("同學 A");
    expect(pseudonym(26, "en")).toBe("Classmate AA");
  });

  it("gives every index its own name", () => {
    const names = new Set(Array.from({ length: 2000 }, (_, i) => letters(i)));
    expect(names.size).toBe(2000);
  });

  it("refuses an index that is not a whole number ≥ 0", () => {
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => letters(bad)).toThrow(RangeError);
  });
});
