import { describe, expect, it } from "vitest";
import { MARKDOWN_MAX_CHARS, readMarkdown } from "./markdown";

const texts = (markdown: string) => readMarkdown(markdown).paragraphs.map((p) => p.text);

describe("readMarkdown", () => {
  it("reads title, author and date from front matter, and only a real date", () => {
    const reading = readMarkdown(
      '---\ntitle: "島嶼的山"\nauthor: 林老師\ndate: 2024-03-05 10:00\ntags: [a]\n---\n# Heading\n',
    );
    expect(reading).toMatchObject({ title: "島嶼的山", author: "林老師", publishedOn: "2024-03-05" });
    expect(reading.paragraphs).toEqual([{ text: "Heading", heading: true }]);
    expect(readMarkdown("---\ndate: 2024-02-30\n---\nText").publishedOn).toBeNull();
  });

  it("without front matter takes the first heading as the title, and no title without one", () => {
    expect(readMarkdown("Intro\n\n## First\n\n# Second").title).toBe("First");
    expect(readMarkdown("Just text.").title).toBeNull();
  });

  it("joins wrapped lines with a space, but not between Chinese characters", () => {
    expect(texts("An English sentence\nwrapped by the editor.\n\n臺灣是一座\n島嶼。\n\n中文 and\nEnglish")).toEqual([
      "An English sentence wrapped by the editor.",
      "臺灣是一座島嶼。",
      "中文 and English",
    ]);
  });

  it("makes a hard line break a paragraph of its own, as the lines of a poem", () => {
    expect(texts("床前明月光，  \n疑是地上霜。\\\n舉頭望明月，<br>低頭思故鄉。")).toEqual([
      "床前明月光，",
      "疑是地上霜。",
      "舉頭望明月，",
      "低頭思故鄉。",
    ]);
  });

  it("keeps text exactly: a full-width indent, code lines with their indentation, entities decoded", () => {
    expect(
      texts("\u3000\u3000縮排的段落。\n\n```\nif (x) {\n  y();\n}\n```\n\nAT&amp;T &copy; &#x4E2D; &nosuch; `&amp;`"),
    ).toEqual(["\u3000\u3000縮排的段落。", "if (x) {", "  y();", "}", "AT&T © 中 &nosuch; &amp;"]);
  });

  it("reads nested lists, quotes and table cells, one paragraph each", () => {
    const markdown =
      "1. one\n   - one a\n2. two\n\n> quoted\n> > deeper\n\n| 年份 | 人口 |\n|---|---|\n| 1990 | 2,000 萬 |";
    expect(texts(markdown)).toEqual(["one", "one a", "two", "quoted", "deeper", "年份", "人口", "1990", "2,000 萬"]);
  });

  it("drops raw HTML: blocks whole, inline tags with a script's content, keeping the text around them", () => {
    const markdown =
      '<div onclick="x()">block <b>html</b></div>\n\nSee <span class="x">this</span> <script>alert(1)</script>and <!-- a note -->that.';
    expect(texts(markdown)).toEqual(["See this and that."]);
  });

  it("refuses Markdown too long to be a reading before parsing it", () => {
    expect(() => readMarkdown("a".repeat(MARKDOWN_MAX_CHARS + 1))).toThrow(
      expect.objectContaining({ code: "importTooLarge" }),
    );
  });

  it("refuses nesting that overflows the parser as unreadable instead of crashing", () => {
    expect(() => readMarkdown(`${"> ".repeat(20_000)}x`)).toThrow(
      expect.objectContaining({ code: "importUnreadable" }),
    );
  });
});
