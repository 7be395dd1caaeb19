import { describe, expect, it } from "vitest";
import { draftText, joinParagraphs, parseDraft, splitParagraphs } from "./split";

describe("splitParagraphs", () => {
  it("makes one paragraph of each non-empty line, kept exactly but for trailing space and a byte-order mark", () => {
    expect(splitParagraphs("\uFEFF第一段。  \r\n\r\n  第二段。\n\n\n")).toEqual(["第一段。", "  第二段。"]);
  });
});

describe("parseDraft", () => {
  it("takes a line starting with # and a space as a heading, without its mark", () => {
    expect(parseDraft("# 一、背景\n\n美國放寬出口。\n## Section two\n#hashtag 不是標題\n#　全形空白也算")).toEqual([
      { text: "一、背景", heading: true },
      { text: "美國放寬出口。", heading: false },
      { text: "Section two", heading: true },
      { text: "#hashtag 不是標題", heading: false },
      { text: "全形空白也算", heading: true },
    ]);
  });

  it("drops a heading mark with nothing after it", () => {
    expect(parseDraft("#  \n內文")).toEqual([{ text: "內文", heading: false }]);
  });

  it("round-trips through draftText", () => {
    const paragraphs = [
      { text: "標題", heading: true },
      { text: "第一段。", heading: false },
    ];
    expect(draftText(paragraphs)).toBe("# 標題\n\n第一段。");
    expect(parseDraft(draftText(paragraphs))).toEqual(paragraphs);
  });
});

describe("joinParagraphs", () => {
  it("joins Chinese directly and English with a space", () => {
    expect(joinParagraphs("美國放寬", "出口管制。")).toBe("美國放寬出口管制。");
    expect(joinParagraphs("The US eased ", " export controls.")).toBe("The US eased export controls.");
    expect(joinParagraphs("輝達的 H20", "chip")).toBe("輝達的 H20 chip");
  });
});
