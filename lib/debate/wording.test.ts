import { describe, expect, it } from "vitest";
import {
  debateDefaultsSchema,
  parseDebateDefaults,
  parseSideLabels,
  resolveWording,
  serialiseDebateDefaults,
  serialiseSideLabels,
} from "./wording";

const GENERAL = { motion: "你同意作者的主要論點嗎？", sides: { first: "同意", second: "不同意", other: "其他看法" } };
const H20 = serialiseDebateDefaults(
  debateDefaultsSchema.parse({
    motion: { zhHant: "是戰略退卻，還是陷阱？", en: "A retreat, or a trap?" },
    sides: { first: { zhHant: "退卻", en: "Retreat" }, second: { zhHant: "陷阱", en: "" } },
  }),
);

describe("resolveWording", () => {
  it("uses the catalog's general motion and sides for a reading that proposes none", () => {
    expect(resolveWording({ motion: "", sideLabels: "", readingDefaults: "" }, "zh-Hant", GENERAL)).toEqual(GENERAL);
  });

  it("uses the reading's words in the UI language, the other language where one is missing, the catalog's for a side it leaves out", () => {
    const layers = { motion: "", sideLabels: "", readingDefaults: H20 };
    expect(resolveWording(layers, "zh-Hant", GENERAL)).toEqual({
      motion: "是戰略退卻，還是陷阱？",
      sides: { first: "退卻", second: "陷阱", other: "其他看法" },
    });
    expect(resolveWording(layers, "en", GENERAL)).toEqual({
      motion: "A retreat, or a trap?",
      sides: { first: "Retreat", second: "陷阱", other: "其他看法" },
    });
  });

  it("puts the teacher's wording for the board above the reading's, side by side", () => {
    const sideLabels = serialiseSideLabels({ first: "被迫讓步", second: "", other: "" });
    expect(resolveWording({ motion: "美國讓步了嗎？", sideLabels, readingDefaults: H20 }, "en", GENERAL)).toEqual({
      motion: "美國讓步了嗎？",
      sides: { first: "被迫讓步", second: "陷阱", other: "其他看法" },
    });
  });
});

describe("stored wording", () => {
  it("stores nothing when nothing is set, so the layer below shows through", () => {
    expect(serialiseDebateDefaults(debateDefaultsSchema.parse({}))).toBe("");
    expect(serialiseSideLabels({ first: "", second: "", other: "" })).toBe("");
  });

  it("reads a damaged or foreign column as not set rather than failing the page", () => {
    expect(parseDebateDefaults("{not json")).toEqual(debateDefaultsSchema.parse({}));
    expect(parseDebateDefaults(JSON.stringify({ motion: 3 }))).toEqual(debateDefaultsSchema.parse({}));
    expect(parseSideLabels(JSON.stringify({ first: "正方" }))).toEqual({ first: "正方", second: "", other: "" });
    expect(parseSideLabels("")).toEqual({ first: "", second: "", other: "" });
  });

  it("round-trips what it stores", () => {
    expect(parseDebateDefaults(H20).motion.en).toBe("A retreat, or a trap?");
    expect(parseDebateDefaults(H20).sides.second).toEqual({ zhHant: "陷阱", en: "" });
  });
});
