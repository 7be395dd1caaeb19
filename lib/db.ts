import "server-only";
import { createDb, type Db } from "./db/client";
import { parseDatabaseUrl } from "./db/database-url";

/** The one Prisma client of the running app, created once (and kept across hot reloads in development). */
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createDb(parseDatabaseUrl(process.env.DATABASE_URL));
globalForDb.db = db;
