import { describe, expect, it } from "vitest";
import { displayParagraph, paragraphRuns, type ReaderView } from "@/lib/readings/reader-view";
import type { Run } from "@/lib/readings/runs";
import { articleHtml } from "./article-html";

const labels = { paragraph: (n: number) => `Paragraph ${n}`, closeGlossary: "Close", termKeys: "Arrow keys" };

function view(text: string): ReaderView {
  return {
    id: "r1",
    title: "T",
    author: null,
    source: null,
    publishedOn: null,
    language: "zh-Hant",
    convertible: true,
    original: "trad",
    paragraphs: [
      {
        id: "p1",
        position: 1,
        heading: false,
        segments: [
          { text, runs: [{ shown: text, length: text.length }] },
          { text: "H20", term: 0, runs: [{ shown: "H20", length: 3 }] },
        ],
      },
    ],
    glossary: [{ id: "g1", term: "H20", explanationZhHant: "輝達的晶片", explanationEn: "An Nvidia chip" }],
  };
}

describe("articleHtml", () => {
  it("renders numbered paragraphs with their anchors, glossary buttons and explanations", () => {
    const { html } = articleHtml(view("美國終於鬆口了,"), "en", labels);
    expect(html).toContain('id="p-1"');
    expect(html).toContain('data-pid="p1"');
    expect(html).toContain('aria-label="Paragraph 1"');
    expect(html.toLowerCase()).toContain('popovertarget="gl-g1"'); // HTML attribute names are case-insensitive
    expect(html).toContain("An Nvidia chip");
  });

  it("escapes the stored text: markup in a reading is shown, never run", () => {
    const { html } = articleHtml(view('<img src=x onerror="alert(1)">'), "en", labels);
    expect(html).toContain("&lt;img src=x");
    expect(html).not.toContain("<img");
  });

  it("builds the HTML once per view and language, then serves the kept copy", () => {
    const v = view("第一版");
    const first = articleHtml(v, "zh-Hant", labels);
    v.paragraphs[0]!.segments[0]!.text = "第二版";
    expect(articleHtml(v, "zh-Hant", labels)).toBe(first);
    const english = articleHtml(v, "en", labels);
    expect(english.html).toContain("第二版");
    // The key tells the two texts apart (the page keeps the text it shows until the key changes).
    expect(english.key).toMatch(/^[\w-]{16}$/);
    expect(english.key).not.toBe(first.key);
  });

  it("makes the terms one tab stop: the first term is in the tab order and described by the arrow keys hint", () => {
    const simp = simplifiedView("記憶體頻寬決定速度，快閃記憶體也用記憶體頻寬。H20");
    const { html } = articleHtml(simp, "en", labels);
    const buttons = [...html.matchAll(/<button type="button" class="term"[^>]*>/g)].map((m) => m[0]);
    expect(buttons).toHaveLength(2); // 記憶體頻寬 once per paragraph (its repeat is not a button), H20
    expect(buttons[0]).toContain('tabindex="0"');
    expect(buttons[0]).toContain('aria-describedby="term-keys-hint"');
    expect(buttons[1]).toContain('tabindex="-1"');
    expect(buttons[1]).not.toContain("aria-describedby");
    expect(html).toMatch(/<p id="term-keys-hint" hidden="" lang="en">Arrow keys<\/p>/);
    // No terms (the glossary held back during a quiz): no hint.
    expect(articleHtml({ ...simp, glossary: [] }, "en", labels).html).not.toContain("term-keys-hint");
  });

  it("marks each Simplified phrase with the length of the original it stands for, inside terms too, as the browser reads it back", () => {
    const simp = simplifiedView("記憶體頻寬決定速度，快閃記憶體也用記憶體頻寬。H20");
    const { html } = articleHtml(simp, "en", labels);
    expect(html).toContain(
      '<button type="button" class="term" popoverTarget="gl-g2" tabindex="0" aria-describedby="term-keys-hint"><span data-orig-len="3">内存</span><span data-orig-len="2">带宽</span></button>',
    );
    expect(html).toContain('<span data-orig-len="5">闪存</span>');
    // What lib/readings/dom-offsets.ts reads from this markup is what the server checks quotes against.
    const ptext = /<span class="ptext" data-pid="p1">(.*?)<\/span><\/p>/.exec(html)![1]!;
    expect(runsFromMarkup(ptext)).toEqual(merge(paragraphRuns(simp.paragraphs[0]!.segments)));
  });
});

const GLOSSARY = [
  { term: "H20", aliases: "[]" },
  { term: "記憶體頻寬", aliases: "[]" },
];

function simplifiedView(text: string): ReaderView {
  return {
    ...view(""),
    paragraphs: [
      {
        id: "p1",
        position: 1,
        heading: false,
        segments: displayParagraph(text, [{ spellings: ["H20"] }, { spellings: ["記憶體頻寬"] }], "simp"),
      },
    ],
    glossary: GLOSSARY.map((g, i) => ({
      id: `g${i + 1}`,
      term: g.term,
      explanationZhHant: "解釋",
      explanationEn: "Explanation",
    })),
  };
}

/** runsInElement (dom-offsets.ts) on the rendered markup: text, and phrases as `data-orig-len` spans. */
function runsFromMarkup(markup: string): Run[] {
  const runs: Run[] = [];
  for (const m of markup.matchAll(/<span data-orig-len="(\d+)">([^<]*)<\/span>|<[^>]*>|([^<]+)/g)) {
    if (m[1]) runs.push({ shown: m[2]!, length: Number(m[1]), atomic: true });
    else if (m[3]) runs.push({ shown: m[3], length: m[3].length });
  }
  return merge(runs);
}

/** Neighbouring plain runs as one (the DOM may split text anywhere; what counts is the same). */
function merge(runs: Run[]): Run[] {
  return runs.reduce<Run[]>((out, r) => {
    const last = out.at(-1);
    if (last && !last.atomic && !r.atomic)
      out[out.length - 1] = { shown: last.shown + r.shown, length: last.length + r.length };
    else out.push(r);
    return out;
  }, []);
}
