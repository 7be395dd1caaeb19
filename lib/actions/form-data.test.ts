import { describe, expect, it } from "vitest";
import { withoutNul } from "./form-data";

describe("withoutNul", () => {
  it("takes NUL characters out of every string, however deep, and leaves the rest as it is", () => {
    expect(
      withoutNul({ name: "王\u0000同學", note: ["a\u0000b", 3, null], nested: { quote: { text: "\u0000" } }, n: 1 }),
    ).toEqual({ name: "王同學", note: ["ab", 3, null], nested: { quote: { text: "" } }, n: 1 });
    expect(withoutNul("no nul")).toBe("no nul");
  });
});
