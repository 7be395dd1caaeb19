import { describe, expect, it } from "vitest";
import { formatLocalDateTime, parseLocalDateTime } from "./zoned";

describe("wall-clock times in the school's zone", () => {
  it("reads a local time in Taipei (UTC+8, no daylight saving)", () => {
    expect(parseLocalDateTime("2025-09-01T08:00", "Asia/Taipei")?.toISOString()).toBe("2025-09-01T00:00:00.000Z");
  });
  it("handles a zone with daylight saving", () => {
    expect(parseLocalDateTime("2025-07-01T09:30", "Europe/London")?.toISOString()).toBe("2025-07-01T08:30:00.000Z");
    expect(parseLocalDateTime("2025-01-01T09:30", "Europe/London")?.toISOString()).toBe("2025-01-01T09:30:00.000Z");
  });
  it("round-trips", () => {
    const d = new Date("2025-12-24T15:45:00Z");
    expect(parseLocalDateTime(formatLocalDateTime(d, "Asia/Taipei"), "Asia/Taipei")).toEqual(d);
  });
  it.each(["", "2025-02-30T08:00", "2025-09-01 08:00", "2025-09-01T24:00", "tomorrow"])("refuses %j", (v) => {
    expect(parseLocalDateTime(v, "Asia/Taipei")).toBeNull();
  });
});
