import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";

// A database server that drops the app's connections (restarted, failed over, or its admin ended them):
// the request in flight fails as a database fault ("the server cannot save right now"), and the next one
// gets a new connection from the pool. SQLite has no connection to lose; its fault is the failed commit
// (failing-commit.db.test.ts).
describe.each(TEST_PROVIDERS.filter((p) => p === "postgresql"))(
  "a connection lost in the middle of a request, on %s",
  (provider) => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(provider);
    });
    afterAll(() => t?.drop());

    it("fails that request as a database fault, and the next request succeeds", async () => {
      const inFlight = t.db.$queryRaw`SELECT pg_sleep(10)`.then(
        () => null,
        (error: unknown) => error,
      );
      const admin = new pg.Client({ connectionString: t.target.url });
      await admin.connect();
      try {
        // Wait until the request is running on the server, then end every connection of the app.
        for (let tries = 0; tries < 100; tries++) {
          const { rows } = await admin.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()`,
          );
          if (rows[0].n > 0) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
      } finally {
        await admin.end();
      }
      const error = await inFlight;
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseFault(error)).toBe(true);
      expect(await t.db.user.count()).toBe(0);
    });
  },
);

describe.each(TEST_PROVIDERS)("database faults on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it("are told apart from a request's own mistake", async () => {
    const mistake = await t.db.user
      .create({ data: { role: "STUDENT", loginName: "same", displayName: "甲", passwordHash: "x" } })
      .then(() =>
        t.db.user
          .create({ data: { role: "STUDENT", loginName: "same", displayName: "乙", passwordHash: "x" } })
          .catch((e: unknown) => e),
      );
    expect(isDatabaseFault(mistake)).toBe(false);
  });
});
