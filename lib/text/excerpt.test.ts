import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps a short text, puts it on one line, and cuts a long one on a whole character", () => {
    expect(excerpt("短", 80)).toBe("短");
    expect(excerpt("一\n二  三", 80)).toBe("一 二 三");
    expect(excerpt("字".repeat(81), 80)).toBe(`${"字".repeat(80)}…`);
    expect(excerpt(`${"a".repeat(79)}😀😀`, 80)).toBe(`${"a".repeat(79)}😀…`);
  });
});
