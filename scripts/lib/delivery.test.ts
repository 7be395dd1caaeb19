import { describe, expect, it } from "vitest";
import { summarizeDeliveries } from "./delivery";

const d = (seq: number, delay: number) => ({ seq, at: 1000 * seq, receivedAt: 1000 * seq + delay });

describe("summarizeDeliveries", () => {
  it("counts nothing missed when every client read every event", () => {
    const s = summarizeDeliveries(
      [
        [d(1, 5), d(2, 10)],
        [d(1, 20), d(2, 40)],
      ],
      2,
    );
    expect(s).toMatchObject({ pairs: 4, events: 2, missed: 0, p50: 10, max: 40 });
  });

  it("counts an event another client read, at any place in the stream", () => {
    expect(summarizeDeliveries([[d(1, 1), d(2, 1), d(3, 1)], [d(2, 1)]], 3).missed).toBe(2);
  });

  it("counts events nobody read against every client", () => {
    expect(summarizeDeliveries([[d(1, 1)], [d(1, 1)]], 3).missed).toBe(4);
  });
});
