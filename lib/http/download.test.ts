import { describe, expect, it } from "vitest";
import { attachmentDisposition, safeFileName } from "./download";

describe("attachmentDisposition", () => {
  it("names the file after the title in UTF-8, with a plain fallback", () => {
    expect(attachmentDisposition("高二 (甲) 辯論.csv", "quiz-results.csv")).toBe(
      "attachment; filename=\"quiz-results.csv\"; filename*=UTF-8''%E9%AB%98%E4%BA%8C%20%28%E7%94%B2%29%20%E8%BE%AF%E8%AB%96.csv",
    );
  });

  it("drops what Windows refuses in a file name, and falls back when nothing is left", () => {
    expect(safeFileName(' a<b>:"c"/d\\e|f?g*\u0007 ')).toBe("a b c d e f g");
    expect(attachmentDisposition("???", "debate-board.md")).toBe(
      "attachment; filename=\"debate-board.md\"; filename*=UTF-8''debate-board.md",
    );
  });
});
