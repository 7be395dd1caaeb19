import type Database from "better-sqlite3";

const BUSY = /^SQLITE_BUSY/;

/**
 * Makes the SQLite adapter's transactions take the write lock when they begin (`BEGIN IMMEDIATE`), not at
 * their first write.
 *
 * Why: the app's connection is not the only one on the file. `npm run retention`, `npm run admin:create` and
 * the like are processes of their own. A transaction that began with a plain `BEGIN` and read first cannot
 * write once another process has written since: SQLite answers SQLITE_BUSY at once, whatever the busy timeout,
 * and the request fails with "cannot save right now" (seen: an administrator's deletion of a student beside
 * the retention job). One that holds the write lock from its start waits its turn instead, up to the busy
 * timeout. Inside the app's process nothing changes: its one connection runs one transaction at a time.
 *
 * The adapter (@prisma/adapter-better-sqlite3 6.19) begins with `client.prepare("BEGIN").run()` after taking
 * its own lock, and does not give that lock back if the BEGIN throws, so every later transaction would wait
 * forever. So when the write lock stays busy past the busy timeout, the transaction begins as before (plain
 * `BEGIN` cannot be busy): its first write then waits once more, and fails as a statement, which ends the
 * transaction and frees the adapter's lock.
 */
export function beginTransactionsImmediately(client: Database.Database): void {
  const prepare = client.prepare.bind(client);
  const immediate = () => {
    try {
      return prepare("BEGIN IMMEDIATE").run();
    } catch (error) {
      if (BUSY.test((error as { code?: string }).code ?? "")) return prepare("BEGIN").run();
      throw error;
    }
  };
  client.prepare = ((sql: string) =>
    sql === "BEGIN" ? { run: immediate } : prepare(sql)) as unknown as typeof client.prepare;
}
