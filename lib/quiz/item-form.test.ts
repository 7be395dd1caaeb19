import { describe, expect, it } from "vitest";
import { itemFormSchema } from "./item-form";

const base = { readingId: "r1", points: "2", promptZhHant: "台積電在哪裡？", promptEn: "" };
const errorsOf = (form: Record<string, string>) => {
  const parsed = itemFormSchema.safeParse(form);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], i.message]));
};

describe("the item editor's form", () => {
  it("makes a single choice from its non-empty rows, keys in order, the marked row as the answer", () => {
    const parsed = itemFormSchema.parse({
      ...base,
      type: "single",
      option1ZhHant: "新竹",
      option2ZhHant: "",
      option3ZhHant: "台南",
      option3En: "Tainan",
      correct: "3",
      "cite:p1": "on",
      explanationZhHant: "第1段。",
    });
    expect(parsed.item).toEqual({
      type: "single",
      prompt: { zhHant: "台積電在哪裡？", en: "" },
      paragraphs: ["p1"],
      explanation: { zhHant: "第1段。", en: "" },
      points: 2,
      options: [
        { key: "a", zhHant: "新竹", en: "" },
        { key: "b", zhHant: "台南", en: "Tainan" },
      ],
      answer: "b",
    });
  });

  it("keeps an edited option's key, so answers given to it still mean it", () => {
    const parsed = itemFormSchema.parse({
      ...base,
      type: "multiple",
      option1ZhHant: "甲",
      option1Key: "c",
      option2ZhHant: "乙",
      option3ZhHant: "丙",
      option3Key: "a",
      correct1: "on",
      correct3: "on",
    });
    expect(parsed.item).toMatchObject({
      options: [{ key: "c" }, { key: "b" }, { key: "a" }],
      answer: ["c", "a"],
    });
  });

  it("takes a right paragraph as cited evidence too", () => {
    const parsed = itemFormSchema.parse({ ...base, type: "paragraph", "cite:p1": "on", "answer:p2": "on" });
    expect(parsed.item).toMatchObject({ paragraphs: ["p1", "p2"], answer: ["p2"] });
  });

  it("says what is missing, beside the field it is about", () => {
    expect(errorsOf({ ...base, promptZhHant: "", type: "true_false", truth: "true" })).toEqual({
      promptZhHant: "textRequired",
    });
    expect(errorsOf({ ...base, type: "single", option1ZhHant: "甲" })).toEqual({ options: "tooFewOptions" });
    expect(errorsOf({ ...base, type: "single", option1ZhHant: "甲", option2ZhHant: "乙" })).toEqual({
      correct: "correctRequired",
    });
    expect(errorsOf({ ...base, type: "single", option1ZhHant: "甲", option2ZhHant: " 甲", correct: "1" })).toEqual({
      option2ZhHant: "duplicateOption",
    });
    expect(errorsOf({ ...base, type: "true_false" })).toEqual({ truth: "correctRequired" });
    expect(errorsOf({ ...base, type: "classify", claimType: "fact" })).toEqual({ verdict: "correctRequired" });
    expect(errorsOf({ ...base, type: "paragraph", "cite:p1": "on" })).toEqual({ answerParagraphs: "correctRequired" });
    expect(errorsOf({ ...base, type: "short" })).toEqual({ rubricZhHant: "rubricRequired" });
    expect(errorsOf({ ...base, type: "short", rubricEn: "x", points: "11" })).toEqual({ points: "pointsInvalid" });
    expect(errorsOf({ ...base, type: "essay" })).toMatchObject({ type: "itemTypeRequired" });
    expect(errorsOf({ ...base, type: "short", rubricEn: "x".repeat(2001) })).toEqual({ rubricEn: "itemTextTooLong" });
  });
});
