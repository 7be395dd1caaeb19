import { describe, expect, it } from "vitest";
import { serverProcessCount } from "./process-count";

describe("how many server processes npm start runs", () => {
  it("on PostgreSQL: one per core by default, or WEB_CONCURRENCY", () => {
    expect(serverProcessCount(undefined, "postgresql", 2)).toEqual({ count: 2 });
    expect(serverProcessCount("", "postgresql", 8)).toEqual({ count: 8 });
    expect(serverProcessCount("1", "postgresql", 8)).toEqual({ count: 1 });
    expect(serverProcessCount(" 3 ", "postgresql", 2)).toEqual({ count: 3 });
  });

  it("on SQLite: one, saying so when more were asked for", () => {
    expect(serverProcessCount(undefined, "sqlite", 8)).toEqual({ count: 1 });
    expect(serverProcessCount("1", "sqlite", 8)).toEqual({ count: 1 });
    expect(serverProcessCount("4", "sqlite", 8)).toEqual({
      count: 1,
      note: expect.stringMatching(/WEB_CONCURRENCY=4 not used: on SQLite the app runs as one process/),
    });
  });

  it.each(["0", "-1", "two", "1.5", "65"])("refuses WEB_CONCURRENCY=%s, saying what it takes", (value) => {
    expect(() => serverProcessCount(value, "postgresql", 2)).toThrow(
      /WEB_CONCURRENCY is ".*"; it must be a whole number of server processes from 1 to 64\./,
    );
  });
});
