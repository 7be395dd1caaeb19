import { describe, expect, it } from "vitest";
import { segmentParagraph } from "./segments";

const terms = [
  { spellings: ["H20"] },
  { spellings: ["美國半導體協會", "SIA"] },
  { spellings: ["美國"] },
  { spellings: ["EUV"] },
];

describe("segmentParagraph", () => {
  it("marks every occurrence and gives back the text exactly", () => {
    const text = "美國批准H20出口;美國半導體協會(SIA)稱H20…";
    const segments = segmentParagraph(text, terms);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.term !== undefined).map((s) => [s.text, s.term])).toEqual([
      ["美國", 2],
      ["H20", 0],
      ["美國半導體協會", 1],
      ["SIA", 1],
      ["H20", 0],
    ]);
  });

  it("does not match Latin terms inside longer words or numbers", () => {
    expect(
      segmentParagraph("H200 與 EUVL 不是 H20 或 EUV", terms)
        .filter((s) => s.term !== undefined)
        .map((s) => s.text),
    ).toEqual(["H20", "EUV"]);
  });

  it("returns one plain segment when no term occurs", () => {
    expect(segmentParagraph("沒有術語。", terms)).toEqual([{ text: "沒有術語。" }]);
  });
});
