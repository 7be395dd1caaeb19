import { describe, expect, it } from "vitest";
import type { BankItem } from "./item-bank";
import type { QuizItem } from "./items";
import { attemptKeys, attemptSize } from "./selection";

const item = (key: string, paragraphs: string[]): BankItem => ({
  id: `${key}-id`,
  key,
  revision: 1,
  position: Number(key.slice(1)),
  item: { paragraphs } as unknown as QuizItem,
  addedAt: null,
  retiredAt: null,
});
const bank = [item("q1", ["p5"]), item("q2", []), item("q3", ["p2", "p9"]), item("q4", ["p1"]), item("q5", ["p2"])];
const positions = new Map([1, 2, 5, 9].map((n) => [`p${n}`, n]));
const all = { itemSelection: "all", chosenKeys: "[]", randomCount: 0, orderByParagraph: false };
const keys = (stored: string) => JSON.parse(stored || JSON.stringify(bank.map((i) => i.key))) as string[];

describe("attemptKeys", () => {
  it("stores nothing for the whole bank in bank order, as attempts always had", () => {
    expect(attemptKeys(bank, all, "s1", "quiz", positions)).toBe("");
  });

  it("asks only the chosen items, in bank order; a chosen key no longer in the bank is skipped", () => {
    const chosen = { ...all, itemSelection: "chosen", chosenKeys: JSON.stringify(["q4", "q1", "gone"]) };
    expect(keys(attemptKeys(bank, chosen, "s1", "quiz", positions))).toEqual(["q1", "q4"]);
  });

  it("orders by the first paragraph each item cites; items citing none keep their order at the end", () => {
    const ordered = { ...all, orderByParagraph: true };
    expect(keys(attemptKeys(bank, ordered, "s1", "quiz", positions))).toEqual(["q4", "q3", "q5", "q1", "q2"]);
  });

  it("draws k items per student: the same for that student every time, not the same for everyone", () => {
    const random = { ...all, itemSelection: "random", randomCount: 2 };
    const draw = (student: string) => keys(attemptKeys(bank, random, student, "quiz", positions));
    expect(draw("s1")).toHaveLength(2);
    expect(draw("s1")).toEqual(draw("s1"));
    const draws = new Set(Array.from({ length: 20 }, (_, i) => draw(`s${i}`).join()));
    expect(draws.size).toBeGreaterThan(3);
    expect(attemptSize(bank, random, "s1", "quiz")).toBe(2);
    // Another item added to the bank: a student's draw changes only if the new item outranks one of theirs.
    const bigger = [...bank, item("q6", [])];
    const after = keys(attemptKeys(bigger, random, "s1", "quiz", positions));
    const before = draw("s1");
    if (after.includes("q6")) expect(before).toEqual(expect.arrayContaining(after.filter((k) => k !== "q6")));
    else expect(after).toEqual(before);
    // Asking for as many as the bank has is the whole bank.
    expect(attemptKeys(bank, { ...random, randomCount: 5 }, "s1", "quiz", positions)).toBe("");
  });
});
