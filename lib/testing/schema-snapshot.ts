import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/database-url";

/**
 * A provider's own description of every table, column, index and constraint, sorted, so two databases
 * can be compared. Used to prove that the migrations build exactly what the model describes: Prisma's
 * introspection cannot do it here (it fails on PostgreSQL with the JavaScript engine, prisma/orm#27403).
 */
export async function snapshotSchema(target: DatabaseTarget): Promise<string[]> {
  return (target.provider === "sqlite" ? sqliteSnapshot(target.filePath) : await postgresSnapshot(target.url)).sort();
}

const IGNORED = "_app_migrations";

function sqliteSnapshot(filePath: string): string[] {
  const db = new Database(filePath, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?`)
      .pluck()
      .all(IGNORED) as string[];
    return tables.flatMap((table) => [
      ...(db.pragma(`table_info("${table}")`) as object[]).map((c) => `${table} column ${JSON.stringify(c)}`),
      ...(db.pragma(`foreign_key_list("${table}")`) as object[]).map(
        (f) => `${table} fk ${JSON.stringify({ ...f, id: undefined, seq: undefined })}`,
      ),
      ...(db.pragma(`index_list("${table}")`) as { name: string; unique: number }[]).map(
        (i) => `${table} index ${i.name} unique=${i.unique} ${JSON.stringify(db.pragma(`index_info("${i.name}")`))}`,
      ),
    ]);
  } finally {
    db.close();
  }
}

async function postgresSnapshot(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default, character_maximum_length, datetime_precision
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1`,
      [IGNORED],
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1`,
      [IGNORED],
    );
    const constraints = await client.query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> $1`,
      [`"${IGNORED}"`],
    );
    return [
      ...columns.rows.map((r) => `column ${JSON.stringify(r)}`),
      ...indexes.rows.map((r) => `index ${JSON.stringify(r)}`),
      ...constraints.rows
        .filter((r) => !String(r.table_name).includes(IGNORED))
        .map((r) => `constraint ${JSON.stringify(r)}`),
    ];
  } finally {
    await client.end();
  }
}
