import { describe, expect, it } from "vitest";
import { describeLevels, parseRubricWording, RUBRIC_TOTAL_MAX, rubricTotal, serialiseRubricWording } from "./rubric";

describe("the rubric's wording", () => {
  it("reads a board never edited, or anything unreadable, as all defaults", () => {
    for (const stored of ["", "not json", "[1,2]", '{"claim":"x"}']) {
      const wording = parseRubricWording(stored);
      expect(Object.values(wording).flat()).toEqual(Array(16).fill(""));
    }
  });

  it("keeps the teacher's words and stores nothing when every level is the default", () => {
    const wording = parseRubricWording('{"claim":["", "  含糊 "], "unknown":["x"]}');
    expect(wording.claim).toEqual(["", "含糊", "", ""]);
    expect(JSON.parse(serialiseRubricWording(wording))).toMatchObject({ claim: ["", "含糊", "", ""] });
    expect(serialiseRubricWording(parseRubricWording(""))).toBe("");
  });

  it("describes each level with the teacher's words where given, else the default", () => {
    const levels = describeLevels(parseRubricWording('{"evidence":["", "", "引用相關段落"]}'), (c, l) => `${c} ${l}`);
    expect(levels.evidence.map((l) => [l.text, l.custom])).toEqual([
      ["evidence 1", false],
      ["evidence 2", false],
      ["引用相關段落", true],
      ["evidence 4", false],
    ]);
  });
});

describe("rubricTotal", () => {
  it("sums the scored criteria and is null until one is scored", () => {
    expect(rubricTotal({ claim: null, evidence: null, reasoning: null, rebuttal: null })).toEqual({
      total: null,
      graded: 0,
      max: RUBRIC_TOTAL_MAX,
    });
    expect(rubricTotal({ claim: 3, evidence: 4, reasoning: null, rebuttal: 1 })).toMatchObject({ total: 8, graded: 3 });
  });
});
