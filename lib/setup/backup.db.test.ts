import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { backupDatabase, backupName, pruneBackups } from "./backup";

describe.each(TEST_PROVIDERS)("npm run backup's copy (%s)", (provider) => {
  let t: TestDatabase;
  const folder = mkdtempSync(path.join(tmpdir(), "backups-"));
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("is a consistent, complete copy taken while the database is open", async () => {
    const users = await t.db.user.count();
    const file = await backupDatabase(t.target, folder, new Date("2026-12-06T01:35:00Z"));
    expect(path.basename(file)).toBe(
      backupName(new Date("2026-12-06T01:35:00Z"), provider === "sqlite" ? "db" : "dump"),
    );
    if (provider === "sqlite") {
      const copy = new Database(file, { readonly: true });
      expect(copy.prepare(`SELECT COUNT(*) AS n FROM "User"`).get()).toEqual({ n: users });
      copy.close();
      // One file to copy elsewhere: no -wal or -shm beside it.
      expect(readdirSync(folder)).toEqual([path.basename(file)]);
    } else {
      expect(readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP"); // pg_dump's custom format
    }
  });
});

describe("npm run backup without a database", () => {
  it("says there is no SQLite database where it looked, and writes nothing", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "backups-"));
    const missing = path.join(folder, "data", "classroom.db");
    const target = { provider: "sqlite" as const, url: `file:${missing}`, filePath: missing };
    await expect(backupDatabase(target, path.join(folder, "out"))).rejects.toThrow(
      `there is no SQLite database at ${missing}`,
    );
    expect(readdirSync(folder)).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe("pruning backups", () => {
  it("deletes this command's backups older than the days kept, and nothing else", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "backups-"));
    const now = new Date("2026-12-06T00:00:00Z");
    const old = path.join(folder, backupName(new Date("2026-10-01T00:00:00Z"), "db"));
    const recent = path.join(folder, backupName(new Date("2026-12-01T00:00:00Z"), "dump"));
    const other = path.join(folder, "notes.txt");
    for (const file of [old, recent, other]) writeFileSync(file, "x");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3_600_000);
    utimesSync(old, daysAgo(66), daysAgo(66));
    utimesSync(recent, daysAgo(5), daysAgo(5));
    utimesSync(other, daysAgo(400), daysAgo(400));
    expect(pruneBackups(folder, 30, now)).toEqual([old]);
    rmSync(folder, { recursive: true, force: true });
  });
});
