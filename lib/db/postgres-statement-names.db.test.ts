import { EventEmitter } from "node:events";
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { nameStatements } from "./postgres-statement-names";
import { rawRows } from "./raw-rows";

describe.each(TEST_PROVIDERS.filter((p) => p === "postgresql"))("statements named on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.user.create({
      data: { id: "s1", role: "STUDENT", displayName: "陳同學", loginName: "s1", passwordHash: "x" },
    });
  });
  afterAll(() => t?.drop());

  // PostgreSQL lists a connection's named prepared statements in pg_prepared_statements; unnamed ones are not
  // there. One query after another runs on the same pooled connection (the pool hands out the one it got back).
  const preparedLike = async (pattern: string) =>
    (await rawRows(t.db)`SELECT "statement" FROM pg_prepared_statements WHERE "statement" LIKE ${pattern}`).length;

  it("keeps a statement read through rawRows prepared, once, from its third run on", async () => {
    for (let i = 0; i < 7; i++)
      expect(await rawRows(t.db)`SELECT "displayName" FROM "User" WHERE "id" = ${"s1"} AND 7 = 7`).toEqual([
        { displayName: "陳同學" },
      ]);
    expect(await preparedLike("%AND 7 = 7%")).toBe(1);
  });

  it("names Prisma's own statements too, in and out of transactions, and their results are unchanged", async () => {
    for (let i = 0; i < 3; i++)
      expect(await t.db.user.findUnique({ where: { id: "s1" }, select: { loginName: true } })).toEqual({
        loginName: "s1",
      });
    expect(await preparedLike('SELECT %"public"."User"."loginName" FROM "public"."User"%')).toBe(1);
    for (const name of ["陳小明", "陳小華", "陳小美"])
      await t.db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: "s1" }, data: { displayName: name } });
        const prepared = await tx.$queryRaw<{ n: number }[]>`
          SELECT COUNT(*)::int AS "n" FROM pg_prepared_statements WHERE "statement" LIKE ${'UPDATE "public"."User"%'}`;
        expect(prepared[0]?.n).toBe(name === "陳小美" ? 1 : 0); // named from its third run
      });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "s1" } })).displayName).toBe("陳小美");
  });

  it("leaves statements without parameters unnamed", async () => {
    for (let i = 0; i < 4; i++) await rawRows(t.db)`SELECT 8 AS "eight"`;
    expect(await preparedLike("SELECT 8 AS%")).toBe(0);
  });
});

describe("nameStatements", () => {
  /** A pool that opens one connection, whose query records what it was sent. */
  function poolWithOneConnection(options: { limit: number; namedFrom: number }) {
    const pool = new EventEmitter();
    const sent: unknown[] = [];
    const client = { query: (config: unknown) => sent.push(config) };
    nameStatements(pool as unknown as Pool, options);
    pool.emit("connect", client);
    return { query: (config: unknown) => client.query(config), sent };
  }
  const statement = (text: string) => ({ text, values: [1], rowMode: "array" });

  it("names a text from its third run on, the same text alike and different texts differently", () => {
    const { query, sent } = poolWithOneConnection({ limit: 10, namedFrom: 3 });
    for (const text of ["SELECT $1", "SELECT $1 + 1", "SELECT $1", "SELECT $1 + 1", "SELECT $1", "SELECT $1 + 1"])
      query(statement(text));
    query(statement("SELECT $1"));
    const names = (sent as { name?: string }[]).map((c) => c.name);
    expect(names.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
    expect(names[4]).toMatch(/^s[\w-]{24}$/);
    expect(names[5]).toMatch(/^s[\w-]{24}$/);
    expect(names[5]).not.toBe(names[4]);
    expect(names[6]).toBe(names[4]);
    expect(sent[4]).toEqual({ ...statement("SELECT $1"), name: names[4] });
  });

  it("past the limit names no new text, and keeps naming those it named", () => {
    const { query, sent } = poolWithOneConnection({ limit: 2, namedFrom: 1 });
    for (const text of ["SELECT $1", "SELECT $1 + 1", "SELECT $1 + 2", "SELECT $1 + 2", "SELECT $1"])
      query(statement(text));
    const names = (sent as { name?: string }[]).map((c) => c.name);
    expect(names[0]).toBeDefined();
    expect(names[1]).toBeDefined();
    expect(names[2]).toBeUndefined();
    expect(names[3]).toBeUndefined();
    expect(names[4]).toBe(names[0]);
  });

  it("passes on plain-text statements and ones already named as they are", () => {
    const { query, sent } = poolWithOneConnection({ limit: 10, namedFrom: 1 });
    const mine = { text: "SELECT $1", values: [1], name: "mine" };
    query("BEGIN");
    query(mine);
    query({ text: "COMMIT", values: [] });
    expect(sent).toEqual(["BEGIN", mine, { text: "COMMIT", values: [] }]);
  });
});
