import { describe, expect, it } from "vitest";
import { shuffleFor } from "./shuffle";

const options = ["a", "b", "c", "d", "e"];

describe("shuffleFor", () => {
  it("is stable for one student and item", () => {
    expect(shuffleFor(options, "s1", "q1")).toEqual(shuffleFor(options, "s1", "q1"));
  });

  it("is a permutation and leaves the input alone", () => {
    const input = [...options];
    expect([...shuffleFor(input, "s1", "q1")].sort()).toEqual(options);
    expect(input).toEqual(options);
  });

  it("differs between students, and each position gets every option across a class", () => {
    const orders = Array.from({ length: 200 }, (_, i) => shuffleFor(options, `student-${i}`, "q1").join(""));
    expect(new Set(orders).size).toBeGreaterThan(50);
    for (const letter of options) {
      const firsts = orders.filter((o) => o[0] === letter).length;
      expect(firsts).toBeGreaterThan(15); // 40 expected of 200; far from always or never
    }
  });
});
