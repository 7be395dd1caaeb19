import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import zhHant from "../messages/zh-Hant.json";

const keysOf = (obj: object, prefix = ""): string[] =>
  Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe("message catalogs", () => {
  it("have the same keys in 繁體中文 and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhHant).sort());
  });
  it("have no empty strings", () => {
    for (const catalog of [en, zhHant]) {
      expect(JSON.stringify(catalog)).not.toMatch(/:""/);
    }
  });

  it("use full-width punctuation in 繁體中文 (，；：？！（）), outside placeholders, numbers and addresses", () => {
    const values = (obj: object): string[] =>
      Object.values(obj).flatMap((v) => (typeof v === "object" && v ? values(v) : [String(v)]));
    const halfWidth = values(zhHant)
      .map((v) =>
        v
          .replace(/\{[^}]*\}/g, "")
          .replace(/https?:\/\//g, "")
          .replace(/\d,\d{3}/g, ""),
      )
      .filter((v) => /[(),;:?!]/.test(v));
    expect(halfWidth).toEqual([]);
  });
});
