import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import type { DatabaseTarget } from "./database-url";

/**
 * Both generated clients come from one model, so they have the same API; the SQLite one's type stands for
 * both. Two clients are needed because a generated client only accepts an adapter of its own provider.
 */
export type Db = SqliteClient;

export function createDb(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    // timeout = SQLite's busy timeout: wait for a concurrent writer instead of failing with SQLITE_BUSY.
    // better-sqlite3 opens with synchronous=FULL and foreign_keys=ON; WAL is stored in the file by the
    // migrator. Together: an acknowledged commit survives a crash or power cut (db tests check this).
    const adapter = new PrismaBetterSQLite3({ url: target.url, timeout: 5000 });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: target.url });
  return new PostgresClient({ adapter }) as unknown as Db;
}
