import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import zhHant from "@/messages/zh-Hant.json";
import { parseReadingText } from "./paragraphs";
import { shownText } from "./runs";
import { inScript, PHRASE_CORRECTIONS, runsInScript, simplifiedRuns, toSimplified } from "./script";

const article = parseReadingText(readFileSync("prisma/seed/h20-article.zh-Hant.txt", "utf8"));
const glossary = JSON.parse(readFileSync("prisma/seed/h20-glossary.json", "utf8")) as {
  term: string;
  zhHant: string;
}[];
const texts = [article.title, ...article.paragraphs, ...glossary.flatMap((g) => [g.term, g.zhHant])];

describe("Simplified rendering, with Taiwan phrases", () => {
  it("converts characters and Taiwan words to Mainland ones", () => {
    expect(toSimplified("美國為何晶片鬆口")).toBe("美国为何芯片松口");
    expect(toSimplified("記憶體與軟體")).toBe("内存与软件");
  });

  it("gives exactly OpenCC's own twp → cn result for the article and its glossary, but for the corrections", () => {
    const opencc = OpenCC.Converter({ from: "twp", to: "cn" });
    const corrected = (text: string) => PHRASE_CORRECTIONS.some(([from]) => text.includes(from));
    for (const text of texts.filter((t) => !corrected(t))) expect(toSimplified(text)).toBe(opencc(text));
    expect(texts.filter(corrected).length).toBeGreaterThan(0);
  });

  it("corrects what OpenCC's phrases get wrong in the library reading", () => {
    expect(toSimplified("走完了西方二十年的技術長征。")).toBe("走完了西方二十年的技术长征。"); // not 首席技术官征
    expect(toSimplified("長江儲存的3D NAND快閃記憶體")).toBe("长江存储的3D NAND闪存");
    expect(toSimplified("臺灣多稱「輝達」")).toBe("台湾多称「辉达」");
    expect(toSimplified("把儲存單元層層堆疊")).toBe("把存储单元层层堆叠");
    // Elsewhere the phrases still apply.
    expect(toSimplified("技術長與執行長把檔案儲存在伺服器")).toBe("首席技术官与首席执行官把文件保存在服务器");
  });

  it("keeps the runs on the original: their lengths add up to it, whatever the phrases did to the text", () => {
    for (const text of texts) {
      const runs = simplifiedRuns(text);
      expect(runs.reduce((n, r) => n + r.length, 0)).toBe(text.length);
      for (const r of runs) if (!r.atomic) expect(r.shown).toHaveLength(r.length);
    }
    // The article does have phrases that change length (measured in docs/decisions/0028).
    expect(article.paragraphs.some((p) => toSimplified(p).length !== p.length)).toBe(true);
  });

  it("makes every replaced Taiwan word one atomic run, whether or not its length changed", () => {
    expect(simplifiedRuns("快閃記憶體和電晶體")).toEqual([
      { shown: "闪存", length: 5, atomic: true },
      { shown: "和", length: 1 },
      { shown: "晶体管", length: 3, atomic: true },
    ]);
    // Plain character conversion, and OpenCC's same-length phrases (著名), still map character for character.
    expect(simplifiedRuns("著名的美國")).toEqual([{ shown: "著名的美国", length: 5 }]);
  });

  it("counts characters outside the BMP as two units, converted or not", () => {
    expect(simplifiedRuns("𠮷野家🙂")).toEqual([{ shown: "𠮷野家🙂", length: 6 }]);
  });

  it("leaves the original alone for trad", () => {
    expect(inScript("美國", "trad")).toBe("美國");
    expect(inScript("美國", "simp")).toBe("美国");
    expect(runsInScript("記憶體", "trad")).toEqual([{ shown: "記憶體", length: 3 }]);
    expect(shownText(runsInScript("記憶體", "simp"))).toBe("内存");
  });

  it("converts the quiz's own messages without touching their ICU syntax (lib/quiz/quiz-page.ts)", () => {
    const strings = (v: unknown): string[] =>
      typeof v === "string" ? [v] : typeof v === "object" && v ? Object.values(v).flatMap(strings) : [];
    const syntax = (m: string) => m.match(/[{}#]|[A-Za-z_]+/g)?.join(" ");
    const messages = [...strings(zhHant.quiz), ...strings(zhHant.errors)];
    for (const m of messages) expect(syntax(toSimplified(m))).toBe(syntax(m));
    expect(messages.some((m) => toSimplified(m) !== m)).toBe(true);
  });
});
