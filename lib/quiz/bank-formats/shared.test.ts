import { describe, expect, it } from "vitest";
import { assignKeys, repeatedTexts } from "./shared";

describe("assignKeys", () => {
  it("keeps a file's own keys and never generates one that a later question asks for", () => {
    expect(assignKeys([undefined, "g01", undefined])).toEqual(["g02", "g01", "g03"]);
  });

  it("continues the bank's qNN numbering and replaces a key the bank already has", () => {
    expect(assignKeys([undefined, "q02", "q09"], new Set(["q02", "q10", "x7"]))).toEqual(["q11", "q12", "q09"]);
  });

  it("generates a key for one longer than 16 characters", () => {
    expect(assignKeys(["a-very-long-title-here"])).toEqual(["g01"]);
  });
});

describe("repeatedTexts", () => {
  it("finds options that differ only in case, spacing or full-width forms, ignoring blanks", () => {
    expect(repeatedTexts(["Yes", "ｙｅｓ", "狼來了", "狼 來了", "", "", "No"])).toEqual([1, 3]);
  });
});
