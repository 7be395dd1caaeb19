import { describe, expect, it } from "vitest";
import { assignmentIdParam } from "./id-schema";

describe("a route's [assignmentId]", () => {
  it("is passed on when it could be an id, and null (so 404) when it could not", async () => {
    expect(await assignmentIdParam(Promise.resolve({ assignmentId: "demo-assignment-h20" }))).toBe(
      "demo-assignment-h20",
    );
    expect(await assignmentIdParam(Promise.resolve({ assignmentId: "" }))).toBeNull();
    expect(await assignmentIdParam(Promise.resolve({ assignmentId: "x".repeat(65) }))).toBeNull();
    for (const path of ["../../..//evil.example", "a/b", "a?b=1", "a#b", "a b", "%2e%2e"]) {
      expect(await assignmentIdParam(Promise.resolve({ assignmentId: path }))).toBeNull();
    }
  });
});
