import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { isDatabaseFault, writeFailure } from "@/lib/db/database-faults";
import { rawRows } from "@/lib/db/raw-rows";
import { checkHealth } from "@/lib/server/health";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";

/** Fails if `promise` has not settled within `ms`: a hung request must fail the test, not time it out. */
function within<T>(promise: Promise<T>, ms = 3000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms)),
  ]);
}

// SQLite only: on PostgreSQL a failed COMMIT ends the transaction on the server, and the pool moves on.
describe("SQLite: a COMMIT that fails (disk full)", () => {
  let t: TestDatabase;
  let db: Db;
  let commitsToFail = 0;
  let diskFull = false;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    // The driver itself refuses COMMIT, as it does when the disk is full: below the app's gate and Prisma.
    db = createDb(t.target, {
      hook: (adapter) => {
        const client = (adapter as unknown as { client: Database.Database }).client;
        const prepare = client.prepare.bind(client);
        client.prepare = ((sql: string) => {
          if (sql === "COMMIT" && commitsToFail > 0) {
            commitsToFail--;
            throw new Database.SqliteError("database or disk is full", "SQLITE_FULL");
          }
          if (diskFull && /^\s*(COMMIT|INSERT|UPDATE|DELETE|CREATE)/i.test(sql)) {
            throw new Database.SqliteError("database or disk is full", "SQLITE_FULL");
          }
          return prepare(sql);
        }) as typeof client.prepare;
        return adapter;
      },
    });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.drop();
  });
  const reading = (id: string) => ({ data: { id, title: id, language: "zh-Hant" } });

  it("fails the request with a database fault, keeps nothing of it, and lets the next request through", async () => {
    commitsToFail = 1;
    const error = await within(
      db
        .$transaction([db.reading.create(reading("lost-a")), db.reading.create(reading("lost-b"))])
        .catch((e: unknown) => e),
    );
    expect(isDatabaseFault(error)).toBe(true);
    expect(writeFailure()?.reason).toMatch(/disk is full/);

    // The next request, plain or in a transaction, runs (before the fix, it waited forever).
    await within(db.reading.create(reading("after")));
    await within(db.$transaction([db.reading.create(reading("after-batch"))]));
    const ids = (await within(db.reading.findMany({ select: { id: true }, orderBy: { id: "asc" } }))).map((r) => r.id);
    expect(ids).toEqual(["after", "after-batch"]);
    expect(writeFailure()).toBeNull();
  });

  // A filtered updateMany runs in a transaction of Prisma's own (a quiz save's was one, before decision 0059).
  // When its COMMIT fails, Prisma reports a failed rollback (P2028) in place of the driver's SQLITE_FULL: seen on
  // a full disk, 2026-12-03.
  it("answers a single write whose own COMMIT fails with a database fault, and keeps nothing of it", async () => {
    await db.reading.create(reading("single"));
    commitsToFail = 1;
    const error = await within(
      db.reading.updateMany({ where: { id: "single" }, data: { title: "changed" } }).then(
        () => "committed",
        (e: unknown) => e,
      ),
    );
    expect(commitsToFail).toBe(0); // its COMMIT was the one refused
    expect(isDatabaseFault(error), String(error)).toBe(true);
    expect((await within(db.reading.findUniqueOrThrow({ where: { id: "single" } }))).title).toBe("single");
  });

  it("recovers the same way from a failed COMMIT of an interactive transaction, with writes waiting on it", async () => {
    commitsToFail = 1;
    let waitingWrite: Promise<unknown> | undefined;
    const failed = db
      .$transaction(async (tx) => {
        await tx.reading.create(reading("lost-c"));
        waitingWrite = db.reading.create(reading("queued")); // another request, held by the gate until this ends
      })
      .catch((e: unknown) => e);
    expect(isDatabaseFault(await within(failed))).toBe(true);
    await within(waitingWrite!);
    expect(await within(db.reading.findUnique({ where: { id: "lost-c" } }))).toBeNull();
    expect(await within(db.reading.findUnique({ where: { id: "queued" } }))).not.toBeNull();
  });

  it("is reported by the health check while writes fail, and ok again once they can, before anyone saves", async () => {
    expect(await checkHealth(db, false)).toEqual({ httpStatus: 200, status: "ok" });
    diskFull = true;
    expect(isDatabaseFault(await db.reading.create(reading("full")).catch((e: unknown) => e))).toBe(true);
    // A write on the adapter directly (rawRows), as an answer save's is, fails the same way.
    const rawWrite = rawRows(db)`UPDATE "Reading" SET "title" = ${"full"} WHERE "id" = ${"single"} RETURNING "id"`;
    expect(isDatabaseFault(await rawWrite.catch((e: unknown) => e))).toBe(true);
    expect(await checkHealth(db, false)).toMatchObject({ httpStatus: 503, status: "database failing writes" });
    expect(await checkHealth(db, false)).toMatchObject({ httpStatus: 503, status: "database failing writes" }); // its own write failed too
    diskFull = false; // space freed
    expect(await checkHealth(db, false)).toEqual({ httpStatus: 200, status: "ok" });
    expect(await checkHealth(db, true)).toEqual({ httpStatus: 503, status: "stopping" });
  });
});
