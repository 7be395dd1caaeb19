import { describe, expect, it } from "vitest";
import { type BankItem, itemsOfAttempt, outdatedKeys } from "./item-bank";
import type { QuizItem } from "./items";

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const revision = (
  key: string,
  n: number,
  position: number,
  addedAt: Date | null,
  retiredAt: Date | null,
): BankItem => ({
  id: `${key}-r${n}`,
  key,
  revision: n,
  position,
  item: {} as QuizItem,
  addedAt,
  retiredAt,
});

// q1 corrected on day 10; q2 unchanged; q3 added on day 10; q4 left the quiz on day 20.
const bank = [
  revision("q1", 1, 1, null, at(10)),
  revision("q1", 2, 1, at(10), null),
  revision("q2", 1, 2, null, null),
  revision("q3", 1, 3, at(10), null),
  revision("q4", 1, 4, null, at(20)),
];
const ids = (items: BankItem[]) => items.map((i) => i.id);

describe("itemsOfAttempt", () => {
  it("gives an attempt the revisions in force when it started", () => {
    expect(ids(itemsOfAttempt(bank, { startedAt: at(5), regradedAt: null, itemKeys: "" }))).toEqual([
      "q1-r1",
      "q2-r1",
      "q4-r1",
    ]);
    expect(ids(itemsOfAttempt(bank, { startedAt: at(10), regradedAt: null, itemKeys: "" }))).toEqual([
      "q1-r2",
      "q2-r1",
      "q3-r1",
      "q4-r1",
    ]);
    expect(ids(itemsOfAttempt(bank, { startedAt: at(25), regradedAt: null, itemKeys: "" }))).toEqual([
      "q1-r2",
      "q2-r1",
      "q3-r1",
    ]);
  });

  it("after a regrade, keeps the keys it started with at their revisions of that moment", () => {
    // q3 joined later and stays out; q4 left later and stays in (the student answered it).
    expect(ids(itemsOfAttempt(bank, { startedAt: at(5), regradedAt: at(25), itemKeys: "" }))).toEqual([
      "q1-r2",
      "q2-r1",
      "q4-r1",
    ]);
  });

  it("keeps to the keys its quiz selected for it, in that order, through a regrade", () => {
    const itemKeys = JSON.stringify(["q4", "q1", "q3"]);
    // q3 was not in force when it started: selected or not, it stays out.
    expect(ids(itemsOfAttempt(bank, { startedAt: at(5), regradedAt: null, itemKeys }))).toEqual(["q4-r1", "q1-r1"]);
    expect(ids(itemsOfAttempt(bank, { startedAt: at(5), regradedAt: at(25), itemKeys }))).toEqual(["q4-r1", "q1-r2"]);
  });

  it("names the keys an attempt has at an earlier revision than the current one", () => {
    expect(outdatedKeys(bank, { startedAt: at(5), regradedAt: null, itemKeys: "" })).toEqual(["q1"]);
    expect(outdatedKeys(bank, { startedAt: at(5), regradedAt: at(12), itemKeys: "" })).toEqual([]);
    expect(outdatedKeys(bank, { startedAt: at(12), regradedAt: null, itemKeys: "" })).toEqual([]); // q4 retired, no newer one
  });
});
