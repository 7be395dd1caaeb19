import { describe, expect, it } from "vitest";
import { gradeItem } from "./grading";
import { type QuizItem, quizItemSchema } from "./items";

const base = {
  key: "q",
  prompt: { zhHant: "題", en: "Q" },
  paragraphs: ["p1"],
  explanation: { zhHant: "解", en: "E" },
  points: 1,
};
const opts = ["a", "b", "c", "d"].map((key) => ({ key, zhHant: key, en: key }));
const item = (extra: object): QuizItem => quizItemSchema.parse({ ...base, ...extra });

describe("gradeItem", () => {
  it("single choice: all or nothing", () => {
    const q = item({ type: "single", options: opts, answer: "b" });
    expect(gradeItem(q, "b")).toEqual({ score: 1, max: 1, correct: true });
    expect(gradeItem(q, "a")).toEqual({ score: 0, max: 1, correct: false });
    expect(gradeItem(q, undefined)).toEqual({ score: 0, max: 1, correct: false });
  });

  it("multiple choice: proportional partial credit, never below zero", () => {
    const q = item({ type: "multiple", options: opts, answer: ["a", "c"], points: 2 });
    expect(gradeItem(q, ["a", "c"])).toEqual({ score: 2, max: 2, correct: true });
    expect(gradeItem(q, ["a"])).toEqual({ score: 1, max: 2, correct: false });
    expect(gradeItem(q, ["a", "b"])).toEqual({ score: 0, max: 2, correct: false });
    expect(gradeItem(q, ["a", "c", "d"])).toEqual({ score: 1, max: 2, correct: false });
    expect(gradeItem(q, ["b", "d"])).toEqual({ score: 0, max: 2, correct: false });
    expect(gradeItem(q, [])).toEqual({ score: 0, max: 2, correct: false });
    expect(gradeItem(q, "a")).toEqual({ score: 0, max: 2, correct: false });
  });

  it("multiple choice with three correct: thirds, rounded to cents", () => {
    const q = item({ type: "multiple", options: opts, answer: ["a", "b", "c"] });
    expect(gradeItem(q, ["a"]).score).toBe(0.33);
    expect(gradeItem(q, ["a", "b"]).score).toBe(0.67);
  });

  it("true/false", () => {
    const q = item({ type: "true_false", answer: false });
    expect(gradeItem(q, false).correct).toBe(true);
    expect(gradeItem(q, true).score).toBe(0);
    expect(gradeItem(q, "false").score).toBe(0);
  });

  it("claim classification: half for the type, half for the verdict", () => {
    const q = item({ type: "classify", answer: { type: "fact", verdict: "contradicted" }, points: 2 });
    expect(gradeItem(q, { type: "fact", verdict: "contradicted" })).toEqual({ score: 2, max: 2, correct: true });
    expect(gradeItem(q, { type: "fact", verdict: "supported" })).toEqual({ score: 1, max: 2, correct: false });
    expect(gradeItem(q, { type: "opinion", verdict: "contradicted" })).toEqual({ score: 1, max: 2, correct: false });
    expect(gradeItem(q, { type: "opinion", verdict: "n/a" })).toEqual({ score: 0, max: 2, correct: false });
  });

  it("paragraph pick: any accepted paragraph", () => {
    const q = item({ type: "paragraph", answer: ["p3", "p7"] });
    expect(gradeItem(q, "p7").correct).toBe(true);
    expect(gradeItem(q, "p4").correct).toBe(false);
  });

  it("short answers wait for the teacher", () => {
    const q = item({ type: "short", rubric: { zhHant: "評分", en: "Rubric" }, points: 2 });
    expect(gradeItem(q, "我的答案")).toEqual({ score: null, max: 2, correct: null });
  });
});

describe("quizItemSchema", () => {
  it("refuses an answer key that is not an option", () => {
    expect(quizItemSchema.safeParse({ ...base, type: "single", options: opts, answer: "z" }).success).toBe(false);
    expect(quizItemSchema.safeParse({ ...base, type: "multiple", options: opts, answer: ["a", "z"] }).success).toBe(
      false,
    );
  });
});
