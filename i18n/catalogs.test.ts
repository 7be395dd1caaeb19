import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

  it('have every refusal key the zod schemas name (a missing one would reach the page as "unexpected")', () => {
    const files = readdirSync("lib", { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("generated"))
      .map((f) => path.join("lib", f));
    const named = files.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/(?:error|message): "([a-zA-Z]+)"/g)].map((m) => m[1]!),
    );
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((key) => !Object.hasOwn(zhHant.errors, key))).toEqual([]);
  });
});
