import { describe, expect, it } from "vitest";
import { mergeWithSaved, readQueue, withAnswer, withoutConfirmed, writeQueue } from "./answer-queue";

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}
const storage = () => new MemoryStorage() as unknown as Storage;

describe("the offline answer queue", () => {
  it("survives a reload through storage, per attempt", () => {
    const s = storage();
    writeQueue(s, "a1", withAnswer({}, "q1", ["b", "c"], 3));
    expect(readQueue(s, "a1")).toEqual({ q1: { value: ["b", "c"], seq: 3 } });
    expect(readQueue(s, "a2")).toEqual({});
  });

  it("keeps an answer given while a save was in flight", () => {
    let q = withAnswer({}, "q1", "a", 1);
    q = withAnswer(q, "q1", "b", 2);
    expect(withoutConfirmed(q, "q1", 1)).toEqual({ q1: { value: "b", seq: 2 } });
    expect(withoutConfirmed(q, "q1", 2)).toEqual({});
  });

  it("ignores storage that is corrupt or of another shape", () => {
    const s = storage();
    s.setItem("quiz-queue:a1", "{not json");
    expect(readQueue(s, "a1")).toEqual({});
    s.setItem("quiz-queue:a1", JSON.stringify({ q1: { value: "a", seq: "x" }, q2: { value: "b", seq: 4 } }));
    expect(readQueue(s, "a1")).toEqual({ q2: { value: "b", seq: 4 } });
  });

  it("prefers a queued answer to the server's only when it is newer", () => {
    const saved = { q1: { value: "a", seq: 2 }, q2: { value: true, seq: 5 } };
    const queue = { q1: { value: "c", seq: 3 }, q2: { value: false, seq: 4 }, q3: { value: "p7", seq: 1 } };
    const merged = mergeWithSaved(saved, queue);
    expect(merged.values).toEqual({ q1: "c", q2: true, q3: "p7" });
    expect(merged.seqs).toEqual({ q1: 3, q2: 5, q3: 1 });
    expect(Object.keys(merged.pending).sort()).toEqual(["q1", "q3"]);
  });
});
