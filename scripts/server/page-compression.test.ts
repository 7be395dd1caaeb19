import { describe, expect, it } from "vitest";
import { compressedPath } from "./page-compression.cjs";

describe("compressedPath", () => {
  it("lets Next gzip its static files only", () => {
    expect(compressedPath("/_next/static/chunks/0cz1d0mv5g_q7.js")).toBe(true);
    expect(compressedPath("/_next/static/chunks/3xably72y74tg.css")).toBe(true);
    for (const page of ["/student/assignments/a1/quiz", "/api/quiz/answers", "/", "/_next/data/x/page.json", undefined])
      expect(compressedPath(page)).toBe(false);
  });
});
