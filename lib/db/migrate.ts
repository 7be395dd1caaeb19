import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "./database-url";

/**
 * Applies prisma/migrations/<provider>/<name>/migration.sql in name order and records each in
 * _app_migrations. Prisma's own `migrate deploy` fails on PostgreSQL with the JavaScript engine
 * (prisma/orm#27403), so both providers use this one small runner: see docs/decisions/0003-migrations.md.
 */
export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function readMigrations(provider: DatabaseTarget["provider"], root = process.cwd()): Migration[] {
  const dir = path.join(root, "prisma", "migrations", provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Which migrations still need applying; refuses if an applied one was edited or is unknown here. */
export function pendingMigrations(all: Migration[], applied: Map<string, string>): Migration[] {
  for (const [name, checksum] of applied) {
    const known = all.find((m) => m.name === name);
    if (!known)
      throw new MigrationError(
        `The database has migration ${name}, which this version of the app does not know. Is the app older than the database?`,
      );
    if (known.checksum !== checksum)
      throw new MigrationError(`Migration ${name} was changed after it was applied; add a new migration instead.`);
  }
  return all.filter((m) => !applied.has(m.name));
}

export async function applyMigrations(
  target: DatabaseTarget,
  options: { migrations?: Migration[] } = {},
): Promise<string[]> {
  const all = options.migrations ?? readMigrations(target.provider);
  return target.provider === "sqlite" ? applySqlite(target.filePath, all) : applyPostgres(target.url, all);
}

function applySqlite(filePath: string, all: Migration[]): string[] {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath, { timeout: 5000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(
      `CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
    );
    // Prisma's SQLite migrations rebuild a table to change it (create new, copy, DROP old, rename). With
    // foreign keys on, that DROP cascades and empties every table that references it; and the
    // "PRAGMA foreign_keys=OFF" inside the migration is ignored within a transaction. So keys are turned
    // off around the transaction and checked, all at once, before it commits.
    db.pragma("foreign_keys = OFF");
    // BEGIN IMMEDIATE takes the write lock first, so two starting servers cannot both apply a migration.
    const run = db.transaction(() => {
      const rows = db.prepare(`SELECT "name", "checksum" FROM "_app_migrations"`).all() as {
        name: string;
        checksum: string;
      }[];
      const pending = pendingMigrations(all, new Map(rows.map((r) => [r.name, r.checksum])));
      const record = db.prepare(`INSERT INTO "_app_migrations" ("name", "checksum", "appliedAt") VALUES (?, ?, ?)`);
      for (const m of pending) {
        db.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
      }
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length)
        throw new MigrationError(
          `Migrating would leave ${broken.length} rows pointing at missing rows; nothing was changed.`,
        );
      return pending.map((m) => m.name);
    });
    return run.immediate();
  } finally {
    db.pragma("foreign_keys = ON");
    db.close();
  }
}

async function applyPostgres(url: string, all: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    // One transaction for all pending migrations (PostgreSQL DDL is transactional), under an advisory
    // lock so concurrent starts wait for each other instead of racing.
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(727274)");
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT "name", "checksum" FROM "_app_migrations"`,
    );
    const pending = pendingMigrations(all, new Map(rows.map((r) => [r.name, r.checksum])));
    for (const m of pending) {
      await client.query(m.sql);
      await client.query(`INSERT INTO "_app_migrations" ("name", "checksum") VALUES ($1, $2)`, [m.name, m.checksum]);
    }
    await client.query("COMMIT");
    return pending.map((m) => m.name);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
