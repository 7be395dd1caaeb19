import { describe, expect, it } from "vitest";
import { generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "./join-code";

describe("generateJoinCode", () => {
  it("uses only unambiguous characters", () => {
    for (let i = 0; i < 500; i++) {
      const code = generateJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect([...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch))).toBe(true);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });
  it("varies", () => {
    expect(new Set(Array.from({ length: 200 }, generateJoinCode)).size).toBeGreaterThan(195);
  });
});
