import { describe, expect, it } from "vitest";
import { activeSides, assignBalancedSides, isSide, oppositeSide, SIDES, type Side } from "./sides";

const two = activeSides(false);
const three = activeSides(true);
const students = (n: number, side: Side | null = null) =>
  Array.from({ length: n }, (_, i) => ({ userId: `s${i}`, side }));

function sizes(result: Map<string, Side>, sides: readonly Side[]): number[] {
  return sides.map((s) => [...result.values()].filter((v) => v === s).length);
}

describe("activeSides", () => {
  it("is first and second, plus other when the teacher enables it", () => {
    expect(two).toEqual(["first", "second"]);
    expect(three).toEqual(SIDES);
  });
  it("isSide accepts only the three sides", () => {
    expect(isSide("second")).toBe(true);
    expect(isSide("Trap")).toBe(false);
    expect(isSide(null)).toBe(false);
  });
});

describe("assignBalancedSides", () => {
  it.each([0, 1, 2, 3, 40])("balances %i unassigned students within one, on two and on three sides", (n) => {
    for (const sides of [two, three]) {
      const result = assignBalancedSides(students(n), sides, "board-1");
      expect(result.size).toBe(n);
      const counts = sizes(result, sides);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it("keeps existing sides and fills the smaller side first", () => {
    const roster = [
      ...students(3).map((s) => ({ ...s, side: "first" as Side })),
      { userId: "t1", side: "second" as Side },
      { userId: "new1", side: null },
      { userId: "new2", side: null },
    ];
    const result = assignBalancedSides(roster, two, "board-1");
    for (const s of ["s0", "s1", "s2"]) expect(result.get(s)).toBe("first");
    expect(result.get("t1")).toBe("second");
    expect(result.get("new1")).toBe("second");
    expect(result.get("new2")).toBe("second");
  });

  it("never moves a student, even off a side that is no longer enabled", () => {
    const result = assignBalancedSides(
      [
        { userId: "o", side: "other" },
        { userId: "n", side: null },
      ],
      two,
      "x",
    );
    expect(result.get("o")).toBe("other");
    expect(two).toContain(result.get("n"));
  });

  it("gives the same result for the same seed, whatever the input order", () => {
    const roster = students(7);
    const a = assignBalancedSides(roster, three, "board-1");
    const b = assignBalancedSides([...roster].reverse(), three, "board-1");
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
    expect(assignBalancedSides(roster, three, "board-1")).toEqual(a);
  });

  it("does not always put the first student, or the odd one out, on the first side", () => {
    const firsts = new Set<Side>();
    for (let i = 0; i < 20; i++) firsts.add(assignBalancedSides(students(1), two, `board-${i}`).get("s0")!);
    expect(firsts).toEqual(new Set(["first", "second"]));
  });

  it("needs at least one side", () => {
    expect(() => assignBalancedSides(students(1), [], "x")).toThrow();
  });
});

describe("oppositeSide", () => {
  it("pairs the first side and the second", () => {
    expect(oppositeSide("first", three)).toBe("second");
    expect(oppositeSide("second", two)).toBe("first");
  });
  it("gives none for other: the steelman gate is per side rebutted", () => {
    expect(oppositeSide("other", three)).toBeNull();
  });
});
