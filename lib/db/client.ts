import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type Database from "better-sqlite3";
import type { Pool } from "pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import type { DatabaseTarget } from "./database-url";
import { nameStatements } from "./postgres-statement-names";
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
    return this.connected.set((this.hook?.(gated) ?? gated) as typeof gated);
  }

  readonly connected = new ConnectedAdapter();
}

/** The statements it repeats go to PostgreSQL as named prepared statements (decision 0058). */
class PostgresAdapter extends PrismaPg {
  constructor(
    config: ConstructorParameters<typeof PrismaPg>[0],
    private readonly hook?: AdapterHook,
  ) {
    super(config);
  }

  override async connect() {
    const adapter = await super.connect();
    nameStatements((adapter as unknown as { client: Pool }).client);
    return this.connected.set((this.hook?.(adapter) ?? adapter) as typeof adapter);
  }

  readonly connected = new ConnectedAdapter();
}

/**
 * The adapter Prisma connected, once it has (it connects on the first query or `$connect()`), for the statements
 * that run on it directly (lib/db/raw-rows.ts). Forgotten when Prisma disposes of it.
 */
export class ConnectedAdapter {
  adapter: SqlDriverAdapter | undefined;

  set<A extends SqlDriverAdapter>(adapter: A): A {
    this.adapter = adapter;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      if (this.adapter === adapter) this.adapter = undefined;
      return dispose();
    };
    return adapter;
  }
}

/**
 * What is known of the clients createDb made: their connected adapters, and which speak to PostgreSQL (for the
 * few writes that take a row lock there; SQLite has one writer already). Kept on globalThis, not in this
 * module: Next bundles this module more than once (the App Router's layers, the Pages Router pages,
 * instrumentation), and the one client of the process (lib/db/app-db.ts) is made by whichever copy runs first,
 * then used by all; a module's own WeakMap would know it in that copy only.
 */
const known = ((globalThis as Record<symbol, unknown>)[Symbol.for("close-reading-classroom.db-clients")] ??= {
  adapters: new WeakMap<object, ConnectedAdapter>(),
  postgres: new WeakSet<object>(),
}) as { adapters: WeakMap<object, ConnectedAdapter>; postgres: WeakSet<object> };

/** Where this client's connected adapter is kept (as createDb made it, not a wrapper around it). */
export function connectedAdapterOf(db: Db): ConnectedAdapter | undefined {
  return known.adapters.get(db);
}

/** Whether this client (as createDb made it, not a wrapper around it) speaks to PostgreSQL. */
export function isPostgres(db: Db): boolean {
  return known.postgres.has(db);
}

export function createDb(target: DatabaseTarget, options: { hook?: AdapterHook } = {}): Db {
  if (target.provider === "sqlite") {
    // timeout = SQLite's busy timeout: wait for a concurrent writer instead of failing with SQLITE_BUSY.
    const adapter = new DurableSqliteAdapter({ url: target.url, timeout: 5000 }, options.hook);
    const client = new SqliteClient({ adapter });
    known.adapters.set(client, adapter.connected);
    return client;
  }
  const adapter = new PostgresAdapter({ connectionString: target.url }, options.hook);
  const client = new PostgresClient({ adapter }) as unknown as Db;
  known.adapters.set(client, adapter.connected);
  known.postgres.add(client);
  return client;
}
