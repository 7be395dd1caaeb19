import { createDb, type Db } from "./client";
import { parseDatabaseUrl } from "./database-url";

/**
 * The one Prisma client of the running app, created once (and kept across hot reloads in development).
 * App Router code imports it through lib/db.ts, which adds the "server-only" guard; the Pages Router
 * reader's getServerSideProps (which Next never bundles for the browser) imports it from here, because
 * Next refuses "server-only" in the Pages Router.
 */
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createDb(parseDatabaseUrl(process.env.DATABASE_URL));
globalForDb.db = db;
