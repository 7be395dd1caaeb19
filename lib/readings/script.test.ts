import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReadingText } from "./paragraphs";
import { inScript, toSimplified } from "./script";

describe("Simplified rendering", () => {
  it("converts Traditional to Simplified", () => {
    expect(toSimplified("美國為何晶片鬆口")).toBe("美国为何晶片松口");
  });

  it("keeps every paragraph of the article the same length, so offsets line up", () => {
    const { paragraphs } = parseReadingText(readFileSync("prisma/seed/h20-article.zh-Hant.txt", "utf8"));
    for (const p of paragraphs) expect(toSimplified(p)).toHaveLength(p.length);
    expect(paragraphs.some((p) => toSimplified(p) !== p)).toBe(true);
  });

  it("leaves the original alone for trad", () => {
    expect(inScript("美國", "trad")).toBe("美國");
    expect(inScript("美國", "simp")).toBe("美国");
  });
});
