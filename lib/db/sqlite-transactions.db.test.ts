import { spawn } from "node:child_process";
import { once } from "node:events";
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

  it("lets a statement that waits for a transaction run before the transactions that arrive after it", async () => {
    await t.db.reading.create(reading("counted"));
    const events: string[] = [];
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Five transactions, each arriving while the one before is open: the count of open ones never falls to 0.
    const transactions = Array.from({ length: 5 }, async (_, i) => {
      await pause(i * 20);
      await t.db.$transaction(async (tx) => {
        await tx.reading.count();
        await pause(50);
        events.push(`T${i + 1} ends`);
      });
    });
    await pause(10);
    await t.db.reading.count().then(() => events.push("statement"));
    await Promise.all(transactions);
    // It runs as soon as the first one ends (the second, which came after it, waits for it); unfair, it ran last.
    expect(events.indexOf("statement")).toBe(1);
    expect(events.filter((e) => e !== "statement")).toEqual(["T1 ends", "T2 ends", "T3 ends", "T4 ends", "T5 ends"]);
  });
});

// Another process on the same file: `npm run retention` or `npm run admin:create` beside the running app.
describe("SQLite: another process writes while one of the app's transactions is open", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
  });
  afterAll(() => t?.drop());
  const reading = (id: string) => ({ data: { id, title: id, language: "zh-Hant" } });
  const ids = async () =>
    (await t.db.reading.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);

  it("a transaction that reads, then writes after the other process tried to write, commits; that write waits its turn", async () => {
    let other: OtherProcess | undefined;
    await t.db.$transaction(async (tx) => {
      await tx.reading.count();
      other = otherProcess(
        t,
        `db.prepare("INSERT INTO Reading (id, title, language) VALUES ('other', 'other', 'zh-Hant')").run();`,
      );
      await Promise.race([other.exited, new Promise((resolve) => setTimeout(resolve, 300))]);
      await tx.reading.create(reading("app"));
    });
    expect(await other?.exited).toBe(0);
    expect(await ids()).toEqual(["app", "other"]);
  });

  it("a transaction that meets the write lock held past the busy timeout still commits, and the next one runs", async () => {
    const other = otherProcess(
      t,
      `db.exec("BEGIN IMMEDIATE"); console.log("locked"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5500); db.exec("COMMIT");`,
    );
    await other.locked;
    // Its BEGIN IMMEDIATE gives up after the 5 s busy timeout; it begins as a plain BEGIN, whose write waits on.
    await t.db.$transaction(async (tx) => {
      await tx.reading.create(reading("waited"));
    });
    await t.db.$transaction(async (tx) => {
      await tx.reading.create(reading("next"));
    });
    expect(await other.exited).toBe(0);
    expect(await ids()).toEqual(expect.arrayContaining(["next", "waited"]));
  }, 20_000);
});

type OtherProcess = { exited: Promise<number | null>; locked: Promise<void> };

/**
 * `code` run by a process of its own with a better-sqlite3 connection to the test's file (busy timeout 5 s, as
 * the app's). A process, not a second connection here: better-sqlite3 waits for a lock without yielding.
 */
function otherProcess(t: TestDatabase, code: string): OtherProcess {
  const script = `const db = new (require("better-sqlite3"))(process.argv[1], { timeout: 5000 }); ${code}`;
  const child = spawn(process.execPath, ["-e", script, t.target.url.replace(/^file:/, "")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return {
    exited: once(child, "exit").then(([code]) => code as number | null),
    locked: once(child.stdout!, "data").then(() => undefined),
  };
}
