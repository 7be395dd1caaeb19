import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";

// SQLite only: the adapter shares one connection between requests (lib/db/sqlite-transaction-gate.ts).
describe("SQLite: another request's write during a transaction that rolls back", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
  });
  afterAll(() => t?.drop());
  const reading = (id: string) => ({ data: { id, title: id, language: "zh-Hant" } });

  it("is kept when it was acknowledged while an interactive transaction was open", async () => {
    const transaction = t.db
      .$transaction(async (tx) => {
        await tx.reading.create(reading("inside"));
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await t.db.reading.create(reading("outside")); // acknowledged: it must survive the rollback
    expect(await transaction).toBe("roll back");
    expect((await t.db.reading.findMany({ select: { id: true } })).map((r) => r.id)).toEqual(["outside"]);
  });

  it("is kept, every one of 300, beside batches that fail on their last statement", async () => {
    let acknowledged = 0;
    const writes = (async () => {
      for (let i = 0; i < 300; i++) {
        await t.db.reading.create(reading(`w${i}`));
        acknowledged++;
      }
    })();
    const failingBatches = (async () => {
      for (let i = 0; i < 100; i++) {
        const [first, second, again] = [reading(`b${i}`), reading(`b${i}x`), reading(`b${i}`)];
        await t.db
          .$transaction([t.db.reading.create(first), t.db.reading.create(second), t.db.reading.create(again)])
          .catch(() => null);
      }
    })();
    await Promise.all([writes, failingBatches]);
    expect(acknowledged).toBe(300);
    expect(await t.db.reading.count({ where: { id: { startsWith: "w" } } })).toBe(300);
    expect(await t.db.reading.count({ where: { id: { startsWith: "b" } } })).toBe(0);
  });
});
