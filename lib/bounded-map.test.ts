import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map";

describe("BoundedMap", () => {
  it("forgets the oldest entry past its limit, and not when a kept key is set again", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    map.set("a", 3); // already kept: nothing forgotten
    expect([...map]).toEqual([
      ["a", 3],
      ["b", 2],
    ]);
    map.set("c", 4);
    expect([...map.keys()]).toEqual(["b", "c"]);
  });
});
