import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type Database from "better-sqlite3";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import type { DatabaseTarget } from "./database-url";
import { beginTransactionsImmediately } from "./sqlite-begin-immediate";
import { cachePreparedStatements } from "./sqlite-statement-cache";
import { gateStatementsOutOfTransactions } from "./sqlite-transaction-gate";

/**
 * Both generated clients come from one model, so they have the same API; the SQLite one's type stands for
 * both. Two clients are needed because a generated client only accepts an adapter of its own provider.
 */
export type Db = SqliteClient;

/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** For fault tests only: sees (and may wrap) the connected adapter, after the app's own set-up. */
export type AdapterHook = (adapter: SqlDriverAdapter) => SqlDriverAdapter;

/**
 * WAL is stored in the file by the migrator, but better-sqlite3 opens WAL databases with
 * synchronous=NORMAL, where a power cut can lose the last commits. FULL makes every acknowledged write
 * durable (answers and posts must never be lost); the adapter has one connection, set up here once, and
 * gated so that other requests' statements never run inside an open transaction. Its transactions take the
 * write lock as they begin, so that another process's write cannot make them fail (sqlite-begin-immediate.ts).
 */
class DurableSqliteAdapter extends PrismaBetterSQLite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
    private readonly hook?: AdapterHook,
  ) {
    super(config);
  }

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    const client = (adapter as unknown as { client: Database.Database }).client;
    cachePreparedStatements(client);
    beginTransactionsImmediately(client);
    const gated = gateStatementsOutOfTransactions(adapter, client);
    return (this.hook?.(gated) ?? gated) as typeof gated;
  }
}

class HookedPostgresAdapter extends PrismaPg {
  constructor(
    config: ConstructorParameters<typeof PrismaPg>[0],
    private readonly hook: AdapterHook,
  ) {
    super(config);
  }

  override async connect() {
    return this.hook(await super.connect()) as Awaited<ReturnType<PrismaPg["connect"]>>;
  }
}

// Clients made for PostgreSQL, for the few writes that take a row lock there (SQLite has one writer already).
const postgresClients = new WeakSet<object>();

/** Whether this client (as createDb made it, not a wrapper around it) speaks to PostgreSQL. */
export function isPostgres(db: Db): boolean {
  return postgresClients.has(db);
}

export function createDb(target: DatabaseTarget, options: { hook?: AdapterHook } = {}): Db {
  if (target.provider === "sqlite") {
    // timeout = SQLite's busy timeout: wait for a concurrent writer instead of failing with SQLITE_BUSY.
    const adapter = new DurableSqliteAdapter({ url: target.url, timeout: 5000 }, options.hook);
    return new SqliteClient({ adapter });
  }
  const config = { connectionString: target.url };
  const adapter = options.hook ? new HookedPostgresAdapter(config, options.hook) : new PrismaPg(config);
  const client = new PostgresClient({ adapter }) as unknown as Db;
  postgresClients.add(client);
  return client;
}
