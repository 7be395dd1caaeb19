import type Database from "better-sqlite3";
import { BoundedMap } from "@/lib/bounded-map";

/**
 * Keeps each SQL statement the SQLite adapter prepares, instead of parsing and planning it again on every
 * query (the adapter calls `prepare` each time; that was a tenth of the quiz page's database time).
 *
 * Safe because better-sqlite3 runs a statement to its end synchronously (`run`, `all`), so one prepared
 * statement is never in use twice at once, and SQLite re-prepares a kept statement by itself after a
 * schema change. The adapter binds with `prepare(sql).bind(args)`, which better-sqlite3 allows once per
 * statement, so a kept statement is handed out behind a stand-in that passes the arguments to each call
 * instead. Written against @prisma/adapter-better-sqlite3 6.19; sqlite-statement-cache.test.ts checks the
 * stand-in directly and every data-layer test goes through it.
 */
export function cachePreparedStatements(client: Database.Database, limit = 500): void {
  const prepare = client.prepare.bind(client);
  const kept = new BoundedMap<string, Database.Statement>(limit);
  const cachedPrepare = (sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      kept.set(sql, statement);
    }
    return standIn(statement);
  };
  client.prepare = cachedPrepare as unknown as typeof client.prepare;
}

/**
 * A kept statement as `prepare` returns it. Its `bind(args)` does not bind (better-sqlite3 allows that once per
 * statement): it returns the statement with those arguments passed to each call that runs it (`run`, `get`,
 * `all`, `iterate`); every other member is the statement's own, and the mode setters (`raw`, `pluck`, …),
 * which return the statement, return this view of it.
 */
function standIn(statement: Database.Statement) {
  return new Proxy(statement, {
    get(target, key) {
      if (key === "bind") return (...args: unknown[]) => withArguments(target, args);
      const member = Reflect.get(target, key, target) as unknown;
      // better-sqlite3's methods only work called on the statement itself, not on a proxy of it.
      return typeof member === "function" ? member.bind(target) : member;
    },
  });
}

const RUNS = new Set<PropertyKey>(["run", "get", "all", "iterate"]);

function withArguments(statement: Database.Statement, args: unknown[]): Database.Statement {
  // A new use starts in the default mode, whatever the last one set (the adapter reads rows raw).
  if (statement.reader) statement.raw(false).pluck(false).expand(false);
  const view: Database.Statement = new Proxy(statement, {
    get(target, key) {
      const member = Reflect.get(target, key, target) as unknown;
      if (typeof member !== "function") return member;
      if (RUNS.has(key)) return () => (member as (...a: unknown[]) => unknown).apply(target, args);
      return (...rest: unknown[]) => {
        const result = (member as (...a: unknown[]) => unknown).apply(target, rest);
        return result === target ? view : result;
      };
    },
  });
  return view;
}
