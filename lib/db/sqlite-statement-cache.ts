import type Database from "better-sqlite3";

/**
 * Keeps each SQL statement the SQLite adapter prepares, instead of parsing and planning it again on every
 * query (the adapter calls `prepare` each time; that was a tenth of the quiz page's database time).
 *
 * Safe because better-sqlite3 runs a statement to its end synchronously (`run`, `all`), so one prepared
 * statement is never in use twice at once, and SQLite re-prepares a kept statement by itself after a
 * schema change. The adapter binds with `prepare(sql).bind(args)`, which better-sqlite3 allows once per
 * statement, so a kept statement is handed out behind a small stand-in that passes the arguments to each
 * call instead. Written against @prisma/adapter-better-sqlite3 6.19 (pinned); lib/db tests cover it.
 */
export function cachePreparedStatements(client: Database.Database, limit = 500): void {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, Database.Statement>();
  const cachedPrepare = (sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (kept.size >= limit) kept.delete(kept.keys().next().value!);
      kept.set(sql, statement);
    }
    return standIn(statement);
  };
  client.prepare = cachedPrepare as unknown as typeof client.prepare;
}

/** What the adapter uses of a statement: `run()`, and `bind(args)` followed by `reader`, `run`, `columns`, `raw().all()`. */
function standIn(statement: Database.Statement) {
  return {
    reader: statement.reader,
    run: () => statement.run(),
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
  };
}
