import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay";

describe("reconnectDelay", () => {
  it("doubles from 1 s with each failure in a row, up to 30 s", () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => reconnectDelay(n, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it("adds up to half again of jitter, so a class does not reconnect in one burst", () => {
    expect(reconnectDelay(0, () => 0.999)).toBe(1500);
    expect(reconnectDelay(5, () => 0.5)).toBe(37500);
  });
});
