// Prisma CLI configuration for the default provider, SQLite. The JavaScript schema engine (engine: "js")
// means no native engine binary is downloaded (see docs/decisions/0001-prisma-js-engine.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { parseDatabaseUrl } from "./lib/db/database-url";

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  // The migration runner's own bookkeeping table (lib/db/migrate.ts) is not part of the model.
  tables: { external: ["_app_migrations"] },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations/sqlite" },
  async adapter() {
    const target = parseDatabaseUrl(process.env.DATABASE_URL);
    if (target.provider !== "sqlite")
      throw new Error("prisma.config.ts is for SQLite; use --config prisma/postgres/prisma.config.ts");
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
