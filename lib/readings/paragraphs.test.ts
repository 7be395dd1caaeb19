import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReadingText } from "./paragraphs";

describe("parseReadingText", () => {
  it("takes the first line as the title and keeps each paragraph exactly", () => {
    expect(parseReadingText("\uFEFF標題\r\n\r\n第一段,有「引號」。  \n\n第二段🙂\n")).toEqual({
      title: "標題",
      paragraphs: ["第一段,有「引號」。", "第二段🙂"],
    });
  });

  it("reads the seeded article: its title and 34 paragraphs", () => {
    const { title, paragraphs } = parseReadingText(readFileSync("prisma/seed/h20-article.zh-Hant.txt", "utf8"));
    expect(title).toBe("美國為何晶片鬆口:中國芯“狼來了”?");
    expect(paragraphs).toHaveLength(34);
    expect(paragraphs[0]).toMatch(/^導語:7月15日/);
  });

  it("refuses a text without paragraphs", () => {
    expect(() => parseReadingText("only a title\n\n")).toThrow();
  });
});
