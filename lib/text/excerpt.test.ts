import { describe, expect, it } from "vitest";
import { excerpt, sentenceExcerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps a short text, puts it on one line, and cuts a long one on a whole character", () => {
    expect(excerpt("短", 80)).toBe("短");
    expect(excerpt("一\n二  三", 80)).toBe("一 二 三");
    expect(excerpt("字".repeat(81), 80)).toBe(`${"字".repeat(80)}…`);
    expect(excerpt(`${"a".repeat(79)}😀😀`, 80)).toBe(`${"a".repeat(79)}😀…`);
  });
});

describe("sentenceExcerpt", () => {
  it("keeps a short text whole", () => {
    expect(sentenceExcerpt("美國放行H20。", 90)).toBe("美國放行H20。");
  });

  it("ends after the last whole sentence that fits, closing quotes included", () => {
    const text = "黃仁勳說：「這是好消息。」美國商務部隨後證實。接著談到中國的晶片產業，以及其他更多的細節與數字。";
    expect(sentenceExcerpt(text, 30)).toBe("黃仁勳說：「這是好消息。」美國商務部隨後證實。…");
  });

  it("falls back to the last clause mark, then to the limit", () => {
    expect(sentenceExcerpt("表面看美國終於鬆口了，對中國晶片放寬限制了，實際上是美國在晶片博弈中的戰略退卻", 24)).toBe(
      "表面看美國終於鬆口了，對中國晶片放寬限制了，…",
    );
    expect(sentenceExcerpt("字".repeat(30), 20)).toBe(`${"字".repeat(20)}…`);
    // A boundary too near the start leaves too little: the limit wins.
    expect(sentenceExcerpt(`好。${"字".repeat(30)}`, 20)).toBe(`好。${"字".repeat(18)}…`);
  });
});
