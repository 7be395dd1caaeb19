import { describe, expect, it } from "vitest";
import { sentencesOf } from "./sentences";

describe("sentencesOf", () => {
  it("cuts at 。！？； and keeps closing quotes with their sentence", () => {
    const text = "美國撐不住了。是「戰略退卻」嗎？他說：「這是陷阱。」最後一句";
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "美國撐不住了。",
      "是「戰略退卻」嗎？",
      "他說：「這是陷阱。」",
      "最後一句",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("leaves out whitespace and empty pieces, and keeps a paragraph without a full stop whole", () => {
    expect(sentencesOf("  一句。  \n 兩句！ ").map((s) => s.text)).toEqual(["一句。", "兩句！"]);
    expect(sentencesOf("一、撐不住了").map((s) => s.text)).toEqual(["一、撐不住了"]);
    expect(sentencesOf("")).toEqual([]);
  });
});
