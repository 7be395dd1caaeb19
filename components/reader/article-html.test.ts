import { describe, expect, it } from "vitest";
import type { ReaderView } from "@/lib/readings/reader-view";
import { articleHtml } from "./article-html";

const labels = { paragraph: (n: number) => `Paragraph ${n}`, closeGlossary: "Close" };

function view(text: string): ReaderView {
  return {
    id: "r1",
    title: "T",
    author: null,
    source: null,
    publishedOn: null,
    language: "zh-Hant",
    paragraphs: [{ id: "p1", position: 1, segments: [{ text }, { text: "H20", term: 0 }] }],
    glossary: [{ id: "g1", term: "H20", explanationZhHant: "輝達的晶片", explanationEn: "An Nvidia chip" }],
  };
}

describe("articleHtml", () => {
  it("renders numbered paragraphs with their anchors, glossary buttons and explanations", () => {
    const html = articleHtml(view("美國終於鬆口了,"), "en", labels);
    expect(html).toContain('id="p-1"');
    expect(html).toContain('data-pid="p1"');
    expect(html).toContain('aria-label="Paragraph 1"');
    expect(html.toLowerCase()).toContain('popovertarget="gl-g1"'); // HTML attribute names are case-insensitive
    expect(html).toContain("An Nvidia chip");
  });

  it("escapes the stored text: markup in a reading is shown, never run", () => {
    const html = articleHtml(view('<img src=x onerror="alert(1)">'), "en", labels);
    expect(html).toContain("&lt;img src=x");
    expect(html).not.toContain("<img");
  });

  it("builds the HTML once per view and language, then serves the kept copy", () => {
    const v = view("第一版");
    const first = articleHtml(v, "zh-Hant", labels);
    v.paragraphs[0]!.segments[0]!.text = "第二版";
    expect(articleHtml(v, "zh-Hant", labels)).toBe(first);
    expect(articleHtml(v, "en", labels)).toContain("第二版");
  });
});
