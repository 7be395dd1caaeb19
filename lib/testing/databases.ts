import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { type DatabaseTarget, parseDatabaseUrl } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";

/**
 * Throw-away databases for data-layer tests: always a fresh SQLite file, and a fresh PostgreSQL database
 * on the server at TEST_POSTGRES_URL when that is set. Each is migrated exactly as `npm start` does it.
 */
export type TestDatabase = {
  provider: DatabaseTarget["provider"];
  target: DatabaseTarget;
  db: Db;
  drop: () => Promise<void>;
};

export const TEST_PROVIDERS: DatabaseTarget["provider"][] = process.env.TEST_POSTGRES_URL
  ? ["sqlite", "postgresql"]
  : ["sqlite"];

export async function createTestDatabase(
  provider: DatabaseTarget["provider"],
  options = { migrate: true },
): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "classroom-test-"));
    const target = parseDatabaseUrl(`file:${path.join(dir, "test.db")}`);
    if (options.migrate) await applyMigrations(target);
    const db = createDb(target);
    return {
      provider,
      target,
      db,
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const name = `classroom_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const target = parseDatabaseUrl(url.toString());
  if (options.migrate) await applyMigrations(target);
  const db = createDb(target);
  return {
    provider,
    target,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
