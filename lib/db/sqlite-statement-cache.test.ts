import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cachePreparedStatements } from "./sqlite-statement-cache";

function database(limit?: number) {
  const db = new Database(":memory:");
  db.defaultSafeIntegers(true); // as the Prisma adapter opens it
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  cachePreparedStatements(db, limit);
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  return { db, prepared };
}

describe("cachePreparedStatements", () => {
  it("prepares a statement once and runs it with each call's own arguments, the way the adapter calls it", () => {
    const { db, prepared } = database();
    const insert = "INSERT INTO t (name) VALUES (?)";
    for (const name of ["甲", "乙", "丙"]) db.prepare(insert).bind([name]).run();
    const select = "SELECT id, name FROM t WHERE name = ?";
    const read = (name: string) => {
      const statement = db.prepare(select).bind([name]);
      return { reader: statement.reader, columns: statement.columns().map((c) => c.name), rows: statement.raw().all() };
    };
    expect(read("乙")).toEqual({ reader: true, columns: ["id", "name"], rows: [[2n, "乙"]] });
    expect(read("丙").rows).toEqual([[3n, "丙"]]);
    expect(db.prepare(select).bind(["甲"]).get()).toEqual({ id: 1n, name: "甲" });
    expect(prepared.filter((sql) => sql === insert || sql === select)).toEqual([insert, select]);
  });

  it("keeps transactions working: BEGIN, ROLLBACK and COMMIT through kept statements", () => {
    const { db } = database();
    db.prepare("BEGIN").run();
    db.prepare("INSERT INTO t (name) VALUES (?)").bind(["lost"]).run();
    db.prepare("ROLLBACK").run();
    db.prepare("BEGIN").run();
    db.prepare("INSERT INTO t (name) VALUES (?)").bind(["kept"]).run();
    db.prepare("COMMIT").run();
    expect(db.prepare("SELECT name FROM t").bind([]).raw().all()).toEqual([["kept"]]);
  });

  it("keeps at most `limit` statements, dropping the oldest", () => {
    const { db, prepared } = database(2);
    const sql = (n: number) => `SELECT ${n} AS n`;
    for (const n of [1, 2, 3, 1]) db.prepare(sql(n)).bind([]).get();
    expect(prepared.filter((s) => s.startsWith("SELECT"))).toEqual([sql(1), sql(2), sql(3), sql(1)]);
  });
});
