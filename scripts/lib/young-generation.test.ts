import { describe, expect, it } from "vitest";
import { youngGeneration } from "./young-generation";

describe("youngGeneration", () => {
  it("gives the server processes a 32 MB semi-space", () => {
    expect(youngGeneration(undefined)).toEqual(["--max-semi-space-size=32"]);
    expect(youngGeneration("--enable-source-maps")).toEqual(["--max-semi-space-size=32"]);
  });

  it("leaves it to NODE_OPTIONS when that sets one", () => {
    expect(youngGeneration("--max-semi-space-size=64")).toEqual([]);
  });
});
