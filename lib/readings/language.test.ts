import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("tells Traditional from Simplified Chinese, and English from both", () => {
    const article = readFileSync("prisma/seed/h20-article.zh-Hant.txt", "utf8");
    expect(detectLanguage(article)).toBe("zh-Hant");
    expect(detectLanguage("美国为何在芯片问题上松口？英伟达获准向中国出售H20芯片，这是战略退却还是陷阱？")).toBe(
      "zh-Hans",
    );
    // 很多工厂 holds the Taiwan phrase 多工 (multitasking), which Taiwan → Mainland conversion swaps too.
    expect(detectLanguage("今年内存芯片的价格一路上涨。很多工厂把产能转向人工智能服务器。")).toBe("zh-Hans");
    expect(detectLanguage("今天天氣很好。")).toBe("zh-Hant"); // 氣 only has a Simplified form
    expect(detectLanguage("他们")).toBe("zh-Hans");
    expect(detectLanguage("Why did the US relent on chips? Nvidia may sell the H20 to China again.")).toBe("en");
    // A few Chinese names in an English text keep it English.
    expect(
      detectLanguage("The article by 華山穹劍 argues that the approval is a strategic retreat by Washington."),
    ).toBe("en");
  });
});
